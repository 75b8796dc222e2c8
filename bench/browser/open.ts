import type { Page } from '@playwright/test';

/** What the page must show before an article counts as open and editable. */
export interface OpenExpectation {
  headline: string;
  /** Top-level blocks of the body. */
  blocks: number;
  pullQuotes: number;
}

type OpenWindow = Window & { __benchOpenStart?: number | null };

/**
 * Clicks the article's row in the library and returns the milliseconds from the click event to
 * the first animation frame in which the body is editable and fully rendered (every block and
 * pull quote view in place, headline field filled): from disk to editable, as the reporter sees it.
 */
export async function timeOpen(page: Page, expected: OpenExpectation): Promise<number> {
  await page.evaluate(() => {
    const host = window as OpenWindow;
    host.__benchOpenStart = null;
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
      return performance.now() - host.__benchOpenStart;
    },
    expected,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}
