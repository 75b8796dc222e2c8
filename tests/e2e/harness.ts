import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createApi, type MainApi } from '../../main/api/createApi';
import { aesGcmSecrets, type Secrets } from '../../main/secrets/secrets';
import { appUrl, emitToPage, installBridge, serveRenderer, unloadPage } from '../support/appPage';

export { appUrl, axeViolations, colourRules } from '../support/appPage';

/**
 * How long a test waits for the report of a session's first import: it starts the import worker
 * thread, which loads the parsers and the attribution analyser's language model (about 1.3 s of
 * CPU, measured), more than the default 10 s wait on a machine loaded several times over. A cap,
 * not a speed target.
 */
export const firstImportTimeout = 30_000;

/** A running copy of the app: the real main-process handlers over a fresh temporary workspace. */
export interface AppHarness {
  page: Page;
  workspaceDir: string;
  userDataDir: string;
  main: MainApi;
  /** Requests that tried to leave the machine (anything not served from `appUrl`). */
  externalRequests: string[];
  /** Closes the page, then main, and opens the page again with a fresh main process over the same workspace and data folder: a restart. */
  restart(): Promise<void>;
  /** What the next native dialogs answer: a folder, files to import, a file to export to. */
  nextFolderChoice: string | null;
  nextImportFiles: string[];
  nextExportFile: string | null;
  /** Links main handed to the "system browser" (`Platform.openExternal`). */
  openedLinks: string[];
  /** The keychain the next `restart()` uses; `null` means this computer has none. */
  secrets: Secrets | null;
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
      nextImportFiles: [],
      nextExportFile: null,
      openedLinks: [],
      secrets: aesGcmSecrets(Buffer.alloc(32, 7)),
      get main() {
        if (!holder.main) throw new Error('main is not running');
        return holder.main;
      },
      restart: async () => {
        // In Electron's order: the window unloads first (its last messages reach the main process
        // still running), then main closes, waiting for its writes.
        await unloadPage(page);
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
          chooseImportFiles: async () => harness.nextImportFiles,
          chooseExportFile: async () => harness.nextExportFile,
          openExternal: async (url) => void harness.openedLinks.push(url),
          secrets: harness.secrets,
          emit: (event, payload) => emitToPage(page, event, payload),
        },
      });
    holder.main = await startMain();
    await installBridge(page, holder);
    await serveRenderer(page, externalRequests);
    await page.goto(appUrl);
    await use(harness);
    await holder.main?.close();
    // A save the page started just before the end may still be writing: retry while it finishes.
    await rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  },
});

export { expect };
