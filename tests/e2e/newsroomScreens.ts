import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { NewsroomClient } from '../../main/newsroom/newsroomClient';
import { startNewsroomServer, type RunningNewsroomServer } from '../../main/newsroom/server/newsroomServer';
import { openStoryFromLibrary } from './journeys';
import type { Screen } from './screens';

/** What the newsroom screens start and must stop: a real server on loopback and a second person's sync client. */
const running: { server: RunningNewsroomServer | null; editor: NewsroomClient | null } = { server: null, editor: null };

/** Stops the server and the second person's client the newsroom screens started (safe to call when none did). */
export async function closeNewsroomScreens(): Promise<void> {
  await running.editor?.close().catch(() => undefined);
  await running.server?.close().catch(() => undefined);
  running.editor = null;
  running.server = null;
}

const newsroomDialog = (page: Page) => page.getByRole('dialog', { name: 'Newsroom server' });

const openNewsroomDialog = async (page: Page) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Newsroom server…' }).click();
  await expect(newsroomDialog(page)).toBeVisible();
};

const closeDialogs = async (page: Page) => {
  for (let round = 0; round < 3 && (await page.locator('dialog[open]').count()) > 0; round += 1) await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
};

const openStory = openStoryFromLibrary;

const status = (page: Page) => page.getByRole('status', { name: 'Sync status' });

/**
 * The newsroom's screens, walked after the rest with a real newsroom server on loopback: the
 * Newsroom server settings (address filled in; then refused with a reason), the Share dialog, the
 * shared story with a second person in it (the Shared list's "In it now" and the bar's peers), and
 * the sync status once the server is gone and changes wait ("Offline, N changes waiting").
 */
export const newsroomScreens: Screen[] = [
  {
    name: 'newsroom-settings',
    show: async ({ page }) => {
      await closeDialogs(page);
      running.server = await startNewsroomServer({ dataDir: await mkdtemp(join(tmpdir(), 'copydesk-screens-server-')), port: 0 });
      await openNewsroomDialog(page);
      await newsroomDialog(page).getByLabel('Server address').fill(running.server.url);
    },
  },
  {
    name: 'newsroom-settings-refused',
    show: async ({ page }) => {
      await newsroomDialog(page).getByLabel(/Your token/).fill('not-a-token-the-server-knows');
      await newsroomDialog(page).getByRole('button', { name: 'Connect' }).click();
      await closeDialogs(page);
      await openNewsroomDialog(page);
      await expect(newsroomDialog(page).getByText(/Not signed in/)).toBeVisible({ timeout: 15_000 });
    },
  },
  {
    name: 'share-dialog',
    show: async ({ page }) => {
      const server = running.server as RunningNewsroomServer;
      await newsroomDialog(page).getByLabel(/Your token/).fill(server.users.issueToken('Ana Ruiz'));
      await newsroomDialog(page).getByRole('button', { name: 'Connect' }).click();
      await closeDialogs(page);
      await openStory(page);
      await page.getByRole('button', { name: 'Share…' }).click();
      const share = page.getByRole('dialog', { name: 'Share' });
      await share.getByLabel('Only these people').check();
      await share.getByLabel('Names, separated by commas').fill('Sam Editor');
    },
  },
  {
    name: 'shared-story-with-presence',
    show: async ({ page }) => {
      const server = running.server as RunningNewsroomServer;
      const samToken = server.users.issueToken('Sam Editor');
      await page.getByRole('dialog', { name: 'Share' }).getByRole('button', { name: 'Share', exact: true }).click();
      await expect(status(page)).toHaveText('Synced', { timeout: 15_000 });
      // A second person on their own machine: a sync client in this process, with a window's presence.
      const editor = new NewsroomClient(await mkdtemp(join(tmpdir(), 'copydesk-screens-editor-')), { serverUrl: server.url, token: samToken });
      running.editor = editor;
      editor.connect();
      const shared = await editor.listStories();
      if (shared.length !== 1) throw new Error(`Sam Editor should have exactly the demo story shared with him, not ${shared.length} stories`);
      const storyId = (shared[0] as { storyId: string }).storyId;
      const story = await editor.openStory(storyId);
      const awareness = new Awareness(new Y.Doc());
      awareness.setLocalState({ user: { name: 'Sam Editor', color: '#8a4baf' }, cursor: null });
      story.applyPresence(encodeAwarenessUpdate(awareness, [awareness.clientID]));
      await expect(page.getByRole('region', { name: 'Shared stories' }).getByText('In it now: Ana Ruiz, Sam Editor')).toBeVisible({ timeout: 20_000 });
      await expect(page.getByLabel('Also in this story')).toContainText(/Sam Editor|S/);
    },
  },
  {
    name: 'sync-offline-changes-waiting',
    show: async ({ page }) => {
      await running.editor?.close();
      running.editor = null;
      await running.server?.close();
      running.server = null;
      await page.getByRole('textbox', { name: 'Article body' }).locator('p').first().click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('Typed offline. ');
      await expect(status(page)).toHaveText(/Offline, \d+ changes? waiting/, { timeout: 15_000 });
    },
  },
];
