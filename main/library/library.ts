import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Workspace, type WorkspaceEntry } from '../articles/workspace';
import type { ArticleSummary, LibraryListing, LibraryQuery, RowSnippet } from '../../shared/ipc';
import { maxLibraryWindow } from '../../shared/ipc';
import { coldStart, type ColdReadHost, type FolderScan } from './coldRead';
import { LibraryCache, type CacheContents } from './libraryCache';
import { QueryAnswers } from './libraryQuery';
import { LibrarySearch } from './librarySearch';
import { Maintenance } from './maintenance';
import { SearchIndex } from './searchIndex';
import { snippetFromFile } from './snippets';
import { plainSummary, type UnreadableRecord } from './rowSnapshot';
import { SortedLists } from './sortedLists';
import type { SearchDocument } from './summary';

/**
 * The workspace seen as a library. Main keeps each article's summary (a few hundred bytes) in
 * lists sorted by date and headline, and a persisted MiniSearch index; articles themselves are
 * read from disk only when opened, saved or exported. A warm start reads the index files and
 * lists at once, then checks the folder in a worker thread; a cold start reads every file in
 * worker threads, one per core.
 */
export class Library {
  readonly workspace: Workspace;
  private readonly lists = new SortedLists();
  private readonly unreadableRecords = new Map<string, UnreadableRecord>();
  private readonly search: LibrarySearch;
  private isBulk = false;
  private isCheckingFolder = false;
  /** After a cold read lists every file, while its workers check them in full (`ColdReadHost.report`). */
  private isCheckingFiles = false;
  /** While a cold start reads the folder in the background: files read so far, of how many. */
  private folderScan: FolderScan | null = null;
  private version = 0;
  private readonly answers = new QueryAnswers();
  readonly maintenance: Maintenance;

  /** Called when background work changed what the library lists or the index state (throttle it). */
  onBackgroundChange: () => void = () => undefined;

  private constructor(dir: string, private readonly cache: LibraryCache, searchPath: string) {
    this.workspace = new Workspace(dir, {
      onEntry: (entry, search) => this.handleEntry(entry, search),
      onRemoved: (fileName, id) => this.handleRemoved(fileName, id),
      onUnreadable: (fileName, reason, info) => this.handleUnreadable([fileName, info?.mtimeMs ?? 0, info?.size ?? 0, reason]),
    });
    this.maintenance = new Maintenance(this);
    this.search = new LibrarySearch(searchPath, this.workspace, this.maintenance, () => {
      this.version += 1;
      this.onBackgroundChange();
    });
  }

  /** Default index location for a workspace inside the app's data folder. */
  static cachePathFor(userDataDir: string): string {
    return join(userDataDir, 'library-index.json');
  }

  /**
   * Opens a workspace folder with the index at `cachePath`. Returns as soon as the library can be
   * listed; checking a warm index against the folder, loading or rebuilding the search index and
   * writing the index files continue in the background (`whenIdle`).
   */
  static async open(dir: string, cachePath: string, options: { workerThreshold?: number } = {}): Promise<Library> {
    await mkdir(dir, { recursive: true });
    const { cache, contents } = await LibraryCache.open(cachePath, dir);
    const library = new Library(dir, cache, SearchIndex.pathFor(cachePath));
    if (contents) {
      library.adoptAll(contents.entries, contents.orders);
      library.workspace.adoptUnreadable(contents.unreadable.map(([fileName, , , reason]) => ({ fileName, reason })));
      for (const record of contents.unreadable) library.unreadableRecords.set(record[0], record);
      library.search.load(library.lists.size);
      // Listed from the index at once; the folder is checked in the background (its worker started
      // once this turn's work, the first listing, is done) and the listing says so meanwhile.
      library.isCheckingFolder = true;
      const checked = library.maintenance.start(async (signal) => {
        await new Promise((resolve) => setImmediate(resolve));
        await library.maintenance.verify(signal);
        if (signal.aborted) return;
        // Made while idle, not by the first sorted search; a snapshot cut short or of the older format is written again now the check filled in what it lacked.
        library.lists.prepare();
        if (cache.pendingRepair) await library.writeCacheSnapshot();
      });
      library.workspace.untilChecked = checked.then(() => {
        library.workspace.untilChecked = null;
        library.isCheckingFolder = false;
        library.version += 1;
        library.onBackgroundChange();
      });
    } else {
      await coldStart(library.coldReadHost(), options.workerThreshold);
    }
    return library;
  }

