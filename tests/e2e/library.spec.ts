import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serializeArticle } from '../../main/articles/articleFile';
import type { ArticleStatus } from '../../shared/article/model';
import { newArticle } from '../../shared/article/newArticle';
import { axeViolations, expect, test, type AppHarness } from './harness';

const sizes = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;
const schemes = ['light', 'dark'] as const;

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Writes article files straight into the workspace (as a sync tool would), then restarts the app over them. */
async function seedLibrary(app: AppHarness, count: number, extra: (index: number) => Partial<Parameters<typeof newArticle>[2]> & { updatedAt?: string } = () => ({})): Promise<void> {
  await mkdir(app.workspaceDir, { recursive: true });
  const statuses: ArticleStatus[] = ['draft', 'editing', 'ready', 'published'];
  for (let index = 0; index < count; index += 1) {
    const id = `5e5e5e5e-0000-4000-8000-${String(index).padStart(12, '0')}`;
    const { updatedAt, ...fields } = extra(index);
    const at = updatedAt ?? new Date(Date.now() - (index + 2) * 3_600_000).toISOString();
    const article = {
      ...newArticle(id, at, {
        slug: `story-${index}`,
        kicker: ['City Hall', 'Transport', 'Courts', 'Schools'][index % 4] as string,
        headline: `Council story number ${index}`,
        dek: `The ${index}th dek of the day, about budgets and buses.`,
        bylines: [{ name: ['Ana Ruiz', 'Tom Becker', 'Lee Chan'][index % 3] as string, role: 'reporter' as const }],
        tags: ['politics'],
        body: { type: 'doc', content: [paragraph(`Opening paragraph ${index} about the council. `.repeat(4)), paragraph('Residents queued outside the hall on Tuesday.')] },
        ...fields,
      }),
      status: statuses[index % 4] as ArticleStatus,
      publication: null,
    };
    await writeFile(join(app.workspaceDir, `story-${index}.article.json`), serializeArticle(article));
  }
  await app.restart();
}

async function prepare(page: Page, size: (typeof sizes)[number], scheme: (typeof schemes)[number]): Promise<void> {
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
}

const list = (page: Page) => page.getByRole('list', { name: 'Articles' });

