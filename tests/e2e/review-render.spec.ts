import type { Page } from '@playwright/test';
import { paragraphs } from '../support/articles';
import { expect, test } from './harness';
import { installRenderCounter, measureRenders as measure, type RenderWork } from './renderCounts';

const speakers = ['Mayor Maria Lopez', 'Councillor Dev Patel', 'Port Director Sam Okafor', 'Union Steward Lena Berg'];

/** Thirty quoted paragraphs, each followed by a plain one with no quote in it (where the typing goes). */
function story(): string[] {
  return Array.from({ length: 30 }, (_, index) => [
    `“We will not give up on the harbour in week ${index + 1},” ${speakers[index % speakers.length]!} said on Tuesday.`,
    `The council met for the ${index + 1}th time this year and the budget papers ran to many pages.`,
  ]).flat();
}

const reviewLabel = 'Attribution review';

/** The review panel's own work in a measurement: panels and rows rendered, DOM mutations inside it. */
const reviewWork = (work: RenderWork) => ({ commits: work.commits, components: work.components, reviewPanels: work.hosts[`label:${reviewLabel}`] ?? 0, rows: work.hosts['quote-item'] ?? 0, mutations: work.mutations[reviewLabel] ?? 0 });

const analyses = (page: Page) => page.evaluate(() => performance.getEntriesByName('copydesk:analysis').length);

test('with the Review tab open, typing that changes no finding re-renders no review row, and a review re-renders only its own row', async ({ app }) => {
  const { page } = app;
  await page.addInitScript(installRenderCounter, [reviewLabel]);
  const created = await app.main.api.createArticle({ headline: 'Harbour budget row' });
  await app.main.api.saveArticle({ article: { ...created, body: paragraphs(...story()) }, isExplicit: true });
  await app.main.api.updateSettings({ reviewerName: 'Sam Editor' });
  await page.reload();
  await page.getByRole('button', { name: /Harbour budget row/ }).click();
  await page.getByRole('tab', { name: 'Review' }).click();
  const review = page.getByRole('region', { name: 'Attribution review' });
  await expect(review.locator('.quote-item')).toHaveCount(30);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

  // Typing in a plain paragraph: the analysis runs again and finds the same quotes and findings.
  await body.getByText('for the 15th time').click();
  await page.keyboard.press('End');
  const before = await analyses(page);
  const typing = reviewWork(await measure(
    page,
    () => page.keyboard.type(' Later', { delay: 40 }),
    async () => {
      await expect.poll(() => analyses(page)).toBeGreaterThan(before);
      await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
      await page.waitForTimeout(300);
    },
  ));
  console.log(`typing 6 keys (${JSON.stringify(typing)})`);
  expect(typing.commits).toBeGreaterThan(0);
  // Nothing in the panel renders again: not the rows, not the chart or findings around them.
  expect(typing.reviewPanels).toBe(0);
  expect(typing.rows).toBe(0);
  expect(typing.mutations).toBe(0);

  // Typing inside one quote changes that quote only: one row renders again (a new one, as its key is its words).
  await body.getByText('week 20,').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const quoting = reviewWork(await measure(
    page,
    () => page.keyboard.type('So ', { delay: 40 }),
    async () => {
      await expect(review.getByRole('listitem', { name: /So We will not give up on the harbour in week 20,/ })).toBeVisible();
      await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
      await page.waitForTimeout(300);
    },
  ));
  console.log(`typing 3 keys inside one quote (${JSON.stringify(quoting)})`);
  expect(quoting.rows).toBe(1);
  await expect(review.locator('.quote-item')).toHaveCount(30);

  // Verifying one quote: only its row renders again.
  const row = review.getByRole('listitem', { name: /week 7,/ });
  const verifying = reviewWork(await measure(
    page,
    () => row.getByRole('button', { name: 'Verify' }).click(),
    async () => {
      await expect(row.getByText('Verified', { exact: true })).toBeVisible();
      await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
      await page.waitForTimeout(500);
    },
  ));
  console.log(`verifying one quote (${JSON.stringify(verifying)})`);
  expect(verifying.rows).toBe(1);
  expect(verifying.reviewPanels).toBeLessThanOrEqual(2);
});