  /** Takes many entries at once: the workspace learns them, the lists are built once (or taken in their stored order). */
  private adoptAll(entries: readonly WorkspaceEntry[], orders: CacheContents['orders']): void {
    const summaries = (list: readonly WorkspaceEntry[]) => list.map((entry) => entry.summary);
    this.workspace.adoptMany(entries);
    if (orders && entries.length === orders.updated.length) {
      // A clean snapshot (one row per article, in stored order): the workspace keys the entries on
      // its first lookup, after the first listing; the lists are made from the same entries now.
      this.lists.load(summaries(entries), { updated: summaries(orders.updated), headline: summaries(orders.headline), collation: orders.collation });
    } else {
      // Entries read from files or replayed from a journal may claim one id twice: the workspace
      // settles which file keeps it (quietly, as a bulk), and the lists are made from what it kept.
      this.relist();
    }
    this.version += 1;
  }

  /** This library as a cold start sees it (no usable index): what it fills and how it reports. */
  private coldReadHost(): ColdReadHost {
    return {
      workspace: this.workspace,
      maintenance: this.maintenance,
      search: this.search,
      adopt: (entries, unreadable) => {
        this.workspace.adoptMany(entries);
        this.asBulk(() => {
          for (const file of unreadable) this.workspace.setUnreadable(file.fileName, file.reason, file);
          // Keyed batch by batch, so the listing after the last batch does not key thousands of rows at once.
          this.workspace.keyDeferred();
        });
      },
      relist: () => this.relist(),
      report: (scan, isCheckingFiles = false) => {
        this.folderScan = scan;
        this.isCheckingFolder = scan !== null;
        this.isCheckingFiles = isCheckingFiles;
        this.version += 1;
        this.onBackgroundChange();
      },
      writeCacheSnapshot: () => this.writeCacheSnapshot(),
    };
  }

  /** Makes the lists again from every entry the workspace holds (settling ids claimed twice quietly, as a bulk); rows listed before keep their order. */
  private relist(): void {
    this.asBulk(() => this.workspace.keyDeferred());
    this.lists.reload(this.workspace.entries().map((entry) => entry.summary));
    this.version += 1;
  }

  /** Runs `change` with the workspace's per-entry notices ignored: the caller lists everything afterwards. */
  private asBulk(change: () => void): void {
    this.isBulk = true;
    try {
      change();
    } finally {
      this.isBulk = false;
    }
  }

  /** Reads every file again in worker threads to build a new search index (the old one is missing or stale). */
  rebuildSearch(signal: AbortSignal): Promise<void> {
    return this.search.rebuild(signal);
  }

  private handleEntry(entry: WorkspaceEntry, search: SearchDocument | null): void {
    this.unreadableRecords.delete(entry.fileName);
    if (this.isBulk) return;
    this.lists.put(entry.summary);
    this.cache.put(entry);
    if (search) this.search.put(search, entry.hash);
    this.changed();
  }

  private handleRemoved(fileName: string, id: string): void {
    this.lists.remove(id);
    this.cache.delete(fileName);
    this.search.remove(id);
    this.changed();
  }

  private handleUnreadable(record: UnreadableRecord): void {
    this.unreadableRecords.set(record[0], record);
    if (this.isBulk) return;
    this.cache.setUnreadable(record);
    this.changed();
  }

  private changed(): void {
    this.version += 1;
    this.cache.markChanged();
    this.maintenance.compactSoon();
  }

