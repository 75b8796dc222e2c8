import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import { openDemoStory } from './journeys';

test.use({ viewport: { width: 1024, height: 700 }, colorScheme: 'light' });

test('a source card lists the same quotes the Review tab gives that source, linked or detected, with a one-click link (defect 7)', async ({ app }) => {
  const { page } = app;
  await openDemoStory(app);
  await page.getByRole('tab', { name: 'Review' }).click();
  // The analysis arrives from its worker: wait until the review shows her quotes before counting them.
  await expect(page.getByRole('region', { name: 'Quotes by Carla Ramírez-Ortega' }).getByRole('listitem').first()).toBeVisible();
  const reviewed = await page.getByRole('region', { name: 'Quotes by Carla Ramírez-Ortega' }).getByRole('listitem').count();
  expect(reviewed).toBeGreaterThan(2);
  await page.getByRole('tab', { name: 'Sources' }).click();
  const card = page.getByRole('listitem', { name: 'Source Carla Ramírez-Ortega' });
  const quotes = card.getByRole('list', { name: 'Quotes by Carla Ramírez-Ortega' }).getByRole('listitem');
  await expect(quotes).toHaveCount(reviewed);
  await expect(card).toContainText(`${reviewed} quotes: 0 linked, ${reviewed} detected by name`);
  await quotes.first().getByRole('button', { name: /^Link/ }).click();
  await expect(card).toContainText(`${reviewed} quotes: 1 linked, ${reviewed - 1} detected by name`);
  await expect(page.locator('.body-editor span[data-inline-quote][data-source-id="src-ramirez"]')).toHaveText('“Money for lawyers is welcome, but it is not enough,”');
  await expect(card.getByRole('button', { name: 'Remove source' })).toBeDisabled();
});

/** How far the side panel's content is scrolled, whichever element does the scrolling. */
const scrolledBy = (page: Page) => page.getByRole('tabpanel').evaluate((panel) => Math.round(panel.scrollTop + (panel.closest('.side-pane')?.scrollTop ?? 0)));
const scroll = async (page: Page, panel: Locator, pixels: number) => {
  const box = await panel.boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + 200);
  const before = await scrolledBy(page);
  await page.mouse.wheel(0, pixels);
  // A wheel scroll lands over several frames (longer on a busy machine): wait until it has moved and settled.
  let last = before;
  await expect
    .poll(async () => {
      const now = await scrolledBy(page);
      const settled = now !== before && now === last;
      last = now;
      return settled;
    }, { intervals: [150] })
    .toBe(true);
};

test('each side tab keeps its own scroll position, and a tab opens at its top the first time (defect 8)', async ({ app }) => {
  const { page } = app;
  await openDemoStory(app);
  await page.getByRole('tab', { name: 'Sources' }).click();
  // Source cards and the review grow when the analysis worker answers, and the browser then moves
  // the scroll position to keep the same text in view: scroll only once the analysis is in.
  await expect(page.getByRole('listitem', { name: 'Source Carla Ramírez-Ortega' })).toContainText('detected by name');
  const panel = page.getByRole('tabpanel');
  const atTop = await scrolledBy(page);
  await scroll(page, panel, 400);
  const sourcesOffset = await scrolledBy(page);
  expect(sourcesOffset).toBeGreaterThan(atTop + 300);
  await page.getByRole('tab', { name: 'Review' }).click();
  expect(await scrolledBy(page)).toBe(atTop);
  await expect(page.getByRole('region', { name: 'Quotes by Carla Ramírez-Ortega' }).getByRole('listitem').first()).toBeVisible();
  await scroll(page, panel, 600);
  const reviewOffset = await scrolledBy(page);
  expect(reviewOffset).toBeGreaterThan(sourcesOffset);
  await page.getByRole('tab', { name: 'Sources' }).click();
  expect(await scrolledBy(page)).toBe(sourcesOffset);
  await page.getByRole('tab', { name: 'Review' }).click();
  expect(await scrolledBy(page)).toBe(reviewOffset);
});

test('History keeps its scroll position too, although its revisions load after the tab opens (defect 8)', async ({ app }) => {
  const { page } = app;
  let article = await app.main.api.createArticle({ headline: 'Ferry timetable, thirty drafts' });
  for (let draft = 1; draft <= 30; draft += 1) article = (await app.main.api.saveArticle({ article: { ...article, dek: `Draft ${draft} of the dek.` }, isExplicit: true })).article;
  await page.reload();
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: /Ferry timetable, thirty drafts/ }).click();
  await page.getByRole('tab', { name: 'History', exact: true }).click();
  await expect(page.getByRole('button', { name: /Restore the revision/ })).toHaveCount(30);
  const panel = page.getByRole('tabpanel');
  await scroll(page, panel, 500);
  const historyOffset = await scrolledBy(page);
  expect(historyOffset).toBeGreaterThan(300);
  await page.getByRole('tab', { name: 'Story', exact: true }).click();
  await page.getByRole('tab', { name: 'History', exact: true }).click();
  await expect(page.getByRole('button', { name: /Restore the revision/ })).toHaveCount(30);
  await expect.poll(() => scrolledBy(page)).toBe(historyOffset);
});
