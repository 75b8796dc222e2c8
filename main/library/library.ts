import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { migrateArticle } from '../../shared/article/migrate';
import type { Article } from '../../shared/article/model';
import type { ArticleSummary, LibraryListing, LibraryQuery } from '../../shared/ipc';
import { Workspace, type WorkspaceEntry } from '../articles/workspace';
import { LibraryCache, type CacheRecord } from './libraryCache';
import { LibrarySearch } from './librarySearch';
import { SearchTexts } from './searchTexts';
import { searchableText, summarize } from './summary';

/**
 * The workspace seen as a library: a list of summaries kept in the lowdb cache, a MiniSearch
 * index built on first search, and queries that sort and filter them.
 */
export class Library {
  readonly workspace: Workspace;
  private search: LibrarySearch | null = null;

  private constructor(
    dir: string,
    private readonly cache: LibraryCache,
    private readonly texts: SearchTexts,
  ) {
    this.workspace = new Workspace(
      dir,
      { onEntry: (entry, article) => this.handleEntry(entry, article), onRemoved: (fileName, id) => this.handleRemoved(fileName, id) },
      (fileName) => {
        const record = cache.get(fileName);
        return record ? { id: record.id, fileName: record.fileName, mtimeMs: record.mtimeMs, size: record.size, hash: record.hash, article: null } : undefined;
      },
    );
  }

  /** Opens a workspace folder, using (and refreshing) the index at `cachePath`. */
  static async open(dir: string, cachePath: string): Promise<Library> {
    // An index whose search texts are gone could list but not search: rebuild both from the files.
    if (!SearchTexts.exists(cachePath)) await rm(cachePath, { force: true }).catch(() => undefined);
    const cache = await LibraryCache.open(cachePath, dir);
    const library = new Library(dir, cache, new SearchTexts(SearchTexts.pathFor(cachePath), dir));
    await library.workspace.scan();
    const present = new Set(library.workspace.entries().map((entry) => entry.fileName));
    for (const record of cache.records()) {
      if (!present.has(record.fileName)) cache.delete(record.fileName);
    }
    return library;
  }

  /** Default index location for a workspace inside the app's data folder. */
  static cachePathFor(userDataDir: string): string {
    return join(userDataDir, 'library-index.json');
  }

  private handleEntry(entry: WorkspaceEntry, article: Article | null): void {
    if (!article) return;
    const record: CacheRecord = {
      id: entry.id,
      fileName: entry.fileName,
      mtimeMs: entry.mtimeMs,
      size: entry.size,
      hash: entry.hash,
      article: null,
      summary: summarize(article, entry.fileName),
    };
    const text = searchableText(article);
    this.cache.set(record);
    this.texts.set(entry.fileName, entry.hash, text);
    this.search?.put(searchDocument(record, text));
  }

  private handleRemoved(fileName: string, id: string): void {
    this.cache.delete(fileName);
    this.texts.delete(fileName);
    this.search?.remove(id);
  }

  /** A file's search text from the texts cache, else read again from the file (empty if it cannot be read). */
  private textOf(record: CacheRecord): string {
    const cached = this.texts.get(record.fileName, record.hash);
    if (cached !== undefined) return cached;
    try {
      const text = searchableText(migrateArticle(JSON.parse(readFileSync(join(this.workspace.dir, record.fileName), 'utf8'))));
      this.texts.set(record.fileName, record.hash, text);
      return text;
    } catch {
      return '';
    }
  }

  private summaries(): ArticleSummary[] {
    const rows: ArticleSummary[] = [];
    for (const entry of this.workspace.entries()) {
      const record = this.cache.get(entry.fileName);
      if (record) rows.push(record.summary);
    }
    return rows;
  }

  private searchIndex(): LibrarySearch {
    if (!this.search) {
      this.search = new LibrarySearch();
      for (const record of this.cache.records()) this.search.put(searchDocument(record, this.textOf(record)));
    }
    return this.search;
  }

  /** The library list for a query: search, then status filter, then sort. */
  list(query: LibraryQuery): LibraryListing {
    const all = this.summaries();
    let rows = all;
    // An empty query filters nothing, so it must not pay for building the full-text index.
    const matches = query.search.trim() ? this.searchIndex().search(query.search) : null;
    if (matches) {
      const byId = new Map(all.map((row) => [row.id, row]));
      rows = matches.map((id) => byId.get(id)).filter((row): row is ArticleSummary => row !== undefined);
    }
    if (query.status !== 'all') rows = rows.filter((row) => row.status === query.status);
    if (!matches || query.sort === 'headline') rows = sortRows(rows, query.sort);
    return { workspace: this.workspace.dir, articles: rows, unreadable: this.workspace.unreadable(), total: all.length };
  }

  /** Writes the index now. */
  async flush(): Promise<void> {
    await this.cache.flush();
    await this.texts.flush();
  }
}

function sortRows(rows: ArticleSummary[], sort: LibraryQuery['sort']): ArticleSummary[] {
  const sorted = [...rows];
  if (sort === 'headline') {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    sorted.sort((a, b) => collator.compare(a.headline || '\uffff', b.headline || '\uffff'));
  } else {
    sorted.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }
  return sorted;
}

function searchDocument(record: CacheRecord, text: string) {
  const { summary } = record;
  return { id: summary.id, headline: summary.headline, dek: summary.dek, kicker: summary.kicker, bylines: summary.bylines, text };
}