  /** Rewrites the library index snapshot from the lists as they are (after a cold scan, or when its journal has grown). */
  async writeCacheSnapshot(): Promise<void> {
    // After a cold read the headline order is not made yet: made in slices, main keeps answering meanwhile.
    await this.lists.sortHeadlinesInSlices();
    const byId = (id: string) => this.workspace.find(id);
    await this.cache.writeSnapshot(this.lists.list('all', 'updated'), this.lists.list('all', 'headline'), byId, [...this.unreadableRecords.values()]);
    this.lists.prepare();
  }

  /** Grows with every change to the lists or the index state. */
  get listVersion(): number {
    return this.version;
  }

  /** The persisted indexes, for background upkeep. */
  get indexes(): { cache: LibraryCache; search: SearchIndex | null; searchReady: Promise<void> } {
    return { cache: this.cache, search: this.search.live, searchReady: this.search.ready };
  }

  /** The stored reading of an unreadable file (its mtime and size tell whether it changed). */
  unreadableRecord(fileName: string): UnreadableRecord | undefined {
    return this.unreadableRecords.get(fileName);
  }

  /** Forgets an unreadable file that is gone from the folder. */
  forgetUnreadable(fileName: string): void {
    if (!this.unreadableRecords.delete(fileName)) return;
    this.cache.delete(fileName);
    this.changed();
  }

  /** Files listed as unreadable. */
  unreadableFileNames(): string[] {
    return [...this.unreadableRecords.keys()];
  }

  /** One window of the library list for a query: search, status filter, sort, then `offset` and `limit`. */
  async list(query: LibraryQuery): Promise<LibraryListing> {
    const { rows, terms } = await this.answers.rows(query, this.lists, this.search, () => this.version);
    const offset = Math.min(query.offset ?? 0, rows.length);
    const window = rows.slice(offset, offset + (query.limit ?? maxLibraryWindow));
    return {
      workspace: this.workspace.dir,
      articles: window.map((row: ArticleSummary) => ({ ...plainSummary(row), terms: terms?.get(row.id) ?? [] })),
      offset,
      matched: rows.length,
      unreadable: this.workspace.unreadable(),
      total: this.lists.size,
      index: this.search.state,
      isCheckingFolder: this.isCheckingFolder,
      ...(this.folderScan ? { folderScan: { ...this.folderScan } } : {}),
      ...(this.isCheckingFiles ? { isCheckingFiles: true } : {}),
    };
  }

  /** Body text around the match for a few listed articles, read from their files. */
  async snippets(ids: readonly string[], search: string): Promise<RowSnippet[]> {
    const words = search.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const matched = this.answers.lastTerms;
    return Promise.all(
      ids.map(async (id) => {
        const entry = this.workspace.find(id);
        if (!entry || words.length === 0) return { id, text: '' };
        return { id, text: await snippetFromFile(this.workspace.dir, entry.fileName, [...(matched?.get(id) ?? []), ...words]) };
      }),
    );
  }

  /**
   * Resolves when the library lists every article file in the folder: at once after a small cold
   * start, when the background read is done after a large one, when the folder check is done after a warm start.
   */
  whenChecked(): Promise<void> {
    return this.workspace.untilChecked ?? Promise.resolve();
  }

  /** Resolves when background work (checking the folder, loading or rebuilding the search index, writing indexes) is done. */
  whenIdle(): Promise<void> {
    return this.maintenance.whenIdle();
  }

  /**
   * Writes pending index changes now. The indexes are caches: changes the disk refuses stay
   * waiting for the next write, and at worst a later start reads those files again, so a refusal
   * is not the caller's failure (closing a read-only or full workspace still closes).
   */
  async flush(): Promise<void> {
    await this.maintenance.whenIdle();
    await this.cache.flush().catch(() => undefined);
    await this.search.flush();
  }

  /** Stops background work (workers are ended) and writes pending index changes. */
  async close(): Promise<void> {
    this.maintenance.stop();
    // A search index still loading is installed first, so it is closed below like any other.
    await this.search.ready.catch(() => undefined);
    await this.flush();
    // Background tasks have ended (flush waits for them): nothing reads the index file after this.
    await this.search.live?.close().catch(() => undefined);
  }
}
