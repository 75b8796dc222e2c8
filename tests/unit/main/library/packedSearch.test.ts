import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryArticle } from '../../../../bench/fixtures/corpus';
import { plantedWord } from '../../../../bench/fixtures/words';
import { SearchIndexReadError } from '../../../../main/library/packedFormat';
import { mergeSnapshots, PackedMiniSearch } from '../../../../main/library/packedSearch';
import { describeArticle, type SearchDocument } from '../../../../main/library/summary';
import { tempDir } from '../../../support/tempDir';

const workspace = '/tmp/workspace';
const documents: SearchDocument[] = Array.from({ length: 240 }, (_, index) => describeArticle(libraryArticle(index, 1), `story-${index + 1}.article.json`).search);
/** Exact words, prefixes (the last word), fuzzy words (six letters and more), several words, a number from a headline. */
const queries = [plantedWord, 'council', 'harb', 'harbuor', 'counci', 'bridge repairs', 'lindqvist', 'tuesday flood', '117', 'zzzz', 'the'];

function freshIndex(docs: readonly SearchDocument[]): PackedMiniSearch {
  const index = new PackedMiniSearch();
  for (const doc of docs) if (!index.has(doc.id)) index.add(doc);
  return index;
}

/** What a search found, by article: score (to 9 places) and the words matched, so only the order of equal scores may differ. */
function answers(index: PackedMiniSearch): Record<string, Record<string, [number, string[]]>> {
  return Object.fromEntries(queries.map((query) => [query, Object.fromEntries(index.find(query).map((hit) => [String(hit.id), [Number(hit.score.toFixed(9)), Object.keys(hit.match).sort()]]))]));
}

const hashOf = (id: string) => `hash-${id}`;
const load = (bytes: Uint8Array) => PackedMiniSearch.fromSnapshot(bytes, workspace);

