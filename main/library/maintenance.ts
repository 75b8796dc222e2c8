import { readArticleFile } from '../articles/articleFile';
import { join } from 'node:path';
import type { Library } from './library';
import { NoWorkerError, statInWorker } from './scanPool';
import { filterInSlices } from './sliceSort';
import type { FileStat } from './scanProtocol';
import { describeArticle } from './summary';

/** Files re-read at once when a warm index is checked against the folder. */
const refreshConcurrency = 16;
/** How long index upkeep waits after a change, so a burst of saves costs one check. */
const compactDelayMs = 2_000;

async function inLanes<T>(items: readonly T[], lanes: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: lanes }, async () => {
    while (next < items.length) await task(items[next++] as T);
  }));
}

/**
 * The library's background work, off the path to a listed library: checking a warm index against
 * the folder, re-indexing articles whose search entry is out of date, and folding the journals
 * into new index files when they have grown. Every task can be stopped (workers are ended).
 */
export class Maintenance {
  private readonly running = new Set<Promise<void>>();
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly library: Library) {}

  /** Runs a background task; its failure is kept out of the way (the indexes are caches, rebuilt when needed). */
  start(task: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const before = this.library.listVersion;
    const run = task(this.controller.signal)
      .catch(() => undefined)
      .then(() => {
        if (this.library.listVersion !== before) this.library.onBackgroundChange();
      });
    const tracked = run.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    return tracked;
  }

  /** Aborted when background work is stopped (the library is closed). */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Resolves when no background task is running. */
  async whenIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  /** Ends running tasks and their workers. */
  stop(): void {
    this.controller.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Compares the folder (listed with mtimes and sizes in a worker thread) with the warm index:
   * files added, changed or removed while Copydesk was closed are read again or dropped. Then
   * checks the search index against the files' content hashes.
   */
  async verify(signal: AbortSignal): Promise<void> {
    const { workspace } = this.library;
    const files = await statInWorker(workspace.dir, signal).catch(async (error: unknown) => {
      if (!(error instanceof NoWorkerError)) throw error;
      await workspace.scan();
      return null;
    });
    if (files) await this.applyStats(files, signal);
    // Its own task, so what waits for the folder check does not wait for re-indexing.
    void this.start(async (later) => {
      await this.library.indexes.searchReady;
      if (!later.aborted) await this.reconcileSearch(later);
    });
  }

  private async applyStats(files: FileStat[], signal: AbortSignal): Promise<void> {
    const { workspace } = this.library;
    const present = new Set(files.map(([fileName]) => fileName));
    // In slices: at 50,000 files each pass holds main for a tenth of a second or more under load.
    const gone = (await filterInSlices(workspace.entries(), (entry) => !present.has(entry.fileName))).map((entry) => entry.fileName);
    await inLanes(gone, refreshConcurrency, (fileName) => workspace.refreshFile(fileName));
    for (const fileName of this.library.unreadableFileNames()) if (!present.has(fileName)) this.library.forgetUnreadable(fileName);
    const changed = await filterInSlices(files, ([fileName, mtimeMs, size]) => {
      const known = workspace.entryForFile(fileName) ?? this.library.unreadableRecord(fileName);
      if (!known) return true;
      return Array.isArray(known) ? known[1] !== mtimeMs || known[2] !== size : known.mtimeMs !== mtimeMs || known.size !== size;
    });
    await inLanes(changed, refreshConcurrency, async ([fileName]) => {
      if (signal.aborted) return;
      // A file listed as unreadable is re-read from scratch: it is not a known entry.
      if (!workspace.entryForFile(fileName)) this.library.forgetUnreadable(fileName);
      await workspace.refreshFile(fileName);
    });
  }

  /**
   * Re-indexes the articles whose search entry was taken from other content than their file now
   * holds (changed while the index journal was not written), and drops entries of articles that
   * are gone. When much is out of date the index is rebuilt instead.
   */
  private async reconcileSearch(signal: AbortSignal): Promise<void> {
    const { search } = this.library.indexes;
    if (!search) return;
    const { workspace } = this.library;
    const stale = [...workspace.entries()].filter((entry) => search.hashOf(entry.id) !== entry.hash);
    for (const id of [...search.ids()]) if (!workspace.find(id)) search.remove(id);
    if (stale.length > Math.max(1_000, workspace.size / 5)) {
      await this.library.rebuildSearch(signal);
      return;
    }
    await inLanes(stale, refreshConcurrency, async (entry) => {
      if (signal.aborted) return;
      const onDisk = await readArticleFile(join(workspace.dir, entry.fileName)).catch(() => null);
      if (onDisk && onDisk.hash === workspace.find(entry.id)?.hash) search.put(describeArticle(onDisk.article, entry.fileName).search, onDisk.hash);
    });
  }

  /** After a change: folds a grown journal into a new index file, a couple of seconds later. */
  compactSoon(): void {
    if (this.timer || this.controller.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.start(async () => {
        const { cache, search } = this.library.indexes;
        if (cache.shouldCompact(this.library.workspace.size)) await this.library.writeCacheSnapshot();
        if (search?.shouldCompact()) await search.writeFile();
      });
    }, compactDelayMs);
    this.timer.unref();
  }
}
