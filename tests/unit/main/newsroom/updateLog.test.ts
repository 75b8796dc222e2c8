import { readdir, readFile, stat, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { UpdateLog } from '../../../../main/newsroom/updateLog';
import { tempDir } from '../../../support/tempDir';

function edits(count: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let index = 0; index < count; index += 1) doc.getText('t').insert(doc.getText('t').length, `w${index} `);
  return { doc, updates };
}

function replay(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

describe('the on-disk update log', () => {
  it('gives back every update after a reopen, and counts the edits the server has not confirmed', async () => {
    const path = join(await tempDir(), 'story.ylog');
    const { doc, updates } = edits(10);
    const { log } = await UpdateLog.open(path);
    updates.slice(0, 6).forEach((update) => log.appendLocal(update));
    log.markSynced();
    updates.slice(6).forEach((update) => log.appendLocal(update));
    await log.close();
    const reopened = await UpdateLog.open(path);
    expect(replay(reopened.updates)).toBe(doc.getText('t').toString());
    expect(reopened.log.waiting).toBe(4);
    expect(reopened.damagedBytes).toBe(0);
    await reopened.log.close();
  });

  it('moves a torn tail aside instead of dropping it silently, and keeps every whole frame', async () => {
    const dir = await tempDir();
    const path = join(dir, 'story.ylog');
    const { doc, updates } = edits(5);
    const { log } = await UpdateLog.open(path);
    updates.forEach((update) => log.appendLocal(update));
    await log.close();
    const whole = (await stat(path)).size;
    await appendFile(path, Buffer.from([200, 0, 0, 0, 1, 2, 3, 4, 1, 9, 9]));
    const reopened = await UpdateLog.open(path);
    expect(reopened.damagedBytes).toBe(11);
    expect(replay(reopened.updates)).toBe(doc.getText('t').toString());
    expect((await stat(path)).size).toBe(whole);
    const aside = (await readdir(dir)).filter((name) => name.startsWith('story.ylog.damaged-'));
    expect(aside).toHaveLength(1);
    expect((await readFile(join(dir, aside[0] as string))).length).toBe(11);
    await reopened.log.close();
  });

  it('stops at a frame whose checksum does not match', async () => {
    const path = join(await tempDir(), 'story.ylog');
    const { updates } = edits(3);
    const { log } = await UpdateLog.open(path);
    updates.forEach((update) => log.appendLocal(update));
    await log.close();
    const bytes = await readFile(path);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0xff;
    await writeFile(path, bytes);
    const reopened = await UpdateLog.open(path);
    expect(reopened.updates).toHaveLength(2);
    expect(reopened.damagedBytes).toBeGreaterThan(0);
    await reopened.log.close();
  });

  it('folds a long history into a snapshot without losing an edit or the waiting count', async () => {
    const path = join(await tempDir(), 'story.ylog');
    const { doc, updates } = edits(6_000);
    const { log } = await UpdateLog.open(path);
    updates.slice(0, 5_990).forEach((update) => log.appendLocal(update));
    log.markSynced();
    updates.slice(5_990).forEach((update) => log.appendLocal(update));
    await log.flush();
    expect(log.waiting).toBe(10);
    await log.close();
    const reopened = await UpdateLog.open(path);
    expect(reopened.updates.length).toBe(11);
    expect((await stat(path)).size).toBeLessThan(200_000);
    expect(replay(reopened.updates)).toBe(doc.getText('t').toString());
    expect(reopened.log.waiting).toBe(10);
    await reopened.log.close();
  });
});
