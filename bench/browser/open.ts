import type { Page } from '@playwright/test';

/** What the page must show before an article counts as open and editable. */
export interface OpenExpectation {
  headline: string;
  /** Top-level blocks of the body. */
  blocks: number;
  pullQuotes: number;
}

/** One open, in milliseconds from the click event. */
export interface OpenTiming {
  /** To the first animation frame in which the body is editable and fully rendered. */
  editable: number;
  /** To the animation frame after it, i.e. once that frame's style, layout and paint are done. */
  painted: number;
}

type OpenWindow = Window & { __benchOpenStart?: number | null; __benchOpenPainted?: number | null };

/**
 * Clicks the article's row in the library and times, from the click event, the first animation
 * frame in which the body is editable and fully rendered (every block and pull quote view in
 * place, headline field filled): from disk to editable, as the reporter sees it; and the frame
 * after it, which starts only once the editable frame's layout and paint are done.
 */
export async function timeOpen(page: Page, expected: OpenExpectation): Promise<OpenTiming> {
  await page.evaluate(() => {
    const host = window as OpenWindow;
    host.__benchOpenStart = null;
    host.__benchOpenPainted = null;
    document.addEventListener('click', (event) => (host.__benchOpenStart = event.timeStamp), { capture: true, once: true });
  });
  const headline = page.locator('.row-headline').getByText(expected.headline, { exact: true });
  await page.locator('.library-row', { has: headline }).click();
  const handle = await page.waitForFunction(
    ({ headline, blocks, pullQuotes }) => {
      const host = window as OpenWindow;
      const body = document.querySelector('[aria-label="Article body"][contenteditable="true"]');
      const title = document.querySelector<HTMLInputElement | HTMLTextAreaElement>('#field-headline');
      if (!body || host.__benchOpenStart == null || title?.value !== headline) return null;
      if (body.childElementCount < blocks || body.querySelectorAll('figure[data-pull-quote] select').length < pullQuotes) return null;
      const start = host.__benchOpenStart;
      // Asked for from this frame's callback, the next frame's callback runs once this frame is drawn.
      requestAnimationFrame(() => (host.__benchOpenPainted = performance.now() - start));
      return performance.now() - start;
    },
    expected,
    { polling: 'raf', timeout: 120_000 },
  );
  const editable = (await handle.jsonValue()) as number;
  const painted = await page.waitForFunction(() => (window as OpenWindow).__benchOpenPainted ?? null, undefined, { polling: 'raf', timeout: 10_000 });
  return { editable, painted: (await painted.jsonValue()) as number };
}
