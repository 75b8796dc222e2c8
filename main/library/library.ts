import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { articleFileSuffix, readArticleFile } from '../articles/articleFile';
import { Workspace, type WorkspaceEntry } from '../articles/workspace';
import type { ArticleSummary, LibraryListing, LibraryQuery, RowSnippet, SearchIndexState } from '../../shared/ipc';
import { maxLibraryWindow } from '../../shared/ipc';
import { LibraryCache, type CacheContents } from './libraryCache';
import { matchSummaries, orderHits, type QueryRows } from './libraryQuery';
import { Maintenance } from './maintenance';
import { SearchIndexReadError } from './packedFormat';
import { NoWorkerError, scanInWorkers } from './scanPool';
import { workerScript } from './workerScript';
import { SearchIndex } from './searchIndex';
import { snippetFromFile } from './snippets';
import { plainSummary, type UnreadableRecord } from './rowSnapshot';
import { SortedLists } from './sortedLists';
import { describeArticle, type SearchDocument } from './summary';

/** Below this many files a cold start reads them on this thread: starting workers would cost more. */
const workerThreshold = 200;

/** A cold start in the background lists its first rows once this many files are read, then each time the count doubles. */
const firstListing = 500;

/** A change to the search index made while it is loading or being rebuilt, applied once it is there. */
type PendingChange = { document: SearchDocument; hash: string } | null;

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
  private search: SearchIndex | null = null;
  private pending: Map<string, PendingChange> | null = new Map();
  private indexState: SearchIndexState = { state: 'ready' };
  private isBulk = false;
  private isCheckingFolder = false;
  /** While a cold start reads the folder in the background: files read so far, of how many. */
  private folderScan: { done: number; total: number } | null = null;
  private version = 0;
  private lastQuery: { key: string; result: QueryRows } | null = null;
  private searchReady: Promise<void> = Promise.resolve();
  readonly maintenance: Maintenance;

  /** Called when background work changed what the library lists or the index state (throttle it). */
  onBackgroundChange: () => void = () => undefined;

  private constructor(dir: string, private readonly cache: LibraryCache, private readonly searchPath: string) {
    this.workspace = new Workspace(dir, {
      onEntry: (entry, search) => this.handleEntry(entry, search),
      onRemoved: (fileName, id) => this.handleRemoved(fileName, id),
      onUnreadable: (fileName, reason, info) => this.handleUnreadable([fileName, info?.mtimeMs ?? 0, info?.size ?? 0, reason]),
    });
    this.maintenance = new Maintenance(this);
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
      library.searchReady = library.loadSearch();
      // Listed from the index at once; the folder is checked in the background (its worker started
      // once this turn's work, the first listing, is done) and the listing says so meanwhile.
      library.isCheckingFolder = true;
      const checked = library.maintenance.start(async (signal) => {
        await new Promise((resolve) => setImmediate(resolve));
        await library.maintenance.verify(signal);
        // A snapshot cut short or of the older format is written again once the folder check has filled in what it lacked.
        if (!signal.aborted && cache.pendingRepair) await library.writeCacheSnapshot();
      });
      library.workspace.untilChecked = checked.then(() => {
        library.workspace.untilChecked = null;
        library.isCheckingFolder = false;
        library.version += 1;
        library.onBackgroundChange();
      });
    } else {
      await library.coldScan(options.workerThreshold ?? workerThreshold);
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

  /**
   * No usable index. A few files (or a build without the worker script) are read on this thread
   * before `open` returns. Many are read in worker threads in the background: the library lists
   * what has been read so far (its lists made again each time the count doubles, so the whole
   * read stays linear) and says it is reading the folder, with how far it has got; searches
   * answer from the summaries read so far, saying so. Once every file is read the lists are
   * complete, the snapshot is written, and the workers go on to index the text.
   */
  private async coldScan(threshold: number): Promise<void> {
    const names = (await readdir(this.workspace.dir)).filter((name) => name.endsWith(articleFileSuffix)).sort();
    if (names.length < threshold || !(await workerScript('scanWorker'))) {
      await this.scanHere();
      return;
    }
    const progress = { done: 0, total: names.length };
    let listedAt = 0;
    this.folderScan = progress;
    this.isCheckingFolder = true;
    this.indexState = { state: 'building', done: 0, total: names.length };
    const scan = scanInWorkers(this.workspace.dir, this.workspace.dir, names, { withSummaries: true, withIndex: true }, {
      onEntries: (scanned, unreadable) => {
        this.workspace.adoptMany(scanned);
        this.asBulk(() => {
          for (const file of unreadable) this.workspace.setUnreadable(file.fileName, file.reason, file);
        });
        progress.done += scanned.length + unreadable.length;
        if (progress.done >= Math.max(firstListing, listedAt * 2) || progress.done === progress.total) {
          listedAt = progress.done;
          this.relist();
        }
        this.version += 1;
        this.onBackgroundChange();
      },
      onProgress: (done, total) => {
        this.indexState = { state: 'building', done, total };
        this.onBackgroundChange();
      },
    }, this.maintenance.signal);
    const checked = this.maintenance.start(async (signal) => {
      // A worker that failed leaves files unread: they are read on this thread (files already read are skipped).
      await scan.scanned.catch(() => (signal.aborted ? undefined : this.workspace.scan()));
      if (signal.aborted) return;
      this.folderScan = null;
      this.isCheckingFolder = false;
      this.relist();
      this.onBackgroundChange();
      void this.maintenance.start(() => this.writeCacheSnapshot());
      // Files changed, added or removed while they were being read (a worker's reading can be older
      // than the watcher's) are found by one pass of mtimes and sizes, as after a warm start.
      void this.maintenance.start((later) => this.maintenance.verify(later));
    });
    this.workspace.untilChecked = checked.then(() => {
      this.workspace.untilChecked = null;
    });
    // Not `searchReady`: searches answer from the summaries while the index is built.
    void this.maintenance.start(async (signal) => {
      const built = await scan.finished.catch(() => null);
      await checked;
      if (built) this.installSearch(await SearchIndex.writeMerged(built.snapshots, this.searchPath, this.workspace.dir));
      else if (!signal.aborted) await this.rebuildSearch(signal);
    });
  }

  /** Makes the lists again from every entry the workspace holds (settling ids claimed twice quietly, as a bulk). */
  private relist(): void {
    this.asBulk(() => this.workspace.keyDeferred());
    this.lists.load(this.workspace.entries().map((entry) => entry.summary));
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

  /** Reads every file on this thread (few files, or no worker script), indexing each as it is read. */
  private async scanHere(): Promise<void> {
    await this.workspace.scan();
    this.installSearch(SearchIndex.empty(this.searchPath, this.workspace.dir));
    void this.maintenance.start(async () => {
      await this.writeCacheSnapshot();
      await this.search?.writeFile();
    });
  }

  /**
   * Loads the persisted search index. When it is missing or unusable, a rebuild starts in the
   * background and searches answer from the summaries meanwhile, saying so.
   */
  private async loadSearch(): Promise<void> {
    const loaded = await SearchIndex.load(this.searchPath, this.workspace.dir);
    if (loaded) {
      this.installSearch(loaded);
      return;
    }
    this.indexState = { state: 'building', done: 0, total: this.lists.size };
    void this.maintenance.start((signal) => this.rebuildSearch(signal));
  }

  /** Reads every file again in worker threads to build a new search index (the old one is missing or stale). */
  async rebuildSearch(signal: AbortSignal): Promise<void> {
    const names = [...this.workspace.entries()].map((entry) => entry.fileName);
    this.dropSearch(names.length);
    try {
      const { snapshots } = await scanInWorkers(this.workspace.dir, this.workspace.dir, names, { withSummaries: false, withIndex: true }, {
        onEntries: () => undefined,
        onProgress: (done, total) => {
          this.indexState = { state: 'building', done, total };
          this.onBackgroundChange();
        },
      }, signal).finished;
      this.installSearch(await SearchIndex.writeMerged(snapshots, this.searchPath, this.workspace.dir));
    } catch (error) {
      if (!(error instanceof NoWorkerError)) throw error;
      const index = SearchIndex.empty(this.searchPath, this.workspace.dir);
      for (const entry of [...this.workspace.entries()]) {
        const onDisk = await readArticleFile(join(this.workspace.dir, entry.fileName)).catch(() => null);
        if (onDisk) index.put(describeArticle(onDisk.article, entry.fileName).search, onDisk.hash);
      }
      this.installSearch(index);
    }
  }

  /**
   * Makes a loaded or rebuilt index the live one and applies what changed meanwhile (a rebuilt
   * index's file is already written, so those changes are journalled after it).
   */
  private installSearch(index: SearchIndex): void {
    const pending = this.pending ?? new Map<string, PendingChange>();
    this.pending = null;
    if (this.search !== index) void this.search?.close().catch(() => undefined);
    this.search = index;
    for (const [id, change] of pending) {
      if (change) index.put(change.document, change.hash);
      else index.remove(id);
    }
    this.indexState = { state: 'ready' };
    this.version += 1;
    this.onBackgroundChange();
  }

  private handleEntry(entry: WorkspaceEntry, search: SearchDocument | null): void {
    this.unreadableRecords.delete(entry.fileName);
    if (this.isBulk) return;
    this.lists.put(entry.summary);
    this.cache.put(entry);
    if (search) {
      if (this.pending) this.pending.set(entry.id, { document: search, hash: entry.hash });
      else this.withSearch((index) => index.put(search, entry.hash));
    }
    this.changed();
  }

  private handleRemoved(fileName: string, id: string): void {
    this.lists.remove(id);
    this.cache.delete(fileName);
    if (this.pending) this.pending.set(id, null);
    else this.withSearch((index) => index.remove(id));
    this.changed();
  }

  /**
   * Runs `use` on the search index. When the index file's postings can no longer be read (cut
   * short or replaced by another program since it was loaded), the index is dropped and rebuilt
   * in the background from the files, searches answer from the summaries meanwhile and say so,
   * and `use` returns undefined; the change it was making is in the rebuild, which reads every file.
   */
  private withSearch<T>(use: (index: SearchIndex) => T): T | undefined {
    const index = this.search;
    if (!index) return undefined;
    try {
      return use(index);
    } catch (error) {
      if (!(error instanceof SearchIndexReadError)) throw error;
      this.dropSearch(this.lists.size);
      this.version += 1;
      void this.maintenance.start((signal) => this.rebuildSearch(signal));
      return undefined;
    }
  }

  /**
   * Drops the search index ahead of a rebuild of `total` files: its file is closed, changes made
   * meanwhile are kept for the new index, and the library says it is building.
   */
  private dropSearch(total: number): void {
    void this.search?.close().catch(() => undefined);
    this.search = null;
    this.pending ??= new Map();
    this.indexState = { state: 'building', done: 0, total };
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
    const byId = (id: string) => this.workspace.find(id);
    await this.cache.writeSnapshot(this.lists.list('all', 'updated'), this.lists.list('all', 'headline'), byId, [...this.unreadableRecords.values()]);
  }

  /** Grows with every change to the lists or the index state. */
  get listVersion(): number {
    return this.version;
  }

  /** The persisted indexes, for background upkeep. */
  get indexes(): { cache: LibraryCache; search: SearchIndex | null; searchReady: Promise<void> } {
    return { cache: this.cache, search: this.search, searchReady: this.searchReady };
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

  private async rows(query: LibraryQuery): Promise<QueryRows> {
    const search = query.search.trim();
    const sort = query.sort === 'relevance' && !search ? 'updated' : query.sort;
    if (!search) return { rows: this.lists.list(query.status, sort === 'relevance' ? 'updated' : sort), terms: null };
    // Loading a persisted index takes moments; a rebuild does not hold searches up (they answer from the summaries).
    if (!this.search) await this.searchReady;
    let key = JSON.stringify([search, query.status, sort, this.version, this.search !== null]);
    if (this.lastQuery?.key === key) return this.lastQuery.result;
    const hits = this.withSearch((index) => index.search(search));
    const result = hits ? orderHits(hits, this.lists, query.status, sort) : matchSummaries(search, this.lists, query.status, sort);
    // A damaged index dropped by this search changed the version: the answer is keyed as what it is.
    key = JSON.stringify([search, query.status, sort, this.version, this.search !== null]);
    this.lastQuery = { key, result };
    return result;
  }

  /** One window of the library list for a query: search, status filter, sort, then `offset` and `limit`. */
  async list(query: LibraryQuery): Promise<LibraryListing> {
    const { rows, terms } = await this.rows(query);
    const offset = Math.min(query.offset ?? 0, rows.length);
    const window = rows.slice(offset, offset + (query.limit ?? maxLibraryWindow));
    return {
      workspace: this.workspace.dir,
      articles: window.map((row: ArticleSummary) => ({ ...plainSummary(row), terms: terms?.get(row.id) ?? [] })),
      offset,
      matched: rows.length,
      unreadable: this.workspace.unreadable(),
      total: this.lists.size,
      index: this.indexState,
      isCheckingFolder: this.isCheckingFolder,
      ...(this.folderScan ? { folderScan: { ...this.folderScan } } : {}),
    };
  }

  /** Body text around the match for a few listed articles, read from their files. */
  async snippets(ids: readonly string[], search: string): Promise<RowSnippet[]> {
    const words = search.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const matched = this.lastQuery?.result.terms;
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
    await this.search?.flush().catch(() => undefined);
  }

  /** Stops background work (workers are ended) and writes pending index changes. */
  async close(): Promise<void> {
    this.maintenance.stop();
    // A search index still loading is installed first, so it is closed below like any other.
    await this.searchReady.catch(() => undefined);
    await this.flush();
    // Background tasks have ended (flush waits for them): nothing reads the index file after this.
    await this.search?.close().catch(() => undefined);
  }
}
