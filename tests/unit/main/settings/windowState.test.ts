import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWindowState, writeWindowState } from '../../../../main/settings/windowStateFile';
import { tempDir } from '../../../support/tempDir';

describe('the window-state file', () => {
  it('is written through the durable write and read back; no temp file is left', async () => {
    const dir = await tempDir();
    expect(await readWindowState(dir)).toBeNull();
    await writeWindowState(dir, { x: 10, y: 20, width: 1200, height: 800, isMaximized: true });
    expect(await readWindowState(dir)).toEqual({ x: 10, y: 20, width: 1200, height: 800, isMaximized: true });
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('a damaged or foreign file reads as no state (defaults), and a failed write rejects and keeps the old file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'window-state.json'), '{"x": 10, "y": 2');
    expect(await readWindowState(dir)).toBeNull();
    await writeFile(join(dir, 'window-state.json'), '{"x": "left", "y": 2, "width": 1, "height": 1, "isMaximized": false}');
    expect(await readWindowState(dir)).toBeNull();
    await expect(writeWindowState(join(dir, 'missing'), { x: 0, y: 0, width: 900, height: 600, isMaximized: false })).rejects.toMatchObject({ code: 'write-failed' });
    expect(await readFile(join(dir, 'window-state.json'), 'utf8')).toContain('"left"');
  });

  it('refuses a state that is not one', async () => {
    const dir = await tempDir();
    await expect(writeWindowState(dir, { x: Number.NaN, y: 0, width: 900, height: 600, isMaximized: false })).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
