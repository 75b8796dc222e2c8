import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Workspace, type WorkspaceEntry } from '../articles/workspace';
import type { LibraryListing, LibraryQuery, RowSnippet } from '../../shared/ipc';
import { coldStart, type ColdReadHost } from './coldRead';
import { LibraryCache, type CacheContents } from './libraryCache';
import { LibraryChanges } from './libraryChanges';
import { listWindow, snippetsFor, type ListingProgress, type ListingSource } from './libraryListing';
import { QueryAnswers } from './libraryQuery';
import { LibrarySearch } from './librarySearch';
import { Maintenance } from './maintenance';
import { SearchIndex } from './searchIndex';
import type { UnreadableRecord } from './rowSnapshot';
import { SortedLists } from './sortedLists';
import { checkWarmStart } from './warmCheck';

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
  private readonly search: LibrarySearch;
  /** Passes the workspace's changes on to the lists and indexes; keeps unreadable files' readings. */
  private readonly changes: LibraryChanges;
  /** What the background work is doing, as listings tell it (`ColdReadHost.report`, the warm start's check). */
  private readonly progress: ListingProgress = { isCheckingFolder: false, folderScan: null, isCheckingFiles: false };
  private version = 0;
  private readonly answers = new QueryAnswers();
  private readonly listing: ListingSource;
  readonly maintenance: Maintenance;

  /** Called when background work changed what the library lists or the index state (throttle it). */
  onBackgroundChange: () => void = () => undefined;

  private constructor(dir: string, private readonly cache: LibraryCache, searchPath: string) {
    this.workspace = new Workspace(dir, {
      onEntry: (entry, search) => this.changes.handleEntry(entry, search),
      onRemoved: (fileName, id) => this.changes.handleRemoved(fileName, id),
      onUnreadable: (fileName, reason, info) => this.changes.handleUnreadable([fileName, info?.mtimeMs ?? 0, info?.size ?? 0, reason]),
    });
    this.maintenance = new Maintenance(this);
    this.search = new LibrarySearch(searchPath, this.workspace, this.maintenance, () => {
      this.version += 1;
      this.onBackgroundChange();
    });
    this.changes = new LibraryChanges({ lists: this.lists, cache, search: this.search, maintenance: this.maintenance, onChanged: () => (this.version += 1) });
    this.listing = {
      workspace: this.workspace, lists: this.lists, search: this.search, answers: this.answers,
      version: () => this.version,
      progress: () => this.progress,
    };
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
      for (const record of contents.unreadable) library.changes.remember(record);
      library.search.load(library.lists.size);
      // Listed from the index at once; the folder is checked in the background and the listing says so meanwhile.
      library.progress.isCheckingFolder = true;
      checkWarmStart({
        workspace: library.workspace,
        maintenance: library.maintenance,
        prepare: () => library.lists.prepare(),
        needsRepair: () => Boolean(cache.pendingRepair),
        writeCacheSnapshot: () => library.writeCacheSnapshot(),
        onChecked: () => {
          library.progress.isCheckingFolder = false;
          library.version += 1;
          library.onBackgroundChange();
        },
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
        Object.assign(this.progress, { folderScan: scan, isCheckingFolder: scan !== null, isCheckingFiles });
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
    this.changes.isBulk = true;
    try {
      change();
    } finally {
      this.changes.isBulk = false;
    }
  }

  /** Reads every file again in worker threads to build a new search index (the old one is missing or stale). */
  rebuildSearch(signal: AbortSignal): Promise<void> {
    return this.search.rebuild(signal);
  }

  /** Rewrites the library index snapshot from the lists as they are (after a cold scan, or when its journal has grown). */
  async writeCacheSnapshot(): Promise<void> {
    // After a cold read the headline order is not made yet: made in slices, main keeps answering meanwhile.
    await this.lists.sortHeadlinesInSlices();
    const byId = (id: string) => this.workspace.find(id);
    await this.cache.writeSnapshot(this.lists.list('all', 'updated'), this.lists.list('all', 'headline'), byId, this.changes.unreadable());
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
    return this.changes.unreadableRecord(fileName);
  }

  /** Forgets an unreadable file that is gone from the folder. */
  forgetUnreadable(fileName: string): void {
    this.changes.forgetUnreadable(fileName);
  }

  /** Files listed as unreadable. */
  unreadableFileNames(): string[] {
    return this.changes.unreadableFileNames();
  }

  /** One window of the library list for a query: search, status filter, sort, then `offset` and `limit`. */
  list(query: LibraryQuery): Promise<LibraryListing> {
    return listWindow(this.listing, query);
  }

  /** Body text around the match for a few listed articles, read from their files. */
  snippets(ids: readonly string[], search: string): Promise<RowSnippet[]> {
    return snippetsFor(this.listing, ids, search);
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