for (const size of sizes) {
  for (const scheme of schemes) {
    const label = `${size.width}×${size.height}, ${scheme}`;

    test(`searching or filtering the library never closes the open article, and keeps its undo history and scroll position (${label})`, async ({ app }) => {
      const { page } = app;
      await prepare(page, size, scheme);
      const long = Array.from({ length: 60 }, (_, index) => paragraph(`Paragraph ${index} of the ferry report, long enough to scroll the page well past its first screen of text.`));
      await seedLibrary(app, 2, (index) => (index === 0 ? { headline: 'Ferry report', body: { type: 'doc', content: long } } : { headline: 'Bus timetable changes' }));
      await list(page).getByRole('button', { name: /Ferry report/ }).click();
      const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
      await expect(headline).toHaveValue('Ferry report');
      const body = page.getByRole('textbox', { name: 'Article body' });
      await body.getByText('Paragraph 2 of the ferry report').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Typed before searching.');
      await expect(body).toContainText('Typed before searching.');
      const pane = page.locator('main.workspace-pane');
      await pane.evaluate((element) => (element.scrollTop = 900));
      const scrolled = await pane.evaluate((element) => element.scrollTop);
      expect(scrolled).toBeGreaterThan(300);

      await page.getByLabel('Search articles').fill('timetable');
      await expect(list(page).getByRole('button', { name: /Bus timetable changes/ })).toBeVisible();
      await expect(list(page).getByRole('button', { name: /Ferry report/ })).toHaveCount(0);
      await expect(headline).toHaveValue('Ferry report');
      await expect(page.getByRole('status').filter({ hasText: 'of 2 articles' })).toHaveText(/1 of 2 articles/);
      await page.getByRole('navigation', { name: 'Library' }).getByLabel('Status').selectOption('published');
      await expect(headline).toHaveValue('Ferry report');
      await page.getByRole('navigation', { name: 'Library' }).getByLabel('Status').selectOption('all');
      await page.getByLabel('Search articles').fill('');
      await expect(list(page).getByRole('button', { name: /Ferry report/ })).toBeVisible();

      await expect(headline).toHaveValue('Ferry report');
      expect(await pane.evaluate((element) => element.scrollTop)).toBe(scrolled);
      await body.click();
      await page.keyboard.press('Control+z');
      await expect(body).not.toContainText('Typed before searching.');
      await expect(body).toContainText('Paragraph 2 of the ferry report');
    });

    test(`library rows are dense and informative, with a count, the matched text marked and an untitled row laid out like the others (${label})`, async ({ app }) => {
      const { page } = app;
      await prepare(page, size, scheme);
      const yesterday = new Date();
      yesterday.setDate(yesterday.getDate() - 1);
      yesterday.setHours(17, 4, 0, 0);
      await seedLibrary(app, 30, (index) => {
        if (index === 0) return { updatedAt: new Date(Date.now() - 3 * 60_000).toISOString(), headline: 'Harbour dredging resumes' };
        if (index === 1) return { updatedAt: yesterday.toISOString() };
        if (index === 2) return { headline: '', kicker: '', dek: '', bylines: [], body: { type: 'doc', content: [paragraph('Notes without a headline yet.')] } };
        if (index === 3) return { body: { type: 'doc', content: [paragraph('Early in the story. '.repeat(30)), paragraph('Later the harbour master said dredging would resume.')] } };
        return {};
      });
      await expect(page.getByRole('status').filter({ hasText: 'articles' }).first()).toHaveText('30 articles');
      const rows = list(page).locator('.library-row');
      const first = rows.first();
      await expect(first).toContainText('Harbour dredging resumes');
      await expect(first).toContainText('3 min ago');
      await expect(first).toContainText('City Hall');
      await expect(first).toContainText('Ana Ruiz');
      // The other rows are hours old, so where yesterday's row falls depends on the time of day: the
      // list draws only the rows in view, so scroll until it is drawn, then back to the top.
      const yesterdayRow = list(page).getByRole('button', { name: /Council story number 1\b/ });
      const scroller = page.locator('.library-scroller');
      await expect
        .poll(async () => {
          if ((await yesterdayRow.count()) > 0) return true;
          await scroller.evaluate((element) => element.scrollBy(0, element.clientHeight / 2));
          return false;
        })
        .toBe(true);
      await expect(yesterdayRow).toContainText('Yesterday 17:04');
      await scroller.evaluate((element) => (element.scrollTop = 0));
      // The list redraws on the scroll event that follows, and puts its rows in order once scrolling
      // stops: measure then, not the rows of the old position.
      await expect(list(page).getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1');

      // Dense: at least ten rows on a 900-pixel screen, eight at 700, every row the same height.
      // Measured with each row's class, position and text, so a failure says which row differed.
      const measured = await rows.evaluateAll((elements) => elements.map((element) => ({ height: element.getBoundingClientRect().height, className: element.className, position: element.parentElement?.getAttribute('aria-posinset'), text: element.textContent?.slice(0, 30) })));
      const heights = measured.map((row) => row.height);
      const details = JSON.stringify(measured);
      const listBox = await page.locator('.library-scroller').boundingBox();
      expect(Math.floor((listBox?.height ?? 0) / (heights[0] ?? 1))).toBeGreaterThanOrEqual(size.height >= 900 ? 10 : 7);
      expect(new Set(heights.map(Math.round)).size, details).toBe(1);
      const untitled = list(page).getByRole('button', { name: /Untitled article/ });
      await untitled.scrollIntoViewIfNeeded();
      expect(await untitled.locator('.row-line').count()).toBe(3);
      expect(Math.round((await untitled.boundingBox())?.height ?? 0)).toBe(Math.round(heights[0] ?? 0));
      await expect(untitled).toContainText('Notes without a headline yet.');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `test-results/library-${size.width}-${scheme}.png` });

      await page.getByLabel('Search articles').fill('harbour');
      await expect(page.getByRole('status').filter({ hasText: 'of 30' })).toHaveText('2 of 30 articles');
      await expect(list(page).locator('mark').first()).toHaveText(/harbour/i);
      // A match deep in the body shows the sentence it is in, marked.
      const bodyMatch = list(page).getByRole('button', { name: /Council story number 3\b/ });
      await expect(bodyMatch.locator('.row-snippet mark')).toHaveText('harbour');
      await expect(bodyMatch.locator('.row-snippet')).toContainText('master said dredging');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `test-results/library-search-${size.width}-${scheme}.png` });
    });
  }
}

