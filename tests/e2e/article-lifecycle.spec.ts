import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness';

test('a reporter creates an article, types fields and body, and finds it all after a restart', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('No articles yet')).toBeVisible();
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Kicker', exact: true }).fill('City Hall');
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Council approves harbour budget');
  await page.getByRole('textbox', { name: 'Dek', exact: true }).fill('The vote ends a month of argument over ferry funding.');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('The council voted 7-2 on Tuesday. "We listened," the mayor said.');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 5_000 });

  const files = (await readdir(app.workspaceDir)).filter((name) => name.endsWith('.article.json'));
  expect(files).toEqual(['council-approves-harbour-budget.article.json']);
  const stored = JSON.parse(await readFile(join(app.workspaceDir, files[0]!), 'utf8'));
  expect(stored.kicker).toBe('City Hall');
  expect(JSON.stringify(stored.body)).toContain('“We listened,” the mayor said.');

  await app.restart();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue('Council approves harbour budget');
  await expect(page.getByRole('textbox', { name: 'Dek', exact: true })).toHaveValue('The vote ends a month of argument over ferry funding.');
  await expect(body).toContainText('“We listened,” the mayor said.');
  await expect(page.getByRole('list', { name: 'Articles' }).getByText('Council approves harbour budget')).toBeVisible();
});

test('Ctrl+S saves at once and keeps a revision', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Storm closes the coast road');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const summary = (await app.main.api.getLibrary({ search: '', status: 'all', sort: 'updated' })).articles[0]!;
  await expect.poll(async () => (await app.main.api.listRevisions({ id: summary.id })).length).toBeGreaterThan(0);
});

test('library search finds an article by a word in its body', async ({ app }) => {
  const { page } = app;
  const first = await app.main.api.createArticle({ headline: 'Ferry strike enters second week' });
  await app.main.api.saveArticle({ article: { ...first, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Commuters queued at the pier for hours.' }] }] } }, isExplicit: false });
  await app.main.api.createArticle({ headline: 'Library opens new wing' });
  await page.reload();
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.getByLabel('Search articles').fill('commut');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByText('Ferry strike enters second week')).toBeVisible();
});

test('an open article changed by another program is not overwritten; the reporter chooses', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Bridge inspection finds cracks');
  const path = join(app.workspaceDir, 'bridge-inspection-finds-cracks.article.json');
  // The headline's autosave renames the file to its slug; the indicator may still show the first save until then.
  await expect.poll(() => readFile(path, 'utf8').then((text) => JSON.parse(text).headline, () => null)).toBe('Bridge inspection finds cracks');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const onDisk = JSON.parse(await readFile(path, 'utf8'));
  await writeFile(path, JSON.stringify({ ...onDisk, dek: 'Edited in another editor.' }, null, 2));
  await expect(page.getByText('This article changed outside Copydesk.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Bridge inspection finds deep cracks');
  await page.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(page.getByRole('textbox', { name: 'Dek', exact: true })).toHaveValue('Edited in another editor.');
  const names = (await readdir(app.workspaceDir)).filter((name) => name.endsWith('.article.json')).sort();
  expect(names).toHaveLength(2);
  const theirs = JSON.parse(await readFile(path, 'utf8'));
  expect(theirs.dek).toBe('Edited in another editor.');
  expect(theirs.headline).toBe('Bridge inspection finds cracks');
});
