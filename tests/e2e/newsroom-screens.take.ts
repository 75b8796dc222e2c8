import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startNewsroomServer } from '../../main/newsroom/server/newsroomServer';
import { openAppInstance } from '../support/appInstance';
import { harbourStory, storyHeadline } from '../support/newsroomStory';
import { combinations, openStoryFromLibrary } from './journeys';

const outDir = join('screenshots');

async function shoot(page: Page, index: number, name: string): Promise<void> {
  for (const { viewport, colorScheme } of combinations) {
    const folder = join(outDir, `${viewport.width}x${viewport.height}-${colorScheme}`);
    await mkdir(folder, { recursive: true });
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(folder, `n${String(index).padStart(2, '0')}-${name}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('screenshots of the newsroom screens at 1440×900 and 1024×700, light and dark', async ({ browser }) => {
  test.setTimeout(300_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'copydesk-shots-server-'));
  let server = await startNewsroomServer({ dataDir, port: 0 });
  const port = server.port;
  const samToken = server.users.issueToken('Sam Editor');
  const reporter = await openAppInstance(browser, { viewport: { width: 1440, height: 900 } });
  const editor = await openAppInstance(browser, { viewport: { width: 1440, height: 900 } });
  try {
    const created = await reporter.main.api.createArticle({ headline: storyHeadline });
    await reporter.main.api.saveArticle({ article: { ...created, ...harbourStory() }, isExplicit: true });
    for (const [app, name] of [[reporter, 'Ana Ruiz'], [editor, 'Sam Editor']] as const) {
      await app.main.api.updateSettings({ reviewerName: name });
      await app.page.reload();
    }
    const page = reporter.page;
    await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Newsroom server…' }).click();
    const settings = page.getByRole('dialog', { name: 'Newsroom server' });
    await settings.getByLabel('Server address').fill(server.url);
    await shoot(page, 1, 'newsroom-settings');
    await settings.getByLabel(/Your token/).fill('not-a-token-the-server-knows');
    await settings.getByRole('button', { name: 'Connect' }).click();
    await openStoryFromLibrary(page);
    await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Newsroom server…' }).click();
    await expect(settings.getByText(/Not signed in/)).toBeVisible();
    await shoot(page, 2, 'newsroom-settings-refused');
    await settings.getByLabel(/Your token/).fill(server.users.issueToken('Ana Ruiz'));
    await settings.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('button', { name: 'Share…' }).click();
    await page.getByRole('dialog', { name: 'Share' }).getByLabel('Only these people').check();
    await page.getByRole('dialog', { name: 'Share' }).getByLabel('Names, separated by commas').fill('Sam Editor');
    await shoot(page, 3, 'share-dialog');
    await page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Synced');

    await editor.page.getByRole('button', { name: 'Settings' }).click();
    await editor.page.getByRole('button', { name: 'Newsroom server…' }).click();
    await editor.page.getByLabel('Server address').fill(server.url);
    await editor.page.getByLabel(/Your token/).fill(samToken);
    await editor.page.getByRole('button', { name: 'Connect' }).click();
    await editor.page.getByRole('region', { name: 'Shared stories' }).getByRole('button', { name: /Shared by Ana Ruiz/ }).click();
    await editor.page.getByRole('textbox', { name: 'Article body' }).locator('p').nth(1).click();
    await editor.page.keyboard.press('End');
    await expect(page.locator('.collaboration-caret-label', { hasText: 'Sam Editor' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Shared stories' }).getByText(/In it now/)).toBeVisible({ timeout: 15_000 });
    await shoot(page, 4, 'shared-story-with-caret');
    await page.getByRole('tab', { name: 'Review' }).click();
    await editor.page.getByRole('tab', { name: 'Review' }).click();
    const item = editor.page.getByRole('region', { name: /^Quotes by (Lena )?Grant$/ }).getByRole('listitem').first();
    await item.getByRole('button', { name: 'Flag…' }).click();
    await item.getByRole('textbox', { name: 'What must be checked?' }).fill('Check against the recording');
    await item.getByRole('button', { name: 'Flag quote' }).click();
    await expect(page.getByText('Flag: Check against the recording')).toBeVisible();
    await shoot(page, 5, 'review-flag-from-editor');
    await shoot(editor.page, 6, 'editor-shared-list');
    await server.close();
    await page.getByRole('textbox', { name: 'Article body' }).locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed offline.');
    await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText(/Offline, \d+ changes? waiting/);
    await shoot(page, 7, 'offline-changes-waiting');
    server = await startNewsroomServer({ dataDir, port });
    await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Synced', { timeout: 30_000 });
  } finally {
    await reporter.close();
    await editor.close();
    await server.close().catch(() => undefined);
  }
});
