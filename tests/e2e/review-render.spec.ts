import type { Page } from '@playwright/test';
import { paragraphs } from '../support/articles';
import { expect, test } from './harness';

const speakers = ['Mayor Maria Lopez', 'Councillor Dev Patel', 'Port Director Sam Okafor', 'Union Steward Lena Berg'];

/** Thirty quoted paragraphs, each followed by a plain one with no quote in it (where the typing goes). */
function story(): string[] {
  return Array.from({ length: 30 }, (_, index) => [
    `“We will not give up on the harbour in week ${index + 1},” ${speakers[index % speakers.length]!} said on Tuesday.`,
    `The council met for the ${index + 1}th time this year and the budget papers ran to many pages.`,
  ]).flat();
}

/** What React and the DOM did since the last reset: commits, function components rendered, review rows rendered, mutations in the side panel. */
interface Work {
  commits: number;
  components: number;
  reviewPanels: number;
  rows: number;
  mutations: number;
}

/**
 * Counts React's work through the DevTools hook React reports every commit to (it works in the
 * production build): a fiber rendered in a commit when its props or state object is new; a subtree
 * whose first child is the same object as before was skipped. Also counts DOM mutations in the side panel.
 */
function installCounters(): void {
  type Fiber = { tag: number; type: unknown; child: Fiber | null; sibling: Fiber | null; alternate: Fiber | null; memoizedProps: Record<string, unknown> | null; memoizedState: unknown };
  const work = { commits: 0, components: 0, reviewPanels: 0, rows: 0, mutations: 0 };
  // A fiber that is still the same object as in the last commit's tree was not touched; one that
  // is not was cloned, and rendered when its props or state object is new (or it is new itself).
  let previous = new WeakSet<Fiber>();
  let current = new WeakSet<Fiber>();
  const rendered = (fiber: Fiber) => !previous.has(fiber) && (!fiber.alternate || fiber.memoizedProps !== fiber.alternate.memoizedProps || fiber.memoizedState !== fiber.alternate.memoizedState);
  const visit = (fiber: Fiber | null) => {
    for (let node = fiber; node; node = node.sibling) {
      current.add(node);
      if (rendered(node)) {
        const props = node.memoizedProps;
        if (node.tag === 0) work.components += 1;
        if (node.tag === 5 && typeof props?.className === 'string' && props.className.startsWith('quote-item')) work.rows += 1;
        if (node.tag === 5 && props?.['aria-label'] === 'Attribution review') work.reviewPanels += 1;
      }
      visit(node.child);
    }
  };
  const hook = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      work.commits += 1;
      current = new WeakSet<Fiber>();
      visit(root.current.child);
      previous = current;
    },
  };
  Object.defineProperty(globalThis, '__REACT_DEVTOOLS_GLOBAL_HOOK__', { value: hook });
  Object.defineProperty(globalThis, '__work', { value: work });
  const observer = new MutationObserver((records) => {
    work.mutations += records.filter((record) => record.target instanceof Node && record.target.parentElement?.closest('[aria-label="Attribution review"]')).length;
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true }));
}

const analyses = (page: Page) => page.evaluate(() => performance.getEntriesByName('copydesk:analysis').length);

/** Resets the counters, runs `act`, waits for `settled`, and returns what React and the DOM did meanwhile. */
async function measure(page: Page, act: () => Promise<void>, settled: () => Promise<void>): Promise<Work> {
  await page.evaluate(() => Object.assign((globalThis as unknown as { __work: Work }).__work, { commits: 0, components: 0, reviewPanels: 0, rows: 0, mutations: 0 }));
  await act();
  await settled();
  return page.evaluate(() => ({ ...(globalThis as unknown as { __work: Work }).__work }));
}

test('with the Review tab open, typing that changes no finding re-renders no review row, and a review re-renders only its own row', async ({ app }) => {
  const { page } = app;
  await page.addInitScript(installCounters);
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
  const typing = await measure(
    page,
    () => page.keyboard.type(' Later', { delay: 40 }),
    async () => {
      await expect.poll(() => analyses(page)).toBeGreaterThan(before);
      await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
      await page.waitForTimeout(300);
    },
  );
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
  const quoting = await measure(
    page,
    () => page.keyboard.type('So ', { delay: 40 }),
    async () => {
      await expect(review.getByRole('listitem', { name: /So We will not give up on the harbour in week 20,/ })).toBeVisible();
      await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
      await page.waitForTimeout(300);
    },
  );
  console.log(`typing 3 keys inside one quote (${JSON.stringify(quoting)})`);
  expect(quoting.rows).toBe(1);
  await expect(review.locator('.quote-item')).toHaveCount(30);

  // Verifying one quote: only its row renders again.
  const row = review.getByRole('listitem', { name: /week 7,/ });
  const verifying = await measure(
    page,
    () => row.getByRole('button', { name: 'Verify' }).click(),
    async () => {
      await expect(row.getByText('Verified', { exact: true })).toBeVisible();
      await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
      await page.waitForTimeout(500);
    },
  );
  console.log(`verifying one quote (${JSON.stringify(verifying)})`);
  expect(verifying.rows).toBe(1);
  expect(verifying.reviewPanels).toBeLessThanOrEqual(2);
});
