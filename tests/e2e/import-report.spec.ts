import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, firstImportTimeout, test } from './harness';

test.use({ viewport: { width: 1024, height: 700 }, colorScheme: 'dark' });

test('the import report leads with a summary, names fields as people do, and makes opening the article the primary action (defect 12)', async ({ app }) => {
  const { page } = app;
  const markdown = join(app.workspaceDir, '..', 'night-bus.md');
  await writeFile(markdown, '---\nkicker: Transport\n---\n# Night bus cut\n\n“We were not consulted,” said Priya Shah, who chairs the riders’ group.\n');
  const junk = join(app.workspaceDir, '..', 'notes.pdf');
  await writeFile(junk, '%PDF-1.4');
  app.nextImportFiles = [resolve('tests/fixtures/import/harbour-ferry-strike.txt'), markdown, junk];
  // The shortcut is heard once the app has drawn its library.
  await expect(page.getByRole('button', { name: 'Import…' })).toBeVisible();
  await page.keyboard.press('Control+Shift+O');
  const report = page.getByRole('dialog', { name: 'Import report' });
  // The first import starts the import worker thread (see `firstImportTimeout`).
  await expect(report.locator('.report-summary')).toHaveText(/^3 files: 2 imported, 1 refused/, { timeout: firstImportTimeout });
  const imported = report.getByRole('region', { name: 'Imported night-bus.md' });
  await expect(imported.locator('dt')).toContainText(['Kicker', 'Headline']);
  await expect(imported.locator('dt', { hasText: /^kicker$/ })).toHaveCount(0);
  const primary = report.locator('.dialog-actions button.primary');
  await expect(primary).toHaveText(/^Open “Ferry Crews Walk Out/);
  await expect(primary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(report).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(/Ferry Crews Walk Out/);
});
