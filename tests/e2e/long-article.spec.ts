import type { Locator, Page } from '@playwright/test';
import type { BodyNode, Source } from '../../shared/article/model';
import { bodyOfWords } from '../support/articles';
import { expect, test, type AppHarness } from './harness';
import { visibleBand } from './journeys';

test.use({ viewport: { width: 1440, height: 900 } });

const headline = 'Harbour works, the long read';
const mayor: Source = { id: 'src-mayor', kind: 'person', name: 'Maria Lopez', title: 'Mayor', affiliation: '', level: 'on-record', anonymityReason: '', contactNote: '', identity: '' };
const lateQuote = 'The harbour will reopen before the spring tides';

/**
 * About 20,000 words in paragraphs of 60 words, with a quote near the start and one near the end.
 * Long enough that the layout of the whole body is a real cost (it was once skipped for paragraphs
 * far from the view), so everything that scrolls or moves the caret must still land exactly.
 */
function longBody(): BodyNode {
  const blocks = [...(bodyOfWords(7, 20_000).content ?? [])];
  const quote = (words: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text: `“${words},” Mayor Maria Lopez said on Friday.` }] });
  blocks.splice(310, 0, quote(lateQuote));
  blocks.splice(3, 0, quote('We start the dredging this week'));
  return { type: 'doc', content: blocks };
}

async function openLongArticle(app: AppHarness): Promise<string> {
  const created = await app.main.api.createArticle({ headline });
  await app.main.api.saveArticle({ article: { ...created, sources: [mayor], body: longBody() }, isExplicit: true });
  await app.page.reload();
  await app.page.getByRole('button', { name: new RegExp(headline) }).click();
  await expect(app.page.getByRole('textbox', { name: 'Article body' })).toContainText('w7x300y0');
  return created.id;
}

/** How far (pixels) the element's middle is from the middle of the visible part of the pane. */
async function offCentre(page: Page, target: Locator): Promise<number> {
  const band = await visibleBand(page);
  const box = await target.boundingBox();
  if (!box) return Number.POSITIVE_INFINITY;
  return Math.abs(box.y + box.height / 2 - (band.top + band.bottom) / 2);
}

/** Expects `target` centred in the visible part of the pane, and still there a few frames later (nothing drawn late moved it). */
async function expectCentred(page: Page, target: Locator): Promise<void> {
  await expect.poll(() => offCentre(page, target)).toBeLessThanOrEqual(2);
  await page.waitForTimeout(300);
  expect(await offCentre(page, target)).toBeLessThanOrEqual(2);
}

test('in a 20,000-word article, Find centres a match far down the body exactly, and one far back up', async ({ app }) => {
  const { page } = app;
  await openLongArticle(app);
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find' }).fill('w7x290y10');
  await expect(page.getByRole('search', { name: 'Find in article' }).getByText('1 of 1')).toBeVisible();
  await expectCentred(page, page.locator('.find-match.is-current'));

  // Then one far back up the body.
  await page.getByRole('searchbox', { name: 'Find' }).fill('w7x150y30');
  await expect(page.getByRole('search', { name: 'Find in article' }).getByText('1 of 1')).toBeVisible();
  await expectCentred(page, page.locator('.find-match.is-current'));
});

test('in a 20,000-word article, "go to quote" in Review centres a quote near the end exactly, and one near the start', async ({ app }) => {
  const { page } = app;
  await openLongArticle(app);
  await page.getByRole('tab', { name: 'Review' }).click();
  const group = page.getByRole('region', { name: /^Quotes by (Maria )?Lopez$/ });
  await group.getByRole('button', { name: new RegExp(lateQuote) }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
  await expectCentred(page, page.locator(`.quote-mark:text("${lateQuote}")`));
  await group.getByRole('button', { name: /We start the dredging this week/ }).click();
  await expectCentred(page, page.locator('.quote-mark:text("We start the dredging this week")'));
});

test('in a 20,000-word article, the caret sent to the end of the body is shown, and typing there lands in the file', async ({ app }) => {
  const { page } = app;
  const id = await openLongArticle(app);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.getByText('w7x1y0', { exact: false }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' The end of the long read.');
  // At the very end of the last paragraph, not at its start (where Chromium puts a caret moved into a paragraph it has not laid out).
  await expect(body.locator(':scope > p').last()).toHaveText(/ w7x333y\d+ The end of the long read\.$/);
  // The caret is inside the visible part of the pane (below the sticky chrome, above the bottom edge).
  const band = await visibleBand(page);
  const caret = () => page.evaluate(() => {
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  });
  await expect.poll(async () => (await caret()).top).toBeGreaterThanOrEqual(band.top);
  expect((await caret()).bottom).toBeLessThanOrEqual(band.bottom);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  expect(JSON.stringify((await app.main.api.openArticle({ id })).article.body)).toContain('The end of the long read.');
});

test('in a 20,000-word article, the reading position comes back after a restart: the same paragraph at the top of the view, to the pixel', async ({ app }) => {
  const { page } = app;
  const id = await openLongArticle(app);
  const paragraph = page.getByRole('textbox', { name: 'Article body' }).locator(':scope > p').nth(200);
  // Scroll so paragraph 200 starts 37 pixels above the top of the view (below the sticky chrome).
  for (let step = 0; step < 3; step += 1) {
    const band = await visibleBand(page);
    const top = await paragraph.evaluate((element) => element.getBoundingClientRect().top);
    await page.locator('.workspace-pane').evaluate((pane, by) => pane.scrollBy(0, by), top - band.top + 37);
    await page.waitForTimeout(100);
  }
  const distance = async () => (await visibleBand(page)).top - (await paragraph.evaluate((element) => element.getBoundingClientRect().top));
  expect(Math.abs((await distance()) - 37)).toBeLessThanOrEqual(1);
  await expect.poll(async () => (await app.main.api.getSettings(undefined)).lastOpen).toMatchObject({ id, anchor: { block: 200, offset: 37 } });

  await app.restart();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('w7x300y0');
  await expect.poll(async () => Math.abs((await distance()) - 37)).toBeLessThanOrEqual(1);
  await page.waitForTimeout(300);
  expect(Math.abs((await distance()) - 37)).toBeLessThanOrEqual(1);
  // The first command that focuses the body keeps the place: the caret waits in view, not at the body's start.
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: /Italic/ }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
  await page.waitForTimeout(300);
  expect(Math.abs((await distance()) - 37)).toBeLessThanOrEqual(1);
});

test('in a 20,000-word article, arrow keys after "go to quote" near the end move the caret within the quote, and typing lands there', async ({ app }) => {
  const { page } = app;
  await openLongArticle(app);
  await page.getByRole('tab', { name: 'Review' }).click();
  const group = page.getByRole('region', { name: /^Quotes by (Maria )?Lopez$/ });
  await group.getByRole('button', { name: new RegExp(lateQuote) }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(`${lateQuote},`);
  // To the quote's end, then back over its comma: the caret ends right after "tides".
  for (const key of ['ArrowRight', 'ArrowLeft']) await page.keyboard.press(key);
  await page.keyboard.type(' again');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body.locator(':scope > p', { hasText: 'spring tides again' })).toHaveText(`“${lateQuote} again,” Mayor Maria Lopez said on Friday.`);
});
