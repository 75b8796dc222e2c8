import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, firstImportTimeout, test } from './harness';

const story = [
  'Transport',
  'Ferry fares to double in spring',
  'Operators blame fuel costs as riders warn the service is already failing.',
  '',
  'Harbour Line said on Monday that single fares will rise from £3 to £6 in March.',
  '',
  '“We have no choice,” said Ruth Okafor, the company’s chief executive. “Fuel has doubled.”',
  '',
  'One regular commuter, who asked not to be named, said "this will empty the boats".',
  '',
  'Share this',
  'Contact Us',
].join('\n');

test('a reporter imports a text file from the File menu, reads the report and opens the article with its quotes found', async ({ app }) => {
  const { page } = app;
  const file = join(app.workspaceDir, '..', 'ferry-fares.txt');
  await writeFile(file, story);
  const junk = join(app.workspaceDir, '..', 'notes.pdf');
  await writeFile(junk, '%PDF-1.4');
  app.nextImportFiles = [file, junk];
  await page.getByRole('button', { name: 'Import…' }).click();
  const report = page.getByRole('dialog', { name: 'Import report' });
  // The first import starts the import worker thread (see `firstImportTimeout`).
  await expect(report.getByRole('region', { name: 'Imported ferry-fares.txt' })).toContainText('Ferry fares to double in spring', { timeout: firstImportTimeout });
  await expect(report).toContainText('Contact Us');
  await expect(report.getByRole('region', { name: 'Refused notes.pdf' })).toContainText('unsupported file type');
  await report.getByRole('button', { name: /Open “Ferry fares/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue('Ferry fares to double in spring');
  await expect(page.getByRole('textbox', { name: 'Kicker', exact: true })).toHaveValue('Transport');
  await page.getByRole('tab', { name: 'Review' }).click();
  await expect(page.getByRole('region', { name: 'Quotes by Ruth Okafor' })).toBeVisible();
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByRole('listitem', { name: 'Source Ruth Okafor' })).toBeVisible();
});

test('a file dropped on the window is imported', async ({ app }) => {
  const { page } = app;
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
    const target = document.querySelector('.app')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, '# Night bus cut\n\n“We were not consulted,” said Priya Shah, who chairs the riders’ group.\n');
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('region', { name: 'Imported dropped.md' })).toContainText('Night bus cut', { timeout: firstImportTimeout });
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('list', { name: 'Articles' }).getByText('Night bus cut')).toBeVisible();
});
