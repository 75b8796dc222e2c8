import { mkdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../../main/articles/articleFile';
import { Library } from '../../../../main/library/library';
import { LibraryCache } from '../../../../main/library/libraryCache';
import { decodeRowSnapshot, plainSummary } from '../../../../main/library/rowSnapshot';
import { newArticle } from '../../../../shared/article/newArticle';
import type { LibraryListing } from '../../../../shared/ipc';
import { paragraphs } from '../../../support/articles';
import { tempDir } from '../../../support/tempDir';

const all = { search: '', status: 'all', sort: 'updated', offset: 0, limit: 100 } as const;
const count = 12;

/** A workspace of `count` articles (accents, tags, bylines, statuses), opened cold once so its snapshot is written. */
async function indexedWorkspace() {
  const root = await tempDir();
  const dir = join(root, 'workspace');
  const cachePath = join(root, 'library-index.json');
  await mkdir(dir, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    const id = `a1b2c3d4-0000-4000-8000-${String(index).padStart(12, '0')}`;
    const article = newArticle(id, `2026-11-${String(10 + index).padStart(2, '0')}T10:00:00.000Z`, {
      headline: index % 3 === 0 ? `Café naïve ${index} — “quoted”` : `Harbour report ${index}`,
      slug: `story-${index}`,
      body: paragraphs(`Paragraph of story ${index}: the council met.`, 'Second paragraph, 😀 emoji.'),
    });
    const full = { ...article, dek: `Dek ${index}`, kicker: index % 2 ? 'Politics' : '', tags: index % 2 ? ['transport', 'ferries'] : [], bylines: [{ name: `Reporter ${index}`, role: 'reporter' as const }], status: index % 4 === 0 ? ('ready' as const) : ('draft' as const) };
    await writeFile(join(dir, `story-${index}.article.json`), serializeArticle(full));
  }
  const cold = await Library.open(dir, cachePath);
  const listed = await cold.list(all);
  await cold.whenIdle();
  await cold.close();
  return { dir, cachePath, snapshotPath: LibraryCache.snapshotPathFor(cachePath), listed };
}

const rowsOf = (listing: LibraryListing) => listing.articles;

describe('the column snapshot of the library index', () => {
  it('gives a warm start every row, field for field, as the cold start that wrote it listed them', async () => {
    const { dir, cachePath, snapshotPath, listed } = await indexedWorkspace();
    expect(decodeRowSnapshot(await readFile(snapshotPath)).isComplete).toBe(true);
    const warm = await Library.open(dir, cachePath);
    const first = await warm.list(all);
    expect(rowsOf(first)).toEqual(rowsOf(listed));
    expect(first.total).toBe(count);
    expect((await warm.list({ ...all, sort: 'headline', status: 'ready' })).articles.map((row) => row.headline)).toEqual(['Café naïve 0 — “quoted”', 'Harbour report 4', 'Harbour report 8']);
    // Rows cross to the renderer as plain data: a copy made by structured clone keeps every field.
    expect(structuredClone(first.articles[0])).toEqual(first.articles[0]);
    await warm.close();
  });

  it('lists the whole first rows of a snapshot cut short at once, says the folder is being checked, then lists every article and writes the snapshot whole', async () => {
    const { dir, cachePath, snapshotPath, listed } = await indexedWorkspace();
    const { size } = await stat(snapshotPath);
    // Cut inside the text of the rows (the last third of the file holds the last rows' text).
    await truncate(snapshotPath, size - Math.floor(size / 6));
    const cut = decodeRowSnapshot(await readFile(snapshotPath));
    expect(cut.isComplete).toBe(false);
    expect(cut.entries.length).toBeGreaterThan(0);
    expect(cut.entries.length).toBeLessThan(count);
    const library = await Library.open(dir, cachePath);
    const first = await library.list(all);
    expect(first.isCheckingFolder).toBe(true);
    expect(first.total).toBe(cut.entries.length);
    expect(rowsOf(first)).toEqual(rowsOf(listed).slice(0, cut.entries.length));
    await library.whenIdle();
    const checked = await library.list(all);
    expect(checked.isCheckingFolder).toBe(false);
    expect(rowsOf(checked)).toEqual(rowsOf(listed));
    await library.close();
    const rewritten = decodeRowSnapshot(await readFile(snapshotPath));
    expect(rewritten.isComplete).toBe(true);
    expect(rewritten.entries.map((entry) => plainSummary(entry.summary))).toEqual(rowsOf(listed).map(({ terms: _terms, ...row }) => row));
  });

  it('reads a snapshot cut inside its columns as no index: every file is read again, and nothing is lost', async () => {
    const { dir, cachePath, snapshotPath, listed } = await indexedWorkspace();
    await truncate(snapshotPath, 64);
    expect(() => decodeRowSnapshot(Buffer.alloc(64))).toThrow(/not a library snapshot/);
    const library = await Library.open(dir, cachePath);
    expect(rowsOf(await library.list(all))).toEqual(rowsOf(listed));
    await library.whenIdle();
    await library.close();
    expect(decodeRowSnapshot(await readFile(snapshotPath)).isComplete).toBe(true);
  });

  it('lists at once from an index of the older JSON format, says the folder is being checked, and writes it again as a column snapshot', async () => {
    const { dir, cachePath, snapshotPath, listed } = await indexedWorkspace();
    const stored = decodeRowSnapshot(await readFile(snapshotPath));
    // The version-3 file: rows as arrays newest first, the headline order beside them.
    const records = stored.entries.map(({ fileName, id, mtimeMs, size, hash, summary: s }) => [fileName, id, mtimeMs, size, hash, s.slug, s.kicker, s.headline, s.dek, s.status, s.bylines, s.updatedAt, s.words, s.isChangedSincePublished ? 1 : 0, s.tags, s.lead]);
    await writeFile(cachePath, JSON.stringify({ version: 3, workspace: dir, records, headlineOrder: Array.from(stored.headlineOrder ?? []), collation: stored.meta.collation, unreadable: [] }));
    await rm(snapshotPath);
    const library = await Library.open(dir, cachePath);
    const first = await library.list(all);
    expect(first.isCheckingFolder).toBe(true);
    expect(rowsOf(first)).toEqual(rowsOf(listed));
    await library.whenIdle();
    await library.close();
    expect(decodeRowSnapshot(await readFile(snapshotPath)).entries).toHaveLength(count);
    await expect(stat(cachePath)).rejects.toThrow(/ENOENT/);
  });

  it('lists the changes a stale snapshot missed from its journal, and files changed while closed after the folder check', async () => {
    const { dir, cachePath, listed } = await indexedWorkspace();
    const library = await Library.open(dir, cachePath);
    await library.whenIdle();
    const first = listed.articles[0] as LibraryListing['articles'][number];
    const article = await library.workspace.load(first.id);
    await library.workspace.save({ ...article, headline: 'Retitled after the snapshot' });
    await library.close();
    const outside = await readFile(join(dir, 'story-1.article.json'), 'utf8');
    await writeFile(join(dir, 'story-1.article.json'), outside.replace('Harbour report 1', 'Changed by another program'));
    const again = await Library.open(dir, cachePath);
    expect((await again.list(all)).articles.map((row) => row.headline)).toContain('Retitled after the snapshot');
    await again.whenIdle();
    const headlines = (await again.list(all)).articles.map((row) => row.headline);
    expect(headlines).toContain('Changed by another program');
    expect(headlines).toHaveLength(count);
    await again.close();
  });
});
