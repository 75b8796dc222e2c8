import type { Page } from '@playwright/test';

/**
 * What React and the DOM did since the last reset: commits, function components rendered, host
 * elements rendered by their first class name (and `label:<aria-label>` for labelled ones), and
 * DOM mutations inside each watched region (by its aria-label).
 */
export interface RenderWork {
  commits: number;
  components: number;
  hosts: Record<string, number>;
  mutations: Record<string, number>;
}

/**
 * Counts React's work through the DevTools hook React reports every commit to (it works in the
 * production build): a fiber rendered in a commit when its props or state object is new; a subtree
 * whose first child is the same object as before was skipped. A host element renders exactly when
 * the component that draws it does, so `.article-view` rendering means the article view did.
 * Also counts DOM mutations inside the regions labelled `watched`. Install with `page.addInitScript(installRenderCounter, watched)`.
 */
export function installRenderCounter(watched: string[]): void {
  type Fiber = { tag: number; type: unknown; child: Fiber | null; sibling: Fiber | null; alternate: Fiber | null; memoizedProps: Record<string, unknown> | null; memoizedState: unknown };
  const work = { commits: 0, components: 0, hosts: {} as Record<string, number>, mutations: {} as Record<string, number> };
  const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
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
        if (node.tag === 5 && typeof props?.className === 'string' && props.className) bump(work.hosts, props.className.split(' ')[0]!);
        if (node.tag === 5 && typeof props?.['aria-label'] === 'string') bump(work.hosts, `label:${props['aria-label']}`);
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
    for (const record of records) {
      const region = record.target instanceof Node ? record.target.parentElement?.closest('[aria-label]') : null;
      for (let element = region; element; element = element.parentElement?.closest('[aria-label]') ?? null) {
        const label = element.getAttribute('aria-label') ?? '';
        if (watched.includes(label)) bump(work.mutations, label);
      }
    }
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true }));
}

/** Resets the counters, runs `act`, waits for `settled`, and returns what React and the DOM did meanwhile. */
export async function measureRenders(page: Page, act: () => Promise<void>, settled: () => Promise<void>): Promise<RenderWork> {
  await page.evaluate(() => Object.assign((globalThis as unknown as { __work: RenderWork }).__work, { commits: 0, components: 0, hosts: {}, mutations: {} }));
  await act();
  await settled();
  return page.evaluate(() => structuredClone((globalThis as unknown as { __work: RenderWork }).__work));
}
