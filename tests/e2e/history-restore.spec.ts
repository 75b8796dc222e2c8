import { paragraphs } from '../support/articles';
import { analyse } from '../../shared/attribution/index';
import { analyserInputFor } from '../../shared/publish/analyserInput';
import { expect, test } from './harness';

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });

const verified = (text: string) => ({ status: 'verified' as const, text, speakerOverride: null, note: '', reviewer: 'Sam Editor', at: '2026-11-28T10:00:00.000Z' });

test('History → Restore shows what would change and asks first; restoring keeps the decisions on unchanged quotes (defect 4)', async ({ app }) => {
  const { page } = app;
  const created = await app.main.api.createArticle({ headline: 'Harbour budget passes' });
  const older = paragraphs('“We listened to every ferry worker,” Mayor Maria Lopez said.', '“The night shift was ignored,” said Dev Patel.');
  const { article: first } = await app.main.api.saveArticle({ article: { ...created, body: older }, isExplicit: true });
  const newer = paragraphs('“We listened to every ferry worker,” Mayor Maria Lopez said.', '“The night crew was ignored,” said Dev Patel.', 'The vote was 7-2.');
  const quotes = analyse(analyserInputFor({ body: newer, sources: [], reviews: {} })).quotes;
  await app.main.api.saveArticle({
    isExplicit: true,
    article: { ...first, bylines: [{ name: 'Ana Ruiz', role: 'reporter' }], dateline: { place: 'PORTSMOUTH', date: '2026-11-27' }, body: newer, reviews: Object.fromEntries(quotes.map((quote) => [quote.key, verified(quote.text)])) },
  });
  await page.reload();
  await page.getByRole('button', { name: /Harbour budget passes/ }).click();
  await page.getByRole('tab', { name: 'History' }).click();
  const restoreOldest = page.getByRole('button', { name: /Restore the revision/ }).last();
  await restoreOldest.click();

  const preview = page.getByRole('dialog', { name: 'Restore preview' });
  await expect(preview.getByRole('row', { name: /Bylines/ })).toContainText('Ana Ruiz (reporter)');
  await expect(preview.getByRole('row', { name: /Dateline/ })).toContainText('PORTSMOUTH, 2026-11-27');
  await expect(preview.locator('.body-diff del')).toContainText(['crew', 'The vote was 7-2.']);
  await expect(preview.locator('.body-diff ins')).toContainText(['shift']);
  await expect(preview).toContainText('Review decisions: 1 kept (their quotes are unchanged), 1 dropped');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await page.getByRole('tab', { name: 'Story', exact: true }).click();
  await expect(page.getByLabel('Byline 1 name')).toHaveValue('Ana Ruiz');

  await page.getByRole('tab', { name: 'History' }).click();
  await restoreOldest.click();
  await preview.getByRole('button', { name: 'Restore this version' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toContainText('The night shift was ignored');
  await expect(page.getByText('Revision restored.')).toBeVisible();
  await page.getByRole('tab', { name: 'Review' }).click();
  await expect(page.getByRole('region', { name: 'Quotes by Maria Lopez' }).getByText('Verified', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Quotes by Dev Patel' }).getByText('Unreviewed', { exact: true })).toBeVisible();
  const stored = (await app.main.api.openArticle({ id: created.id })).article;
  expect(stored.bylines).toEqual([]);
  expect(Object.keys(stored.reviews)).toHaveLength(1);
});
