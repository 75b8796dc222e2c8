import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../../main/settings/settingsStore';
import { startMain } from '../../../support/mainApi';
import { tempDir } from '../../../support/tempDir';

const articleId = '5e5e5e5e-0000-4000-8000-000000000001';
const reading = (block: number) => ({ id: articleId, scrollTop: block * 300, anchor: { block, offset: 37 } });

describe('the settings store', () => {
  it('writes changes made one after another without waiting in the order they were made, so the file ends with the last', async () => {
    const dir = await tempDir();
    const store = await SettingsStore.open(dir);
    const updates = Array.from({ length: 30 }, (_, block) => store.update({ lastOpen: reading(block) }));
    await Promise.all(updates);
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).lastOpen).toEqual(reading(29));
    expect((await SettingsStore.open(dir)).get().lastOpen).toEqual(reading(29));
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('keeps writing after a failed write, and a flush waits for every write without throwing the failure', async () => {
    const dir = await tempDir();
    const store = await SettingsStore.open(join(dir, 'missing'));
    await expect(store.update({ reviewerName: 'Sam' })).rejects.toMatchObject({ code: 'write-failed' });
    await expect(store.flush()).resolves.toBeUndefined();
    const working = await SettingsStore.open(dir);
    void working.update({ reviewerName: 'Kim' });
    await working.flush();
    expect((await SettingsStore.open(dir)).get().reviewerName).toBe('Kim');
  });
});

describe('settings across a restart of the main process', () => {
  it('a reading position sent just before closing is there after the restart: closing waits for the write on its way', async () => {
    const main = await startMain();
    await main.api.updateSettings({ lastOpen: { id: articleId, scrollTop: 0 } });
    // The renderer's calls as the reporter scrolls, the last one at paragraph 200: memory has it at
    // once, while the file writes (one after another) are still on their way when the close starts.
    for (let block = 150; block <= 200; block += 1) void main.api.updateSettings({ lastOpen: reading(block) });
    expect((await main.api.getSettings(undefined)).lastOpen).toEqual(reading(200));
    await main.close();
    const again = await startMain(main.root);
    expect((await again.api.getSettings(undefined)).lastOpen).toEqual(reading(200));
    await again.close();
  });
});
