import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { axeViolations, expect, test } from './harness';

test('an unreviewed quote blocks export; once reviewed the checklist clears, the HTML is written and reads correctly', async ({ app, browser }) => {
  const { page } = app;
  const mayor = { id: 'src-mayor', kind: 'person' as const, name: 'Maria Lopez', title: 'Mayor', affiliation: '', level: 'on-record' as const, anonymityReason: '', contactNote: '', identity: '' };
  const created = await app.main.api.createArticle({ headline: 'Harbour budget passes' });
  await app.main.api.saveArticle({
    isExplicit: true,
    article: {
      ...created,
      kicker: 'City Hall',
      dek: 'The 7-2 vote ends a month of argument over ferry money.',
      bylines: [{ name: 'Ana Ruiz', role: 'reporter' }],
      dateline: { place: 'PORTSMOUTH', date: '2026-11-27' },
      tags: ['harbour', 'budget'],
      sources: [mayor],
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'The council approved the budget on Tuesday.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: '“We listened to every ferry worker,”', marks: [{ type: 'inlineQuote', attrs: { sourceId: 'src-mayor' } }] }, { type: 'text', text: ' Mayor Maria Lopez said.' }] },
          { type: 'pullQuote', attrs: { sourceId: 'src-mayor' }, content: [{ type: 'text', text: 'We listened to every ferry worker' }] },
        ],
      },
    },
  });
  await page.reload();
  await page.getByRole('button', { name: /Harbour budget passes/ }).click();
  await page.getByRole('tab', { name: 'Publish' }).click();
  const checklist = page.getByRole('list', { name: 'Publish checklist' });
  await expect(checklist).toContainText('Error');
  const exportButton = page.getByRole('button', { name: 'Export and publish…' });
  await expect(exportButton).toBeDisabled();
  await expect(app.main.api.exportArticle({ id: created.id, confirmedWarningIds: [] })).rejects.toMatchObject({ code: 'export-blocked' });

  await page.getByRole('tab', { name: 'Review' }).click();
  const lopez = page.getByRole('region', { name: 'Quotes by Maria Lopez' });
  await lopez.getByRole('button', { name: 'Verify' }).click();
  await lopez.getByRole('textbox', { name: /Your name/ }).fill('Sam Editor');
  await lopez.getByRole('button', { name: 'Save name and verify' }).click();
  await page.getByRole('tab', { name: 'Publish' }).click();
  await expect(page.getByText('Ready to export.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const output = join(app.workspaceDir, '..', 'harbour-budget-passes.html');
  app.nextExportFile = output;
  await exportButton.click();
  // The article is still a draft: publishing offers to mark it ready, recorded with the editor's name.
  await page.getByRole('button', { name: 'Set to ready and publish' }).click();
  await expect(page.getByText(/Published: written to harbour-budget-passes.html/)).toBeVisible();
  await expect(page.locator('.article-bar .status')).toHaveText('published');
  const stored = (await app.main.api.openArticle({ id: created.id })).article;
  expect(stored.status).toBe('published');
  expect(stored.publication?.revisionId).toMatch(/publish$/);

  const html = await readFile(output, 'utf8');
  const viewer = await browser.newPage();
  await viewer.setContent(html);
  await expect(viewer.getByRole('heading', { level: 1 })).toHaveText('Harbour budget passes');
  await expect(viewer.getByText('The 7-2 vote ends a month of argument over ferry money.')).toBeVisible();
  await expect(viewer.getByText(/Ana Ruiz/)).toBeVisible();
  await expect(viewer.locator('figure blockquote')).toContainText('We listened to every ferry worker');
  await expect(viewer.locator('figure figcaption')).toContainText('Maria Lopez');
  const jsonLd = JSON.parse((await viewer.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: 'Harbour budget passes', author: [{ '@type': 'Person', name: 'Ana Ruiz' }] });
  await viewer.close();

  await page.getByRole('textbox', { name: 'Dek', exact: true }).fill('Changed after publishing.');
  await expect(page.locator('.article-bar .status')).toContainText('changed since published');
});
