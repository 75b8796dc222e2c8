import type { Page } from '@playwright/test';
import { bodyOfWords } from '../support/articles';
import { expect, test, type AppHarness } from './harness';
import { visibleBand } from './journeys';

const headline = 'Ferry timetable, the reading position';

/** Opens an article of 6,000 words (100 paragraphs) from the library and returns its id. */
async function openArticle(app: AppHarness): Promise<string> {
  const created = await app.main.api.createArticle({ headline });
  await app.main.api.saveArticle({ article: { ...created, body: bodyOfWords(3, 6_000) }, isExplicit: true });
  await app.page.reload();
  await app.page.getByRole('button', { name: new RegExp(headline) }).click();
  await expect(app.page.getByRole('textbox', { name: 'Article body' })).toContainText('w3x99y0');
  return created.id;
}

/** How far (pixels) the top of the view is below the top of body paragraph `index`. */
function scrolledInto(page: Page, index: number): Promise<number> {
  return visibleBand(page).then(async (band) => band.top - (await page.getByRole('textbox', { name: 'Article body' }).locator(':scope > p').nth(index).evaluate((element) => element.getBoundingClientRect().top)));
}

/** Scrolls the article pane so paragraph `index` starts `offset` pixels above the top of the view, in one scroll. */
async function scrollTo(page: Page, index: number, offset: number): Promise<void> {
  const by = offset - (await scrolledInto(page, index));
  await page.locator('.workspace-pane').evaluate((pane, pixels) => pane.scrollBy(0, pixels), by);
}

test('the reading position survives closing the window 50 ms after the last scroll', async ({ app }) => {
  const { page } = app;
  const id = await openArticle(app);
  await expect.poll(async () => (await app.main.api.getSettings(undefined)).lastOpen).toMatchObject({ id, scrollTop: 0 });
  await scrollTo(page, 60, 23);
  expect(Math.abs((await scrolledInto(page, 60)) - 23)).toBeLessThanOrEqual(1);
  await page.waitForTimeout(50);

  // The window closes (the page unloads while main still runs), main closes, and the app starts again.
  await app.restart();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('w3x99y0');
  await expect.poll(async () => Math.abs((await scrolledInto(page, 60)) - 23)).toBeLessThanOrEqual(1);
});

test('the reading position reaches main as soon as the window is hidden, without waiting for the scroll to rest', async ({ app }) => {
  const { page } = app;
  const id = await openArticle(app);
  await scrollTo(page, 40, 11);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForTimeout(100);
  // Less than the 500 ms a scroll waits to rest: only the hidden window sent the position.
  expect((await app.main.api.getSettings(undefined)).lastOpen).toMatchObject({ id, anchor: { block: 40, offset: 11 } });
});