describe('PackedMiniSearch files', () => {
  it('load without building the index, and answer every kind of query as the index they were written from', () => {
    const fresh = freshIndex(documents);
    const loaded = load(fresh.toSnapshot(workspace, hashOf, 'gen-1'));
    expect(loaded.journal).toBe('gen-1');
    expect(loaded.hashes.get(documents[3]!.id)).toBe(hashOf(documents[3]!.id));
    expect(answers(loaded.index)).toEqual(answers(fresh));
    expect(loaded.index.documentCount).toBe(documents.length);
  });

  it('joined from worker parts (one id claimed twice), answer as one index taking every article once', () => {
    const clash = { ...documents[200]!, id: documents[10]!.id, text: 'a copy made outside Copydesk about gravel' };
    const parts = [documents.slice(0, 120), [...documents.slice(120), clash]].map((part) => freshIndex(part).toSnapshot(workspace, hashOf));
    const merged = load(mergeSnapshots(parts, workspace, 'gen-2'));
    expect(merged.index.documentCount).toBe(documents.length);
    expect(answers(merged.index)).toEqual(answers(freshIndex(documents)));
    expect(merged.index.find('gravel')).toEqual([]);
  });

  it('take changes after loading as the index they came from does, and write them out as an index built with them', () => {
    const changed = { ...documents[5]!, text: `${documents[5]!.text} The ferry timetable changed.` };
    const added = { ...documents[0]!, id: 'a1b2c3d4-0000-4000-8000-0000000000ff', headline: 'Ferry crews vote' };
    const change = (index: PackedMiniSearch) => {
      index.discard(changed.id);
      index.add(changed);
      index.add(added);
      index.discard(documents[7]!.id);
      return index;
    };
    const fresh = freshIndex(documents);
    const loaded = change(load(fresh.toSnapshot(workspace, hashOf)).index);
    const words = [...queries, 'ferry', 'timetable', 'crews'];
    const found = (index: PackedMiniSearch) => words.map((word) => index.find(word).map((hit) => [hit.id, Number(hit.score.toFixed(9))]).sort());
    // Until rewritten, discarded documents' postings stay (MiniSearch without vacuuming), in both.
    expect(found(loaded)).toEqual(found(change(fresh)));
    // Written out, only live postings remain: as an index built from the final articles.
    const final = freshIndex([...documents.filter((doc) => doc.id !== changed.id && doc.id !== documents[7]!.id), changed, added]);
    expect(found(load(loaded.toSnapshot(workspace, hashOf)).index)).toEqual(found(final));
  });

  it('opened from disk, read only the postings a search reaches, answer as the file held in memory, and fail with a read error when the file is cut short after', async () => {
    const fresh = freshIndex(documents);
    const bytes = fresh.toSnapshot(workspace, hashOf, 'gen-3');
    const path = join(await tempDir(), 'index-search.bin');
    await writeFile(path, bytes);
    const opened = await PackedMiniSearch.openFile(path, workspace);
    try {
      expect(opened.journal).toBe('gen-3');
      expect(opened.hashes.get(documents[9]!.id)).toBe(hashOf(documents[9]!.id));
      expect(answers(opened.index)).toEqual(answers(fresh));
    } finally {
      await opened.close();
    }
    // Postings not read yet are read from the file: once it is cut short, a search for a word not searched before fails, and says why.
    const again = await PackedMiniSearch.openFile(path, workspace);
    try {
      expect(again.index.find('harbour').length).toBeGreaterThan(0);
      await truncate(path, 64);
      expect(again.index.find('harbour').length).toBeGreaterThan(0);
      expect(() => again.index.find('council')).toThrow(SearchIndexReadError);
      expect(() => again.index.find('council')).toThrow(/cut short after it was loaded/);
    } finally {
      await again.close();
    }
  });

  it('refuse a file of another version, another workspace, or cut short, naming the problem', () => {
    const bytes = freshIndex(documents.slice(0, 20)).toSnapshot(workspace, hashOf);
    expect(() => PackedMiniSearch.fromSnapshot(bytes, '/elsewhere')).toThrow(/another workspace/);
    expect(() => load(bytes.subarray(0, bytes.length - 200))).toThrow(/truncated/);
    const jsonLength = bytes.readUInt32LE(4);
    const older = Buffer.from(bytes);
    older.write(bytes.toString('utf8', 8, 8 + jsonLength).replace('"version":2', '"version":1'), 8, 'utf8');
    expect(() => load(older)).toThrow(/version 1 is not 2/);
    expect(() => load(Buffer.concat([bytes, Buffer.alloc(8)]))).toThrow(/8 bytes past its end/);
  });

  it('opened from disk, refuse a file of another version, another workspace, or cut short, naming the problem', async () => {
    const bytes = freshIndex(documents.slice(0, 20)).toSnapshot(workspace, hashOf);
    const root = await tempDir();
    const fileOf = async (name: string, content: Uint8Array) => {
      await writeFile(join(root, name), content);
      return join(root, name);
    };
    const jsonLength = bytes.readUInt32LE(4);
    const older = Buffer.from(bytes);
    older.write(bytes.toString('utf8', 8, 8 + jsonLength).replace('"version":2', '"version":1'), 8, 'utf8');
    await expect(PackedMiniSearch.openFile(await fileOf('whole.bin', bytes), '/elsewhere')).rejects.toThrow(/another workspace/);
    await expect(PackedMiniSearch.openFile(await fileOf('short.bin', bytes.subarray(0, bytes.length - 200)), workspace)).rejects.toThrow(/truncated/);
    await expect(PackedMiniSearch.openFile(await fileOf('header.bin', bytes.subarray(0, 20)), workspace)).rejects.toThrow(/truncated/);
    await expect(PackedMiniSearch.openFile(await fileOf('older.bin', older), workspace)).rejects.toThrow(/version 1 is not 2/);
    await expect(PackedMiniSearch.openFile(await fileOf('text.bin', Buffer.from('not an index at all')), workspace)).rejects.toThrow(/not a Copydesk search index/);
    await expect(PackedMiniSearch.openFile(join(root, 'missing.bin'), workspace)).rejects.toThrow(/ENOENT/);
  });
});
