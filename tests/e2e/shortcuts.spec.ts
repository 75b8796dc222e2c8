import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { emitToPage } from '../support/appPage';
import { expect, firstImportTimeout, test } from './harness';
import { inEachCombination, openDemoStory } from './journeys';
import { layoutProblems } from './layout';

test.use({ viewport: { width: 1024, height: 700 }, colorScheme: 'dark' });

test('Ctrl+I makes the selection italic and never starts an import; Ctrl+Shift+O imports (defect 1)', async ({ app }) => {
  const { page } = app;
  const file = join(app.workspaceDir, '..', 'pier.md');
  await writeFile(file, '# Pier closes\n\nThe pier closed on Monday.\n');
  app.nextImportFiles = [file];
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Harbour');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+i');
  await expect(body.locator('em')).toHaveText('Harbour');
  await page.waitForTimeout(500);
  await expect(page.getByRole('dialog', { name: 'Import report' })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+O');
  await expect(page.getByRole('dialog', { name: 'Import report' })).toContainText('Pier closes', { timeout: firstImportTimeout });
});

test('after Ctrl+N the headline has the focus, so the first keystrokes land in it (defect 6)', async ({ app }) => {
  const { page } = app;
  await page.locator('body').click();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toBeFocused();
  await page.keyboard.type('Harbour fire');
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue('Harbour fire');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Dek', exact: true })).toBeFocused();
});

test('Ctrl+S says calmly, for a few seconds, that the article was saved and a revision kept, in a bar that stays one line (defect 16)', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  const bar = page.locator('.article-bar');
  const barHeight = () => bar.evaluate((element) => element.getBoundingClientRect().height);
  await expect(page.locator('[data-save-state="saved"]')).toHaveText('Saved');
  const oneLine = await barHeight();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Storm closes the coast road');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('The coast road closed at noon after a landslide near the harbour.');
  await expect(page.locator('[data-save-state="pending"]')).toHaveText('Unsaved changes');
  expect(await barHeight()).toBe(oneLine);
  await page.keyboard.press('Control+s');
  const confirmation = page.getByRole('status').filter({ hasText: /Saved at .* revision kept/ });
  await expect(confirmation).toBeVisible();
  expect(await barHeight()).toBe(oneLine);
  expect(await layoutProblems(page)).toEqual([]);
  await page.waitForTimeout(1_500);
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toBeHidden({ timeout: 6_000 });
  await expect(page.locator('[data-save-state="saved"]')).toHaveText('Saved');
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('button', { name: /Restore the revision/ })).toHaveCount(1);
});

test('focus mode (shortcut, menu and button) hides both side columns and keeps a comfortable line length', async ({ app }) => {
  const { page } = app;
  await openDemoStory(app);
  const library = page.getByRole('navigation', { name: 'Library' });
  const tools = page.getByRole('complementary', { name: 'Article tools' });
  await page.keyboard.press('Control+Shift+F');
  await expect(library).toBeHidden();
  await expect(tools).toBeHidden();
  await inEachCombination(page, async (label) => {
    const measure = await page.locator('.body-editor').evaluate((element) => element.clientWidth / parseFloat(getComputedStyle(element).fontSize));
    expect(measure, `line length in ems at ${label}`).toBeGreaterThan(28);
    expect(measure, `line length in ems at ${label}`).toBeLessThan(38);
  });
  emitToPage(page, 'menu', { command: 'focus-mode' });
  await expect(library).toBeVisible();
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  await expect(tools).toBeHidden();
  await expect(page.getByRole('button', { name: 'Focus', exact: true })).toHaveAttribute('aria-pressed', 'true');
});
