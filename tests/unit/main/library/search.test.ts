import { mkdir, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../../main/articles/articleFile';
import { Library } from '../../../../main/library/library';
import { LibraryCache } from '../../../../main/library/libraryCache';
import { decodeRowSnapshot, encodeRowSnapshot } from '../../../../main/library/rowSnapshot';
import { SearchIndex } from '../../../../main/library/searchIndex';
import { headlineCollation } from '../../../../main/library/sortedLists';
import { newArticle } from '../../../../shared/article/newArticle';
import { paragraphs } from '../../../support/articles';
import { tempDir } from '../../../support/tempDir';

const all = { search: '', status: 'all', sort: 'updated' } as const;
const now = '2026-11-28T10:00:00.000Z';

async function libraryWithTwoArticles() {
  const root = await tempDir();
  const dir = join(root, 'workspace');
  const cachePath = join(root, 'library-index.json');
  const library = await Library.open(dir, cachePath);
  const ferry = await library.workspace.create({ headline: 'Ferry strike' }, now);
  await library.workspace.save({ ...ferry, tags: ['transport'], bylines: [{ name: 'Ana Lindqvist', role: 'reporter' }], body: paragraphs('Commuters queued at the pier for hours.') });
  await library.workspace.create({ headline: 'Library opens new wing' }, now);
  await library.close();
  return { root, dir, cachePath };
}

const headlines = async (library: Library, search: string) => (await library.list({ ...all, search })).articles.map((row) => row.headline);

describe('library search', () => {
  it('finds an article by a body word, the start of a word, a tag and a byline, and says which words matched', async () => {
    const { dir, cachePath } = await libraryWithTwoArticles();
    const library = await Library.open(dir, cachePath);
    expect(await headlines(library, 'pier')).toEqual(['Ferry strike']);
    expect(await headlines(library, 'commut')).toEqual(['Ferry strike']);
    expect(await headlines(library, 'transport')).toEqual(['Ferry strike']);
    expect(await headlines(library, 'lindqvist')).toEqual(['Ferry strike']);
    expect((await library.list({ ...all, search: 'commut' })).articles[0]?.terms).toEqual(['commuters']);
    expect((await library.list(all)).articles).toHaveLength(2);
    await library.close();
  });

  it('loads the persisted index at a warm start, and a save changes the index by one journal line, not a new index file', async () => {
    const { dir, cachePath } = await libraryWithTwoArticles();
    const searchPath = SearchIndex.pathFor(cachePath);
    const written = (await stat(searchPath)).mtimeMs;
    const library = await Library.open(dir, cachePath);
    const listing = await library.list(all);
    expect(listing.index).toEqual({ state: 'ready' });
    const wing = listing.articles.find((row) => row.headline === 'Library opens new wing')!;
    const article = await library.workspace.load(wing.id);
    await library.workspace.save({ ...article, body: paragraphs('The atrium holds a quarantine of rare manuscripts.') });
    expect(await headlines(library, 'manuscripts')).toEqual(['Library opens new wing']);
    await library.close();
    expect((await stat(searchPath)).mtimeMs).toBe(written);
    expect(await readdir(join(cachePath, '..'))).toContain('library-index-search.log');
    const reopened = await Library.open(dir, cachePath);
    expect(await headlines(reopened, 'manuscripts')).toEqual(['Library opens new wing']);
    await reopened.close();
  });

  it('rebuilds a missing or corrupt search index in the background, answering from headlines meanwhile and saying so', async () => {
    const { dir, cachePath } = await libraryWithTwoArticles();
    const searchPath = SearchIndex.pathFor(cachePath);
    await writeFile(searchPath, 'not an index');
    const library = await Library.open(dir, cachePath);
    const during = await library.list({ ...all, search: 'ferry' });
    if (during.index.state === 'building') expect(during.articles.map((row) => row.headline)).toEqual(['Ferry strike']);
    await library.whenIdle();
    const after = await library.list({ ...all, search: 'pier' });
    expect(after.index).toEqual({ state: 'ready' });
    expect(after.articles.map((row) => row.headline)).toEqual(['Ferry strike']);
    await library.close();
    await rm(searchPath);
    const again = await Library.open(dir, cachePath);
    expect((await again.list({ ...all, search: 'ferry' })).index.state).toBe('building');
    await again.whenIdle();
    expect(await headlines(again, 'queued')).toEqual(['Ferry strike']);
    await again.close();
  });

  it('rebuilds an index file of an older format in the background, answering from headlines meanwhile and saying so, then loads the new one', async () => {
    const { dir, cachePath } = await libraryWithTwoArticles();
    const searchPath = SearchIndex.pathFor(cachePath);
    // A version 1 file: the magic number, then a JSON header naming its version.
    const header = Buffer.from(JSON.stringify({ version: 1, workspace: dir, journal: '', documentCount: 2, terms: [] }), 'utf8');
    const older = Buffer.alloc(8 + Math.ceil(header.length / 4) * 4);
    older.writeUInt32LE(0x43445331, 0);
    older.writeUInt32LE(header.length, 4);
    header.copy(older, 8);
    await writeFile(searchPath, older);
    const library = await Library.open(dir, cachePath);
    const during = await library.list({ ...all, search: 'ferry' });
    expect(during.index.state).toBe('building');
    expect(during.articles.map((row) => row.headline)).toEqual(['Ferry strike']);
    await library.whenIdle();
    expect(await library.list({ ...all, search: 'pier' })).toMatchObject({ index: { state: 'ready' }, matched: 1 });
    await library.close();
    const written = await stat(searchPath);
    const reopened = await Library.open(dir, cachePath);
    expect(await headlines(reopened, 'commut')).toEqual(['Ferry strike']);
    await reopened.whenIdle();
    await reopened.close();
    expect((await stat(searchPath)).mtimeMs).toBe(written.mtimeMs);
  });

  it('lists at a cold start in worker threads before the text is indexed, keeps a save made meanwhile, and writes the index', async () => {
    const { dir, cachePath } = await libraryWithTwoArticles();
    await rm(LibraryCache.snapshotPathFor(cachePath));
    await rm(SearchIndex.pathFor(cachePath));
    const library = await Library.open(dir, cachePath, { workerThreshold: 0 });
    await library.whenChecked();
    const listing = await library.list(all);
    expect(listing.total).toBe(2);
    const wing = listing.articles.find((row) => row.headline === 'Library opens new wing')!;
    // Saved while the workers may still be indexing: the change waits for the index, it is not lost.
    const article = await library.workspace.load(wing.id);
    await library.workspace.save({ ...article, body: paragraphs('A reading room of ship logbooks.') });
    const during = await library.list({ ...all, search: 'ferry' });
    if (during.index.state === 'building') expect(during.articles.map((row) => row.headline)).toEqual(['Ferry strike']);
    await library.whenIdle();
    expect((await library.list(all)).index).toEqual({ state: 'ready' });
    expect(await headlines(library, 'pier')).toEqual(['Ferry strike']);
    expect(await headlines(library, 'logbooks')).toEqual(['Library opens new wing']);
    await library.close();
    expect((await stat(SearchIndex.pathFor(cachePath))).size).toBeGreaterThan(0);
    const warm = await Library.open(dir, cachePath);
    expect(await headlines(warm, 'logbooks')).toEqual(['Library opens new wing']);
    await warm.close();
  });

  it('notices at a warm start files added, changed and removed while it was closed', async () => {
    const { dir, cachePath } = await libraryWithTwoArticles();
    const added = newArticle('a1b2c3d4-0000-4000-8000-00000000000a', now, { headline: 'Tram line reopens', slug: 'tram-line-reopens', body: paragraphs('Trams return to Redhill.') });
    await writeFile(join(dir, 'tram-line-reopens.article.json'), serializeArticle(added));
    await rm(join(dir, 'library-opens-new-wing.article.json'));
    const library = await Library.open(dir, cachePath);
    // Listed from the index at once, saying the folder is being checked; the changes appear when found.
    const first = await library.list({ ...all, sort: 'headline' });
    expect(first.isCheckingFolder).toBe(true);
    expect(first.articles.map((row) => row.headline)).toEqual(['Ferry strike', 'Library opens new wing']);
    await library.whenIdle();
    const checked = await library.list({ ...all, sort: 'headline' });
    expect(checked.isCheckingFolder).toBe(false);
    expect(checked.articles.map((row) => row.headline)).toEqual(['Ferry strike', 'Tram line reopens']);
    expect(await headlines(library, 'redhill')).toEqual(['Tram line reopens']);
    await library.close();
  });

  it('rebuilds an index file cut short after it was loaded when a search first reads it, answering from headlines meanwhile, saying so, and keeping a save made meanwhile', async () => {
    const root = await tempDir();
    const dir = join(root, 'workspace');
    const cachePath = join(root, 'library-index.json');
    await mkdir(dir, { recursive: true });
    const ferry = newArticle('a1b2c3d4-0000-4000-8000-0000000000a1', now, { headline: 'Ferry strike', slug: 'ferry-strike', body: paragraphs('Commuters queued at the pier for hours.') });
    const wing = newArticle('a1b2c3d4-0000-4000-8000-0000000000a2', now, { headline: 'Library opens new wing', slug: 'library-opens-new-wing', body: paragraphs('The atrium is bright.') });
    await writeFile(join(dir, 'ferry-strike.article.json'), serializeArticle(ferry));
    await writeFile(join(dir, 'library-opens-new-wing.article.json'), serializeArticle(wing));
    const cold = await Library.open(dir, cachePath);
    await cold.whenIdle();
    await cold.close();
    const searchPath = SearchIndex.pathFor(cachePath);
    const library = await Library.open(dir, cachePath);
    await library.whenIdle();
    expect((await library.list(all)).index).toEqual({ state: 'ready' });
    // Postings are read from the file when a search reaches their term: cut the file short under the loaded index.
    await truncate(searchPath, 64);
    const during = await library.list({ ...all, search: 'ferry' });
    expect(during.index.state).toBe('building');
    expect(during.articles.map((row) => row.headline)).toEqual(['Ferry strike']);
    // Saved while the index is rebuilt: the change waits for the new index, it is not lost.
    await library.workspace.save({ ...(await library.workspace.load(wing.id)), body: paragraphs('A reading room of ship logbooks.') });
    await library.whenIdle();
    expect(await library.list({ ...all, search: 'pier' })).toMatchObject({ index: { state: 'ready' }, matched: 1 });
    expect(await headlines(library, 'logbooks')).toEqual(['Library opens new wing']);
    await library.close();
    const reopened = await Library.open(dir, cachePath);
    expect(await reopened.list({ ...all, search: 'queued' })).toMatchObject({ index: { state: 'ready' }, matched: 1 });
    expect(await headlines(reopened, 'logbooks')).toEqual(['Library opens new wing']);
    await reopened.close();
  });

  it('checks a stored headline order made under another collation (other ICU data) before using it', async () => {
    const { dir, cachePath } = await libraryWithTwoArticles();
    const snapshotPath = LibraryCache.snapshotPathFor(cachePath);
    const stored = decodeRowSnapshot(await readFile(snapshotPath));
    expect(stored.meta.collation).toBe(headlineCollation);
    await writeFile(snapshotPath, encodeRowSnapshot({ ...stored, headlineOrder: Array.from(stored.headlineOrder ?? []).reverse(), meta: { ...stored.meta, collation: 'another ICU' } }));
    const library = await Library.open(dir, cachePath);
    expect((await library.list({ ...all, sort: 'headline' })).articles.map((row) => row.headline)).toEqual(['Ferry strike', 'Library opens new wing']);
    await library.close();
  });

  it('lists a window of rows with the count of matches, in the chosen order and status', async () => {
    const root = await tempDir();
    const library = await Library.open(join(root, 'workspace'), join(root, 'index.json'));
    for (const [index, headline] of ['Bravo', 'alpha', 'Charlie 10', 'Charlie 9', ''].entries()) {
      const created = await library.workspace.create({ headline }, `2026-11-2${index}T10:00:00.000Z`);
      if (index % 2 === 0) await library.workspace.save({ ...created, status: 'ready' });
    }
    const byHeadline = await library.list({ ...all, sort: 'headline' });
    expect(byHeadline.articles.map((row) => row.headline)).toEqual(['alpha', 'Bravo', 'Charlie 9', 'Charlie 10', '']);
    const window = await library.list({ ...all, sort: 'headline', status: 'ready', offset: 1, limit: 1 });
    expect(window).toMatchObject({ offset: 1, matched: 3, total: 5 });
    expect(window.articles.map((row) => row.headline)).toEqual(['Charlie 10']);
    const snippets = await library.snippets([byHeadline.articles[0]!.id], 'alpha');
    expect(snippets).toEqual([{ id: byHeadline.articles[0]!.id, text: '' }]);
    await library.close();
  });
});
