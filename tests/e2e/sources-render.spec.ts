import type { Page } from '@playwright/test';
import type { Source } from '../../shared/article/model';
import { paragraphs } from '../support/articles';
import { expect, test } from './harness';
import { installRenderCounter, measureRenders } from './renderCounts';

const names = ['Maria Lopez', 'Dev Patel', 'Sam Okafor'];

/** An on-the-record person source. */
const source = (name: string, index: number): Source => ({ id: `src-${index}`, kind: 'person', name, title: '', affiliation: '', level: 'on-record', anonymityReason: '', contactNote: '', identity: '' });

/** Twenty-four quoted paragraphs by turns, each followed by a plain one, then a pull quote said by each source. */
function body() {
  const blocks = paragraphs(
    ...Array.from({ length: 24 }, (_, index) => [
      `“The night bus on line ${index + 1} keeps running,” ${names[index % names.length]!} said at the depot.`,
      `Drivers on line ${index + 1} asked for a second shelter at the terminus.`,
    ]).flat(),
  ).content ?? [];
  const pullQuotes = names.map((_, index) => ({ type: 'pullQuote', attrs: { sourceId: `src-${index}` }, content: [{ type: 'text', text: `We keep line ${index + 1} running` }] }));
  return { type: 'doc', content: [...blocks, ...pullQuotes] };
}

const analyses = (page: Page) => page.evaluate(() => performance.getEntriesByName('copydesk:analysis').length);

test('with the Sources tab open, a new analysis re-renders only the card whose quotes changed, and a card that did not re-render still links its quote where it now is', async ({ app }) => {
  const { page } = app;
  await page.addInitScript(installRenderCounter, []);
  const created = await app.main.api.createArticle({ headline: 'Night buses' });
  await app.main.api.saveArticle({ article: { ...created, sources: names.map(source), body: body() }, isExplicit: true });
  await page.reload();
  await page.getByRole('button', { name: /Night buses/ }).click();
  await page.getByRole('tab', { name: 'Sources' }).click();
  const lopez = page.getByRole('listitem', { name: 'Source Maria Lopez' });
  await expect(lopez).toContainText('9 quotes: 1 linked, 8 detected by name');
  const bodyField = page.getByRole('textbox', { name: 'Article body' });
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

  // Words typed inside Dev Patel's first quote, before every other quote and pull quote: the
  // analysis changes that quote only, while the places of all later ones move.
  await bodyField.getByText('on line 2 keeps running').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const before = await analyses(page);
  const work = await measureRenders(
    page,
    () => page.keyboard.type('So ', { delay: 40 }),
    async () => {
      await expect.poll(() => analyses(page)).toBeGreaterThan(before);
      await expect(page.getByRole('listitem', { name: 'Source Dev Patel' })).toContainText('So The night bus on line 2');
      await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
      await page.waitForTimeout(300);
    },
  );
  console.log(`typing 3 keys inside one quote with the Sources tab open: ${JSON.stringify(work)}`);
  expect(work.hosts['source-card'] ?? 0).toBe(1);

  // Maria Lopez's card did not render again; linking her last quote finds it where it now is.
  const last = lopez.getByRole('listitem').filter({ hasText: 'line 22 keeps running' });
  await last.getByRole('button', { name: /^Link/ }).click();
  await expect(lopez).toContainText('9 quotes: 2 linked, 7 detected by name');
  await expect(page.locator('.body-editor span[data-inline-quote][data-source-id="src-0"]')).toHaveText('“The night bus on line 22 keeps running,”');
});
