import { paragraphs } from '../support/articles';
import { expect, test } from './harness';

/** Thirty paragraphs, each with a straight-quoted sentence, as an import from a plain-text file gives them. */
function straightQuotedStory(): string[] {
  return Array.from({ length: 30 }, (_, index) => `"The ferry ran late ${index + 10} times this month," said Port Director Ruth Okafor, who spoke on Tuesday.`);
}

test('the house-style check runs in its own worker: the Style section follows typing, and one click still curls every quote', async ({ app }) => {
  const { page } = app;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  const created = await app.main.api.createArticle({ headline: 'Ferry delays' });
  await app.main.api.saveArticle({ article: { ...created, body: paragraphs(...straightQuotedStory()) }, isExplicit: true });
  await page.reload();
  await page.getByRole('button', { name: /Ferry delays/ }).click();
  await page.getByRole('tab', { name: 'Review' }).click();

  const style = page.getByRole('region', { name: 'House style' });
  const findings = style.getByRole('list', { name: 'Style findings' });
  await expect(style.getByRole('button', { name: 'Curl all quotes (60)' })).toBeVisible();
  await expect.poll(() => page.workers().map((worker) => new URL(worker.url()).pathname)).toContainEqual(expect.stringMatching(/^\/assets\/styleWorker-[\w-]+\.js$/));
  await expect(findings).not.toContainText('Doubled word');

  // Typed through the keyboard in the middle of the story: the finding appears once typing pauses.
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.locator(':scope > p').nth(14).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' It was the the worst week.', { delay: 20 });
  await expect(findings).toContainText('Doubled word: “the the”');
  await style.getByRole('button', { name: 'Go to: Doubled word: “the the”' }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('the the');
  const roundTrips = await page.evaluate(() => performance.getEntriesByName('copydesk:style', 'measure').length);
  expect(roundTrips).toBeGreaterThanOrEqual(2);

  // A field is checked too, from the same worker.
  await page.getByRole('textbox', { name: 'Dek', exact: true }).fill('The port\'s worst month');
  await expect(findings).toContainText('Straight apostrophe or closing quote');

  await style.getByRole('button', { name: /^Curl all quotes \(\d+\)$/ }).click();
  await expect(body).not.toContainText('"');
  await expect(body.locator(':scope > p').first()).toContainText('“The ferry ran late 10 times this month,” said');
  await expect(page.getByRole('textbox', { name: 'Dek', exact: true })).toHaveValue('The port’s worst month');
  await expect(style.getByRole('button', { name: 'Curl all quotes (0)' })).toBeVisible();
  await style.getByRole('button', { name: 'Undo fix' }).click();
  await expect(body.locator(':scope > p').first()).toContainText('"The ferry ran late 10 times this month," said');
  await expect(style.getByRole('button', { name: 'Curl all quotes (61)' })).toBeVisible();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 5_000 });

  // The publish checklist gets its house-style items from a style worker too.
  await page.getByRole('tab', { name: 'Publish' }).click();
  await expect(page.getByText('House style: Straight quotes and apostrophes')).toBeVisible();
  await expect(page.getByText('House style: Doubled words')).toBeVisible();
  await expect.poll(() => page.workers().filter((worker) => /\/assets\/styleWorker-/.test(worker.url())).length).toBeGreaterThanOrEqual(1);
  expect(problems).toEqual([]);
});
