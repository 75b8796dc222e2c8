import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createApi, type MainApi } from '../../main/api/createApi';
import { appUrl, emitToPage, installBridge, serveRenderer } from '../../tests/support/appPage';
import { findChromium } from '../../tests/support/chromium';

/** The built renderer in Chromium with the real main-process handlers behind `window.copydesk`. */
export interface AppSession {
  browser: Browser;
  page: Page;
  main: MainApi;
  workspaceDir: string;
  externalRequests: string[];
  close(): Promise<void>;
}

/**
 * Starts the app as the end-to-end harness does: a fresh workspace holding copies of `articleFiles`, the real
 * handlers (`createApi`), the built renderer served from `out/renderer`, one Chromium page.
 */
export async function startSession(articleFiles: readonly string[], options: { workspaceDir?: string } = {}): Promise<AppSession> {
  const root = await mkdtemp(join(tmpdir(), 'copydesk-bench-ui-'));
  // A given folder is used as it is (the library benchmarks' corpora); the app only reads it.
  const workspaceDir = options.workspaceDir ?? join(root, 'workspace');
  await mkdir(workspaceDir, { recursive: true });
  for (const file of articleFiles) await copyFile(file, join(workspaceDir, basename(file)));
  const browser = await chromium.launch({ ...(await findChromium()), headless: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const holder: { main: MainApi | null } = { main: null };
  holder.main = await createApi({
    workspaceDir,
    userDataDir: join(root, 'userData'),
    platform: {
      chooseFolder: async () => null,
      chooseImportFiles: async () => [],
      chooseExportFile: async () => null,
      openExternal: async () => undefined,
      secrets: null,
      emit: (event, payload) => emitToPage(page, event, payload),
    },
  });
  const externalRequests: string[] = [];
  // esbuild (tsx) wraps named functions in `__name(...)`; the page needs it to run our probe.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await installBridge(page, holder);
  await serveRenderer(page, externalRequests);
  await page.goto(appUrl);
  const main = holder.main;
  return {
    browser,
    page,
    main,
    workspaceDir,
    externalRequests,
    close: async () => {
      await browser.close();
      await main.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
