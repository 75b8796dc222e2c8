import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, Page } from '@playwright/test';

const bareOrigin = 'https://bare.test';
const mimeTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Opens the built bare TipTap page (StarterKit only) in its own tab of the same browser, served
 * from `builtDir` with no network, and mounts `doc` in it. Typing into it uses the same probe
 * and pauses as typing into Copydesk, so the two are measured alike in the same run.
 */
export async function openBarePage(browser: Browser, builtDir: string, doc: unknown): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== bareOrigin) return route.abort('blockedbyclient');
    const path = normalize(join(builtDir, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
    if (!path.startsWith(builtDir + sep)) return route.fulfill({ status: 403 });
    const body = await readFile(path).catch(() => null);
    return body ? route.fulfill({ status: 200, body, headers: { 'content-type': mimeTypes[extname(path)] ?? 'application/octet-stream' } }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${bareOrigin}/`);
  await page.waitForFunction(() => typeof (window as Window & { __mountBare?: unknown }).__mountBare === 'function');
  await page.evaluate((content) => (window as unknown as { __mountBare: (value: unknown) => void }).__mountBare(content), doc);
  await page.getByRole('textbox', { name: 'Article body' }).waitFor();
  return page;
}

/**
 * Makes bare TipTap's editor for `doc` again (the last one destroyed) and times it as an article
 * open is timed: to the next animation frame, and to the frame after it (once the first is drawn),
 * in ms. The document is handed over before the clock starts, so this is building the editor alone.
 */
export async function timeBareOpen(page: Page, doc: unknown): Promise<{ editable: number; painted: number }> {
  return page.evaluate(async (content) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    await frame();
    const start = performance.now();
    (window as unknown as { __mountBare: (value: unknown) => void }).__mountBare(content);
    const editable = (await frame()) - start;
    return { editable, painted: (await frame()) - start };
  }, doc);
}
