import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { createApi, type MainApi } from '../../main/api/createApi';
import { aesGcmSecrets } from '../../main/secrets/secrets';
import { appUrl, emitToPage, installBridge, serveRenderer } from './appPage';

/** One running copy of the app in its own browser context: its own main process state, workspace and data folder. */
export interface AppInstance {
  page: Page;
  main: MainApi;
  workspaceDir: string;
  userDataDir: string;
  /** Requests the page tried to send anywhere but the app itself. */
  externalRequests: string[];
  /** Where "Export and publish…" writes (the save dialog's answer in this instance). */
  exportFile: string;
  close(): Promise<void>;
}

/**
 * Starts another copy of the app beside the `app` fixture's: a fresh browser context (its own
 * storage), the real main-process handlers over fresh folders, the built renderer.
 */
export async function openAppInstance(browser: Browser, options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {}): Promise<AppInstance> {
  const root = await mkdtemp(join(tmpdir(), 'copydesk-e2e-app-'));
  const workspaceDir = join(root, 'workspace');
  const userDataDir = join(root, 'userData');
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const exportFile = join(root, 'exported.html');
  const main = await createApi({
    workspaceDir,
    userDataDir,
    platform: {
      chooseFolder: async () => null,
      chooseImportFiles: async () => [],
      chooseExportFile: async () => exportFile,
      openExternal: async () => undefined,
      secrets: aesGcmSecrets(Buffer.alloc(32, 9)),
      emit: (event, payload) => emitToPage(page, event, payload),
    },
  });
  const externalRequests: string[] = [];
  await installBridge(page, { main });
  await serveRenderer(page, externalRequests);
  await page.goto(appUrl);
  return {
    page,
    main,
    workspaceDir,
    userDataDir,
    externalRequests,
    exportFile,
    close: async () => {
      await context.close();
      await main.close();
      await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
