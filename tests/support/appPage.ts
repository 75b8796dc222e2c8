import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';
import type { MainApi } from '../../main/api/createApi';
import { dispatch } from '../../main/api/dispatch';
import { contentSecurityPolicy as csp } from '../../main/shell/csp';
import { apiMethods, eventNames } from '../../shared/ipc';

/** Origin the built renderer is served from inside the test browser (no server, no network). */
export const appUrl = 'https://copydesk.test/';
const rendererDir = resolve('out/renderer');
const mimeTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Where the test harness serves axe-core, from the app's own origin so the CSP allows it. */
const testAxePath = '/__test__/axe.min.js';

/** axe-core rules that depend on colours only: what changes between the light and the dark theme. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** Runs axe-core on the page (every rule, or only `rules`) and returns its violations as `rule: targets` lines. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ url: testAxePath });
  return page.evaluate(async (only) => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Only violations are read, so axe skips building the (large) lists of passes and inapplicable rules.
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}) });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, rules ?? null);
}

/**
 * Installs `window.copydesk` in the page, forwarding every call to the real handlers. Arguments
 * and answers cross as JSON text: Playwright's own serializer walks objects in page script, and an
 * autosave of a 20,000-word article through it took tens of milliseconds of the page's main
 * thread, where Electron's IPC copies natively. JSON keeps the values the contract allows.
 */
export async function installBridge(page: Page, harness: { main: MainApi | null }): Promise<void> {
  await page.exposeBinding('__copydeskCall', async (_source, method: unknown, json: unknown) => {
    if (!harness.main) throw new Error('main is not running');
    const arg: unknown = typeof json === 'string' ? JSON.parse(json) : undefined;
    return JSON.stringify(await dispatch(harness.main.api, method, arg));
  });
  await page.addInitScript(
    ({ methods, events }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const call = (globalThis as unknown as { __copydeskCall: (method: string, json: string | undefined) => Promise<string> }).__copydeskCall;
      const bridge: Record<string, unknown> = {};
      // Calls not answered yet: a test closing the page waits for them (see `unloadPage`).
      let pending = 0;
      Object.defineProperty(globalThis, '__copydeskPending', { get: () => pending });
      for (const method of methods) {
        bridge[method] = async (arg: unknown) => {
          pending += 1;
          try {
            return JSON.parse(await call(method, arg === undefined ? undefined : JSON.stringify(arg))) as unknown;
          } finally {
            pending -= 1;
          }
        };
      }
      bridge.on = (event: string, listener: (payload: unknown) => void) => {
        if (!(events as string[]).includes(event)) throw new RangeError(`unknown event "${event}"`);
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      };
      Object.defineProperty(globalThis, 'copydesk', { value: Object.freeze(bridge) });
      Object.defineProperty(globalThis, '__copydeskEmit', {
        value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
      });
    },
    { methods: [...apiMethods], events: [...eventNames] },
  );
}

/** Serves the built renderer (and axe-core) at `appUrl` from disk; every other request is refused and recorded. */
export async function serveRenderer(page: Page, externalRequests: string[]): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== new URL(appUrl).origin) {
      externalRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    }
    if (url.pathname === testAxePath) return route.fulfill({ status: 200, path: resolve('node_modules/axe-core/axe.min.js'), headers: { 'content-type': 'text/javascript' } });
    const path = normalize(join(rendererDir, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
    if (!path.startsWith(rendererDir + sep)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(path);
      return route.fulfill({ status: 200, body, headers: { 'content-type': mimeTypes[extname(path)] ?? 'application/octet-stream', 'content-security-policy': csp } });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
}


/** Sends an event from "main" to the page, as Electron's `webContents.send` would. */
export function emitToPage(page: Page, event: string, payload: unknown): void {
  void page.evaluate(([name, value]) => (globalThis as unknown as { __copydeskEmit: (e: unknown, p: unknown) => void }).__copydeskEmit(name, value), [event, payload] as const).catch(() => undefined);
}

/**
 * Unloads the page as closing the window does, with main still running: fires `pagehide` and
 * waits until the calls it made are answered, then leaves the page. Playwright drops calls that
 * reach an exposed binding after the page has started to unload, so the event is fired first.
 */
export async function unloadPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    // This file is compiled without the DOM's types: the page's globals are named by hand.
    const page = globalThis as unknown as { dispatchEvent(event: unknown): boolean; PageTransitionEvent: new (type: string, init: { persisted: boolean }) => unknown };
    page.dispatchEvent(new page.PageTransitionEvent('pagehide', { persisted: false }));
  });
  await page.waitForFunction(() => (globalThis as unknown as { __copydeskPending: number }).__copydeskPending === 0);
  await page.goto('about:blank');
}