test('a library of 3,000 articles keeps only the rows in view in the DOM and scrolls to its last article', async ({ app }) => {
  const { page } = app;
  await seedLibrary(app, 3_000);
  await expect(page.getByRole('status').filter({ hasText: 'articles' }).first()).toHaveText('3,000 articles');
  const items = list(page).getByRole('listitem');
  expect(await items.count()).toBeLessThan(60);
  await page.locator('.library-scroller').evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(list(page).getByRole('button', { name: /Council story number 2999\b/ })).toBeVisible();
  expect(await items.count()).toBeLessThan(60);
  await expect(items.last()).toHaveAttribute('aria-setsize', '3000');
  // Recycled row elements are back in list order in the DOM (what a screen reader and Tab follow)
  // once scrolling stops (rows are not moved while it goes on), after a jump and a step.
  const positions = () => items.evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('aria-posinset'))));
  const isAscending = (values: number[]) => values.length > 5 && values.every((value, index) => index === 0 || value === (values[index - 1] as number) + 1);
  await expect.poll(async () => isAscending(await positions())).toBe(true);
  await page.locator('.library-scroller').evaluate((element) => (element.scrollTop = 66 * 1_000 + 20));
  await expect(list(page).getByRole('button', { name: /Council story number 1001\b/ })).toBeVisible();
  await expect.poll(async () => isAscending(await positions())).toBe(true);
  await page.locator('.library-scroller').evaluate((element) => (element.scrollTop -= 66 * 3));
  await expect(list(page).getByRole('button', { name: /Council story number 998\b/ })).toBeVisible();
  await expect.poll(async () => isAscending(await positions())).toBe(true);
});

test('arrow keys walk the virtualised list past the rows first drawn, focus follows, and Enter opens the focused article', async ({ app }) => {
  const { page } = app;
  await seedLibrary(app, 300);
  await expect(page.getByRole('status').filter({ hasText: 'articles' }).first()).toHaveText('300 articles');
  await list(page).getByRole('button', { name: /Council story number 0\b/ }).focus();
  // 130 steps cross two pages of fetched rows and many screens of recycled row elements.
  for (let step = 0; step < 130; step += 1) {
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAttribute('data-row-id', `5e5e5e5e-0000-4000-8000-${String(step + 1).padStart(12, '0')}`);
  }
  await expect(page.locator('.library-item:has(:focus)')).toHaveAttribute('aria-posinset', '131');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toContainText('Council story number 129');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue('Council story number 129');
});

test('a focused row scrolled out of view gives up focus rather than showing another article', async ({ app }) => {
  const { page } = app;
  await seedLibrary(app, 300);
  await expect(page.getByRole('status').filter({ hasText: 'articles' }).first()).toHaveText('300 articles');
  // Away from the top, so the list draws its full window of row elements, then further down
  // within the rows already fetched, where the same elements show other articles.
  const scroller = page.locator('.library-scroller');
  await scroller.evaluate((element) => (element.scrollTop = 66 * 10));
  const focused = list(page).getByRole('button', { name: /Council story number 12\b/ });
  await focused.focus();
  await expect(focused).toBeFocused();
  await scroller.evaluate((element) => (element.scrollTop = 66 * 36));
  await expect(list(page).getByRole('button', { name: /Council story number 40\b/ })).toBeVisible();
  await expect(page.locator('.library-row:focus')).toHaveCount(0);
});
