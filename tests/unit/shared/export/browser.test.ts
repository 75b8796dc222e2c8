import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderArticleHtml } from '../../../../shared/export';
import { fullArticle } from '../../../fixtures/export/articles';
import { hostileArticle } from '../../../fixtures/export/hostile';
import { hostileSampleArticle } from '../../../fixtures/export/hostileSample';
import { standardsExport } from '../../../fixtures/standards/articles';
import { findChromium } from '../../../support/chromium';

const launch = await findChromium().catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
const axePath = 'node_modules/axe-core/axe.min.js';
const missing = typeof launch === 'string' ? launch : !existsSync(axePath) ? `axe-core not found at ${axePath}` : '';
if (missing) console.warn(`Skipping the browser tests of the HTML export: ${missing}`);

let browser: Browser | undefined;

/** The few browser globals these tests read; the node TypeScript project has no DOM types. */
interface PageGlobals {
  __pwned?: unknown;
  document: {
    querySelectorAll(selector: string): Iterable<{ getAttributeNames(): string[] }> & { length: number };
    querySelector(selector: string): { textContent: string | null } | null;
  };
  axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
}

beforeAll(async () => {
  if (missing || typeof launch === 'string') return;
  browser = await chromium.launch(launch);
});

afterAll(async () => {
  await browser?.close();
});

/** What a page did while loading: dialogs, requests, and whether the sentinel was touched. */
interface LoadReport {
  dialogs: string[];
  requests: string[];
  pwned: unknown;
  scripts: number;
  handlerAttributes: string[];
  jsonLdHeadline: string;
}

/** Loads markup with its CSP removed, so only the escaping stands between the payload and execution. */
async function load(page: Page, html: string): Promise<LoadReport> {
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.setContent(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''), { waitUntil: 'load' });
  await page.waitForTimeout(50);
  const facts = await page.evaluate(() => {
    const { __pwned, document } = globalThis as unknown as PageGlobals;
    return {
      pwned: __pwned,
      scripts: document.querySelectorAll('script').length,
      handlerAttributes: [...document.querySelectorAll('*')].flatMap((element) =>
        element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
      ),
      jsonLdHeadline: String((JSON.parse(document.querySelector('script')?.textContent ?? '{}') as { headline?: unknown }).headline),
    };
  });
  return { dialogs, requests, ...facts };
}

async function axeViolations(page: Page, html: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  await page.emulateMedia({ colorScheme });
  await page.setContent(html, { waitUntil: 'load' });
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as PageGlobals;
    const result = await axe.run(document);
    return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  });
  return violations;
}

describe('the HTML export in Chromium', () => {
  it.skipIf(Boolean(missing))('runs a payload when it is not escaped (the harness can see an attack)', async () => {
    const page = await (browser as Browser).newPage();
    const report = await load(page, '<!doctype html><title>t</title><svg onload="window.__pwned = 1"></svg><script type="application/ld+json">{}</script>');
    expect(report.pwned).toBe(1);
    await page.close();
  });

  it.skipIf(Boolean(missing))('runs no script, shows no dialog and makes no request for hostile articles', async () => {
    const articles = [hostileSampleArticle(), ...fc.sample(hostileArticle, { seed: 20261128, numRuns: 8 })];
    const page = await (browser as Browser).newPage();
    for (const article of articles) {
      const report = await load(page, renderArticleHtml(article, { mode: 'publish' }));
      expect(report).toMatchObject({ dialogs: [], requests: [], pwned: undefined, scripts: 1, handlerAttributes: [] });
    }
    const sample = await load(page, renderArticleHtml(hostileSampleArticle(), { mode: 'publish' }));
    expect(sample.jsonLdHeadline).toContain('</script> <script>window.__pwned = 1</script> <img src=x onerror=');
    await page.close();
  });

  it.skipIf(Boolean(missing))('hears from axe-core about an inaccessible page (the check can fail)', async () => {
    const context = await (browser as Browser).newContext({ bypassCSP: true });
    const violations = await axeViolations(await context.newPage(), '<!doctype html><html><title>t</title><main><p style="color:#ccc">faint</p></main></html>', 'light');
    expect(violations.map((violation) => violation.split(':')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'color-contrast']));
    await context.close();
  });

  it.skipIf(Boolean(missing))('reports no axe-core violations in light and dark schemes, published and preview', async () => {
    const context = await (browser as Browser).newContext({ bypassCSP: true });
    const page = await context.newPage();
    const documents = [
      renderArticleHtml(fullArticle(), { mode: 'publish', publishedAt: '2026-11-28T14:00:00Z' }),
      renderArticleHtml(fullArticle(), { mode: 'preview' }),
      renderArticleHtml(hostileSampleArticle(), { mode: 'publish' }),
      standardsExport('ap'),
    ];
    for (const html of documents) {
      for (const scheme of ['light', 'dark'] as const) expect(await axeViolations(page, html, scheme)).toEqual([]);
    }
    await context.close();
  });
});
