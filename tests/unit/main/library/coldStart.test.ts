import { cp, mkdir, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../../main/articles/articleFile';
import { Library } from '../../../../main/library/library';
import { LibraryCache } from '../../../../main/library/libraryCache';
import { decodeRowSnapshot } from '../../../../main/library/rowSnapshot';
import { SearchIndex } from '../../../../main/library/searchIndex';
import { newArticle } from '../../../../shared/article/newArticle';
import type { LibraryListing } from '../../../../shared/ipc';
import { paragraphs } from '../../../support/articles';
import { tempDir } from '../../../support/tempDir';

/** More files than one batch of a scan worker (500), so a background read lists rows before it is done. */
const count = 1_200;
const all = { search: '', status: 'all', sort: 'updated', offset: 0, limit: 100_000 } as const;
/** A body word in every 50th article only. */
const planted = 'quayside';
const plantedCount = Math.ceil(count / 50);

let corpus: { root: string; dir: string; indexed: string; expected: string[] };

/** Headlines newest first, as the library lists them by date. */
const headlinesOf = (listing: LibraryListing) => listing.articles.map((row) => row.headline);

/** Opens a library and records every listing it gives as its background work reports changes. */
async function openWatched(dir: string, cachePath: string): Promise<{ library: Library; seen: LibraryListing[] }> {
  const library = await Library.open(dir, cachePath);
  const seen: LibraryListing[] = [await library.list(all)];
  library.onBackgroundChange = () => void library.list(all).then((listing) => seen.push(listing));
  return { library, seen };
}

/** Waits for the library's background work, then checks it lists every article and finds the planted word in exactly the right ones. */
async function expectWhole(library: Library): Promise<void> {
  await library.whenChecked();
  await library.whenIdle();
  const listing = await library.list(all);
  expect(listing.isCheckingFolder).toBe(false);
  expect(listing.folderScan).toBeUndefined();
  expect(listing.index).toEqual({ state: 'ready' });
  expect(listing.total).toBe(count);
  expect(headlinesOf(listing)).toEqual(corpus.expected);
  const found = await library.list({ ...all, search: planted });
  expect(found.matched).toBe(plantedCount);
  expect(found.articles.every((row) => Number(/\((\d+)\)$/.exec(row.headline)?.[1]) % 50 === 0)).toBe(true);
}

beforeAll(async () => {
  // Its own folder (not `tempDir`, which is emptied after each test), removed after the file's tests.
  const root = await mkdtemp(join(tmpdir(), 'copydesk-cold-'));
  const dir = join(root, 'workspace');
  await mkdir(dir, { recursive: true });
  const expected: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = `a1b2c3d4-0000-4000-8000-${String(index).padStart(12, '0')}`;
    const updatedAt = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
    const headline = `Harbour report (${index})`;
    const body = paragraphs(`Story ${index}: the council met about the ferry.`, index % 50 === 0 ? `Crowds gathered on the ${planted}.` : 'Nothing else happened.');
    await writeFile(join(dir, `story-${index}.article.json`), serializeArticle({ ...newArticle(id, updatedAt, { headline, slug: `story-${index}`, body }), updatedAt }));
    expected.unshift(headline);
  }
  corpus = { root, dir, indexed: join(root, 'indexed'), expected };
  // One full cold start writes the index files every damaged copy below starts from.
  const library = await Library.open(dir, join(corpus.indexed, 'library-index.json'));
  await expectWhole(library);
  await library.close();
}, 120_000);

afterAll(async () => {
  if (corpus) await rm(corpus.root, { recursive: true, force: true });
});

/** A copy of the indexed data folder, so each test damages its own. */
async function indexedCopy(): Promise<string> {
  const userData = join(await tempDir(), 'data');
  await cp(corpus.indexed, userData, { recursive: true });
  return join(userData, 'library-index.json');
}

