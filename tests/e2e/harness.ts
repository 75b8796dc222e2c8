import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createApi, type MainApi } from '../../main/api/createApi';
import { dispatch } from '../../main/api/dispatch';
import { apiMethods, eventNames } from '../../shared/ipc';

/** Origin the built renderer is served from inside the test browser (no server, no network). */
export const appUrl = 'https://copydesk.test/';
const rendererDir = resolve('out/renderer');
const csp = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
const mimeTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Where the test harness serves axe-core, from the app's own origin so the CSP allows it. */
const testAxePath = '/__test__/axe.min.js';

/** Runs axe-core on the page and returns its violations as `rule: targets` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: testAxePath });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document);
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

/** A running copy of the app: the real main-process handlers over a fresh temporary workspace. */
export interface AppHarness {
  page: Page;
  workspaceDir: string;
  userDataDir: string;
  main: MainApi;
  /** Requests that tried to leave the machine (anything not served from `appUrl`). */
  externalRequests: string[];
  /** Reloads the page with a fresh main process over the same workspace and data folder: a restart. */
  restart(): Promise<void>;
  /** Folder the next "Open Workspace" dialog will answer with. */
  nextFolderChoice: string | null;
}

/** Installs `window.copydesk` in the page, forwarding every call to the real handlers. */
async function installBridge(page: Page, harness: { main: MainApi | null }): Promise<void> {
  await page.exposeBinding('__copydeskCall', (_source, method: unknown, arg: unknown) => {
    if (!harness.main) throw new Error('main is not running');
    return dispatch(harness.main.api, method, arg);
  });
  await page.addInitScript(
    ({ methods, events }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const call = (globalThis as unknown as { __copydeskCall: (method: string, arg: unknown) => Promise<unknown> }).__copydeskCall;
      const bridge: Record<string, unknown> = {};
      for (const method of methods) bridge[method] = (arg: unknown) => call(method, arg);
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

async function serveRenderer(page: Page, externalRequests: string[]): Promise<void> {
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

/** Playwright test with an `app` fixture: fresh workspace, real handlers, built renderer. */
export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'));
    const workspaceDir = join(root, 'workspace');
    const userDataDir = join(root, 'userData');
    const externalRequests: string[] = [];
    const holder: { main: MainApi | null } = { main: null };
    const harness: AppHarness = {
      page,
      workspaceDir,
      userDataDir,
      externalRequests,
      nextFolderChoice: null,
      get main() {
        if (!holder.main) throw new Error('main is not running');
        return holder.main;
      },
      restart: async () => {
        await holder.main?.close();
        holder.main = await startMain();
        await page.goto(appUrl);
      },
    };
    const startMain = () =>
      createApi({
        workspaceDir,
        userDataDir,
        platform: {
          chooseFolder: async () => harness.nextFolderChoice,
          emit: (event, payload) => void page.evaluate(([name, value]) => (globalThis as unknown as { __copydeskEmit: (e: unknown, p: unknown) => void }).__copydeskEmit(name, value), [event, payload] as const).catch(() => undefined),
        },
      });
    holder.main = await startMain();
    await installBridge(page, holder);
    await serveRenderer(page, externalRequests);
    await page.goto(appUrl);
    await use(harness);
    await holder.main?.close();
    await rm(root, { recursive: true, force: true });
  },
});

export { expect };
