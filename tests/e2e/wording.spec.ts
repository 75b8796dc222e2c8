import { paragraphs } from '../support/articles';
import { expect, test } from './harness';

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });

test('the checklist names sources as written and counts only what is there; the trash question hides internal folders (defects 5 and 14)', async ({ app }) => {
  const { page } = app;
  const created = await app.main.api.createArticle({ headline: 'Ferry fares to double in spring as the operator blames the rising price of fuel' });
  await app.main.api.saveArticle({
    isExplicit: false,
    article: { ...created, dek: 'Riders say the service is already failing.', bylines: [{ name: 'Ana Ruiz', role: 'reporter' }], dateline: { place: 'PORTSMOUTH', date: '2026-11-27' }, body: paragraphs('Fares will double in March.') },
  });
  await page.reload();
  await page.getByRole('button', { name: /Ferry fares to double/ }).click();
  await page.getByRole('tab', { name: 'Publish' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Publish' });
  const checklist = panel.getByRole('list', { name: 'Publish checklist' });
  await expect(checklist).toContainText('No quotes in the body yet.');
  await expect(checklist).not.toContainText('All 0');
  await expect(panel.getByText('One warning needs confirming before export.')).toBeVisible();
  await expect(panel).not.toContainText('0 errors');

  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  const card = page.getByRole('listitem', { name: 'Source unnamed' });
  await card.getByLabel('Name').fill('a harbour official');
  await page.getByRole('listitem', { name: 'Source a harbour official' }).getByLabel('Sourcing').selectOption('anonymous');
  await page.getByRole('tab', { name: 'Publish' }).click();
  await expect(checklist).toContainText('Record why “a harbour official” was granted anonymity.');
  await expect(checklist).not.toContainText(/src-|[0-9a-f]{8}-[0-9a-f]{4}/);
  await expect(panel.getByText('One error to fix and one warning to confirm before export.')).toBeVisible();

  await page.getByRole('tab', { name: 'Story', exact: true }).click();
  await page.getByRole('button', { name: 'Move to trash…' }).click();
  const question = page.getByRole('dialog', { name: 'Move to the trash?' });
  await expect(question).toContainText('Nothing is deleted');
  await expect(question).not.toContainText('.copydesk');
  await question.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(0);
});
