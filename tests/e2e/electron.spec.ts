import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../main/cli/electronBinary';

const binary = findElectronBinary();
const skipReason = 'no Electron binary on this machine (node_modules/electron/dist is empty and ELECTRON_OVERRIDE_DIST_PATH is unset); the same journey runs in Chromium in article-lifecycle.spec.ts';

test.describe('the packaged Electron app', () => {
  test.skip(!binary, skipReason);
  if (!binary) console.log(`electron.spec.ts skipped: ${skipReason}`);

  test('launches, creates and saves an article (its analysis worker loaded from copydesk://), and shows it again after a relaunch', async () => {
    const root = await mkdtemp(join(tmpdir(), 'copydesk-electron-'));
    const env = { ...process.env, COPYDESK_WORKSPACE: join(root, 'workspace'), COPYDESK_USER_DATA: join(root, 'userData') };
    const launch = () => electron.launch({ executablePath: binary!, args: ['.'], env });
    let app = await launch();
    let window = await app.firstWindow();
    await window.getByRole('button', { name: 'New article' }).click();
    await window.getByRole('textbox', { name: 'Headline', exact: true }).fill('Written in Electron');
    await window.keyboard.press('Control+s');
    await expect(window.locator('[data-save-state="saved"]')).toBeVisible();
    // The open article's analysis runs in a module worker loaded from the app's own scheme (SECURITY.md).
    await expect.poll(() => window.workers().map((worker) => worker.url())).toEqual([expect.stringMatching(/^copydesk:\/\/app\/assets\/analysisWorker-[\w-]+\.js$/)]);
    await app.close();
    app = await launch();
    window = await app.firstWindow();
    await expect(window.getByRole('list', { name: 'Articles' }).getByText('Written in Electron')).toBeVisible();
    await app.close();
    await rm(root, { recursive: true, force: true });
  });
});
