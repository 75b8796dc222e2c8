import { writeFile } from 'node:fs/promises';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryArticle } from '../../../../bench/fixtures/corpus';
import { serializeArticle } from '../../../../main/articles/articleFile';
import { mergeSnapshots, PackedMiniSearch } from '../../../../main/library/packedSearch';
import { mergeInWorker, scanInWorkers, scanWorkerCount } from '../../../../main/library/scanPool';
import type { ScannedEntry } from '../../../../main/library/scanProtocol';
import { describeArticle } from '../../../../main/library/summary';
import { backgroundNiceness } from '../../../../main/library/threadPriority';
import { tempDir } from '../../../support/tempDir';

/** Writes `count` generated articles into a fresh folder and returns it with their file names. */
async function folderOf(count: number): Promise<{ dir: string; names: string[] }> {
  const dir = await tempDir();
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = `story-${index}.article.json`;
    await writeFile(join(dir, name), serializeArticle(libraryArticle(index, 3)));
    names.push(name);
  }
  return { dir, names };
}

describe('scan workers', () => {
  it('list every file at the usual priority, then build the index at the lowest priority where threads have their own (Linux), leaving main as it was', async () => {
    const { dir, names } = await folderOf(450);
    const before = getPriority(process.pid);
    const listed: ScannedEntry[] = [];
    const run = scanInWorkers(dir, dir, names, { withSummaries: true, withIndex: true }, { onEntries: (entries) => listed.push(...entries) });
    const { snapshots, niceness } = await run.finished;
    expect(listed.map((entry) => entry.fileName).sort()).toEqual([...names].sort());
    expect(snapshots.length).toBe(niceness.length);
    expect(niceness.length).toBeGreaterThan(0);
    expect(niceness.every((value) => value === (process.platform === 'linux' ? backgroundNiceness : null))).toBe(true);
    expect(getPriority(process.pid)).toBe(before);
  });

  it('index each file once across workers that take their files from one shared list', async () => {
    const { dir, names } = await folderOf(450);
    const { snapshots } = await scanInWorkers(dir, dir, names, { withSummaries: false, withIndex: true }, { onEntries: () => undefined }).finished;
    expect(snapshots.length).toBe(Math.min(scanWorkerCount(), 3));
    const counts = snapshots.map((bytes) => PackedMiniSearch.fromSnapshot(bytes, dir).index.documentCount);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(names.length);
  });

  it('merge index parts in a worker into the very bytes a merge on this thread gives', async () => {
    const documents = Array.from({ length: 160 }, (_, index) => describeArticle(libraryArticle(index, 5), `story-${index}.article.json`).search);
    const partOf = (slice: typeof documents) => {
      const index = new PackedMiniSearch();
      for (const document of slice) index.add(document);
      return index.toSnapshot('/tmp/workspace', (id) => `hash-${id}`);
    };
    const parts = [partOf(documents.slice(0, 70)), partOf(documents.slice(70))];
    const expected = mergeSnapshots(parts, '/tmp/workspace', 'gen-7');
    const merged = await mergeInWorker(parts, '/tmp/workspace', 'gen-7');
    expect(Buffer.from(merged).equals(expected)).toBe(true);
  });

  it('move index parts that own their buffers to the merge worker instead of copying them, and copy a part that shares one', async () => {
    const documents = Array.from({ length: 60 }, (_, index) => describeArticle(libraryArticle(index, 6), `story-${index}.article.json`).search);
    const partOf = (slice: typeof documents) => {
      const index = new PackedMiniSearch();
      for (const document of slice) index.add(document);
      return index.toSnapshot('/tmp/workspace', (id) => `hash-${id}`);
    };
    const owned = new Uint8Array(partOf(documents.slice(0, 30)));
    const sharedPart = partOf(documents.slice(30));
    const backing = new Uint8Array(sharedPart.byteLength + 16);
    backing.set(sharedPart, 8);
    const inside = backing.subarray(8, 8 + sharedPart.byteLength);
    const expected = mergeSnapshots([owned, inside], '/tmp/workspace', 'gen-8');
    const merged = await mergeInWorker([owned, inside], '/tmp/workspace', 'gen-8');
    expect(Buffer.from(merged).equals(expected)).toBe(true);
    expect(owned.byteLength).toBe(0);
    expect(inside.byteLength).toBe(sharedPart.byteLength);
  });
});