describe('a library start without a usable index', () => {
  it('with no snapshot, starts at once, says it is reading the folder, lists rows as they are read, and ends with every article and a search index', async () => {
    const cachePath = await indexedCopy();
    await rm(LibraryCache.snapshotPathFor(cachePath));
    await rm(SearchIndex.pathFor(cachePath));
    const { library, seen } = await openWatched(corpus.dir, cachePath);
    // Returned before the workers sent anything: nothing listed yet, and the listing says why.
    expect(seen[0]).toMatchObject({ isCheckingFolder: true, folderScan: { done: 0, total: count }, total: 0, index: { state: 'building' } });
    await library.whenChecked();
    // Some listing while reading showed part of the library, with how far the read had got.
    const partial = seen.filter((listing) => listing.total > 0 && listing.total < count);
    expect(partial.length).toBeGreaterThan(0);
    for (const listing of partial) {
      expect(listing.isCheckingFolder).toBe(true);
      expect(listing.folderScan?.done).toBeGreaterThanOrEqual(listing.total);
      expect(listing.folderScan?.done).toBeLessThan(count);
    }
    const read = await library.list(all);
    expect(read.total).toBe(count);
    expect(read.folderScan).toBeUndefined();
    await expectWhole(library);
    await library.close();
    // The snapshot written after the read gives the next start every row at once.
    expect(decodeRowSnapshot(await readFile(LibraryCache.snapshotPathFor(cachePath))).entries).toHaveLength(count);
    const warm = await Library.open(corpus.dir, cachePath);
    expect((await warm.list(all)).total).toBe(count);
    await expectWhole(warm);
    await warm.close();
  }, 120_000);

  it('keeps a save made while the folder is still being read', async () => {
    const cachePath = await indexedCopy();
    await rm(LibraryCache.snapshotPathFor(cachePath));
    const { library, seen } = await openWatched(corpus.dir, cachePath);
    // The first rows listed: one of them is opened and saved while the rest are read.
    while (!seen.some((listing) => listing.total > 0)) await new Promise((resolve) => setTimeout(resolve, 5));
    const row = seen.find((listing) => listing.total > 0)!.articles[0]!;
    const article = await library.workspace.load(row.id);
    await library.workspace.save({ ...article, dek: 'Saved while the folder was read' });
    await library.whenChecked();
    await library.whenIdle();
    const listing = await library.list(all);
    expect(listing.total).toBe(count);
    expect(listing.articles.find((item) => item.id === row.id)?.dek).toBe('Saved while the folder was read');
    await library.close();
    const warm = await Library.open(corpus.dir, cachePath);
    expect((await warm.list(all)).articles.find((item) => item.id === row.id)?.dek).toBe('Saved while the folder was read');
    await warm.close();
  }, 120_000);

  it('lists a file changed, and drops one removed, while the folder was being read as they are now', async () => {
    const root = await tempDir();
    const dir = join(root, 'workspace');
    await cp(corpus.dir, dir, { recursive: true });
    const cachePath = join(root, 'data', 'library-index.json');
    const library = await Library.open(dir, cachePath);
    // Changed at once, while the workers start: whichever reading they get, the library ends with the file as it is now.
    const changedPath = join(dir, `story-${count - 1}.article.json`);
    const changed = JSON.parse(await readFile(changedPath, 'utf8')) as Record<string, unknown>;
    await writeFile(changedPath, JSON.stringify({ ...changed, headline: 'Changed while read' }, null, 2));
    await rm(join(dir, 'story-0.article.json'));
    await library.whenChecked();
    await library.whenIdle();
    const listing = await library.list(all);
    expect(listing.total).toBe(count - 1);
    expect(headlinesOf(listing)).toEqual(['Changed while read', ...corpus.expected.slice(1, -1)]);
    expect((await library.list({ ...all, search: 'changed' })).articles.map((row) => row.headline)).toEqual(['Changed while read']);
    await library.close();
  }, 120_000);

  it('lists as unreadable, with the full check\'s reason, files whose rows were listed from their row fields but which fail the full check', async () => {
    const root = await tempDir();
    const dir = join(root, 'workspace');
    await cp(corpus.dir, dir, { recursive: true });
    // Row fields that pass the scan worker's light check; the body, a link or a source do not pass the full one.
    const base = JSON.parse(await readFile(join(dir, 'story-7.article.json'), 'utf8')) as Record<string, unknown>;
    const bad = {
      'bad-node.article.json': [{ type: 'doc', content: [{ type: 'video', attrs: { src: 'clip.mp4' } }] }, undefined, /does not fit the editor schema.*video/],
      'bad-link.article.json': [{ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }, undefined, /link "javascript:alert\(1\)"/],
      'bad-source.article.json': [base.body, [{ id: 's1', kind: 'person', name: 'Ann', title: '', affiliation: '', level: 'whispered', anonymityReason: '', contactNote: '' }], /invalid field "sources\.0\.level"/],
    } as const;
    const written = new Map<string, string>();
    let serial = 0;
    for (const [fileName, [body, sources, _reason]] of Object.entries(bad)) {
      serial += 1;
      const text = JSON.stringify({ ...base, id: `b0b0b0b0-0000-4000-8000-00000000000${serial}`, slug: fileName.replace('.article.json', ''), headline: `Bad (${serial})`, body, ...(sources ? { sources } : {}) });
      await writeFile(join(dir, fileName), text);
      written.set(fileName, text);
    }
    const cachePath = join(root, 'data', 'library-index.json');
    const { library, seen } = await openWatched(dir, cachePath);
    await library.whenChecked();
    await library.whenIdle();
    // Some listing said the files were still being checked in full; none does once they are.
    await sleep(20);
    expect(seen.some((listing) => listing.isCheckingFiles === true)).toBe(true);
    const listing = await library.list(all);
    expect(listing.isCheckingFiles).toBeUndefined();
    expect(listing.total).toBe(count);
    expect(headlinesOf(listing)).toEqual(corpus.expected);
    for (const [fileName, [, , reason]] of Object.entries(bad)) {
      expect(listing.unreadable.find((file) => file.fileName === fileName)?.reason, fileName).toMatch(reason);
      expect(await readFile(join(dir, fileName), 'utf8'), fileName).toBe(written.get(fileName));
    }
    expect((await library.list({ ...all, search: 'bad' })).matched).toBe(0);
    await library.close();
    // The next start, from the index files, lists them as unreadable too.
    const warm = await Library.open(dir, cachePath);
    const again = await warm.list(all);
    expect(again.total).toBe(count);
    expect(again.unreadable.map((file) => file.fileName).sort()).toEqual(Object.keys(bad).sort());
    await warm.close();
  }, 120_000);

  it.each([
    ['a snapshot cut short', async (cachePath: string) => {
      const path = LibraryCache.snapshotPathFor(cachePath);
      await truncate(path, Math.floor((await stat(path)).size * 0.8));
    }, (first: LibraryListing) => expect(first).toMatchObject({ isCheckingFolder: true })],
    ['a snapshot of the older JSON format', async (cachePath: string) => {
      const path = LibraryCache.snapshotPathFor(cachePath);
      const stored = decodeRowSnapshot(await readFile(path));
      const records = stored.entries.map(({ fileName, id, mtimeMs, size, hash, summary: s }) => [fileName, id, mtimeMs, size, hash, s.slug, s.kicker, s.headline, s.dek, s.status, s.bylines, s.updatedAt, s.words, s.isChangedSincePublished ? 1 : 0, s.tags, s.lead]);
      await writeFile(cachePath, JSON.stringify({ version: 3, workspace: corpus.dir, records, headlineOrder: Array.from(stored.headlineOrder ?? []), collation: stored.meta.collation, unreadable: [] }));
      await rm(path);
    }, (first: LibraryListing) => expect(first).toMatchObject({ isCheckingFolder: true, total: count })],
    ['a missing search index', async (cachePath: string) => {
      await rm(SearchIndex.pathFor(cachePath));
    }, async (first: LibraryListing, library: Library) => {
      expect(first.total).toBe(count);
      // A search made at once says the text is being indexed, and answers from the headlines meanwhile.
      const found = await library.list({ ...all, search: 'harbour' });
      expect(found.index).toMatchObject({ state: 'building', total: count });
      expect(found.matched).toBe(count);
    }],
    ['a snapshot that is not one', async (cachePath: string) => {
      await writeFile(LibraryCache.snapshotPathFor(cachePath), 'not a snapshot at all');
    }, (first: LibraryListing) => expect(first).toMatchObject({ isCheckingFolder: true, folderScan: { total: count } })],
  ])('with %s, starts at once, says what it is doing, and ends with every article and search', async (_name, damage, saysSo) => {
    const cachePath = await indexedCopy();
    await damage(cachePath);
    const { library, seen } = await openWatched(corpus.dir, cachePath);
    await saysSo(seen[0]!, library);
    await expectWhole(library);
    await library.close();
  }, 120_000);
});
