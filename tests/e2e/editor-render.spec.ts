import type { Page } from '@playwright/test';
import type { Source } from '../../shared/article/model';
import { paragraphs } from '../support/articles';
import { expect, test } from './harness';
import { installRenderCounter, measureRenders } from './renderCounts';

const speakers = ['Mayor Maria Lopez', 'Councillor Dev Patel', 'Port Director Sam Okafor'];

/** An on-the-record person source. */
const source = (name: string, index: number): Source => ({ id: `src-${index}`, kind: 'person', name, title: '', affiliation: '', level: 'on-record', anonymityReason: '', contactNote: '', identity: '' });

/** Forty quoted paragraphs, each followed by a plain one (where the typing goes). */
function story(): string[] {
  return Array.from({ length: 40 }, (_, index) => [
    `“The ferry timetable for week ${index + 1} stays as it is,” ${speakers[index % speakers.length]!} said on Monday.`,
    `Passengers on route ${index + 1} waited for the morning boat while the harbour crew loaded freight.`,
  ]).flat();
}

/** The parts of the editor screen a plain keystroke must leave alone, by the element each one draws. */
const untouched = {
  'the article view': 'article-view',
  'the article bar': 'article-bar',
  'the formatting toolbar': 'toolbar',
  'the side panel': 'side-pane',
  'the headline field': 'headline-input',
  'the house-style section': 'style-section',
  'the house-style findings': 'style-finding',
  'the source cards': 'source-card',
} as const;

const analyses = (page: Page) => page.evaluate(() => performance.getEntriesByName('copydesk:analysis').length);

for (const tab of ['Sources', 'Review'] as const) {
  test(`with the ${tab} tab open, typing and its autosave re-render only the save state and the word count, never the article around them`, async ({ app }) => {
    const { page } = app;
    await page.addInitScript(installRenderCounter, []);
    const created = await app.main.api.createArticle({ headline: 'Ferry timetable' });
    await app.main.api.saveArticle({ article: { ...created, sources: speakers.map((speaker, index) => source(speaker.split(' ').slice(-2).join(' '), index)), body: paragraphs(...story()) }, isExplicit: true });
    await page.reload();
    await page.getByRole('button', { name: /Ferry timetable/ }).click();
    await page.getByRole('tab', { name: tab }).click();
    const body = page.getByRole('textbox', { name: 'Article body' });
    await expect(page.getByRole('tabpanel', { name: tab })).toContainText('Maria Lopez');
    // A first edit, saved, so Undo is already enabled and the keys measured below change nothing in the toolbar.
    await body.getByText('on route 20 waited').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Then');
    await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
    await expect(page.getByLabel('Body length')).toContainText(/\d words/);
    await page.waitForTimeout(600);

    const before = await analyses(page);
    const words = await page.getByLabel('Body length').textContent();
    const work = await measureRenders(
      page,
      () => page.keyboard.type(' later', { delay: 40 }),
      async () => {
        await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
        await expect.poll(() => analyses(page)).toBeGreaterThan(before);
        await expect(page.getByLabel('Body length')).not.toHaveText(words ?? '');
        await page.waitForTimeout(600);
      },
    );
    console.log(`typing 6 keys with the ${tab} tab open: ${JSON.stringify(work)}`);
    // What shows the changed values did render: the save state (pending, saving, saved) and the word count.
    expect(work.hosts['save-state'] ?? 0).toBeGreaterThanOrEqual(2);
    expect(work.hosts['body-stats'] ?? 0).toBeGreaterThanOrEqual(1);
    for (const [part, className] of Object.entries(untouched)) expect(work.hosts[className] ?? 0, `${part} rendered while typing`).toBe(0);
    // The autosave landed with every word typed.
    await expect(body).toContainText(' Then later');
    const saved = await app.main.api.openArticle({ id: created.id });
    expect(JSON.stringify(saved.article.body)).toContain(' Then later');
  });
}

/**
 * Counts, from before the page loads, the blocks removed from the article body, the distinct
 * article bodies put in the page and the `<figure>` elements made (only pull quote views make
 * them), so a test can tell a body drawn once from one drawn and redrawn. (A batch of records can
 * show a node inside one added later, so bodies are counted once each.)
 */
function installBodyDrawCounter(): void {
  const counts = { removedBlocks: 0, figuresMade: 0, bodiesAdded: 0 };
  const seen = new WeakSet<Element>();
  Object.defineProperty(globalThis, '__bodyDraws', { value: counts });
  const createElement: (this: Document, tag: string) => HTMLElement = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tag: string) {
    if (tag.toLowerCase() === 'figure') counts.figuresMade += 1;
    return createElement.call(this, tag);
  } as typeof Document.prototype.createElement;
  const count = (element: Element, selector: string) => [...(element.matches(selector) ? [element] : []), ...element.querySelectorAll(selector)].filter((found) => !seen.has(found) && seen.add(found)).length;
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.target instanceof Element && record.target.matches('[aria-label="Article body"]')) counts.removedBlocks += [...record.removedNodes].filter((node) => node instanceof Element).length;
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        counts.bodiesAdded += count(node, '[aria-label="Article body"]');
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

test('opening an article draws its body once: no block is drawn and replaced, each pull quote is made once, and its menu lists every source', async ({ app }) => {
  const { page } = app;
  await page.addInitScript(installBodyDrawCounter);
  const created = await app.main.api.createArticle({ headline: 'Ferry timetable' });
  const sources = speakers.map((speaker, index) => source(speaker, index));
  const pullQuotes = [0, 1, 2].map((index) => ({ type: 'pullQuote', attrs: { sourceId: `src-${index}` }, content: [{ type: 'text', text: `We keep route ${index + 1} running` }] }));
  const blocks = paragraphs(...story()).content ?? [];
  await app.main.api.saveArticle({ article: { ...created, sources, body: { type: 'doc', content: [...blocks.slice(0, 10), ...pullQuotes, ...blocks.slice(10)] } }, isExplicit: true });
  await page.reload();
  await page.getByRole('button', { name: /Ferry timetable/ }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body.locator('figure[data-pull-quote]')).toHaveCount(3);
  // Each menu names its source.
  await expect(body.locator('figure[data-pull-quote] select').nth(1)).toHaveValue('src-1');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const counts = await page.evaluate(() => (globalThis as unknown as { __bodyDraws: { removedBlocks: number; figuresMade: number; bodiesAdded: number } }).__bodyDraws);
  expect(counts).toEqual({ removedBlocks: 0, figuresMade: 3, bodiesAdded: 1 });
  // Each menu lists every source once the page is idle after opening (and at once when pointed at or focused).
  const menus = body.locator('figure[data-pull-quote] select');
  for (const index of [0, 1, 2]) await expect(menus.nth(index).locator('option')).toHaveText(['— choose a source —', ...speakers]);
  // Changing a menu still links the pull quote to the chosen source, and the change is saved.
  await menus.first().selectOption('src-2');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await expect.poll(async () => JSON.stringify((await app.main.api.openArticle({ id: created.id })).article.body)).toContain('"sourceId":"src-2"');
});
