import { readdir } from 'node:fs/promises';
import { articleFileSuffix } from '../articles/articleFile';
import type { Workspace } from '../articles/workspace';
import type { LibrarySearch } from './librarySearch';
import type { Maintenance } from './maintenance';
import { scanInWorkers } from './scanPool';
import type { ScannedEntry, ScannedRejected, ScannedUnreadable } from './scanProtocol';
import { SearchIndex } from './searchIndex';
import { workerScript } from './workerScript';

/** Below this many files a cold start reads them on this thread: starting workers would cost more. */
const defaultWorkerThreshold = 200;

/** A cold read in the background lists its first rows once this many files are read (see `nextListing`). */
const firstListing = 500;

/**
 * Most files read between two listings while the library is small. A listing sorts the rows new
 * since the last and merges them in (`SortedLists.reload`), so its longest cost is sorting this
 * many rows: at 32,000 files a doubling step's 16,000 held main for a fifth of a second and more
 * under load.
 */
const relistStep = 4_000;

/**
 * How many files a cold read has read when it lists them next, having listed `listedAt`: when the
 * count doubles, or grows by `relistStep`, or (past 16,000 files) by a quarter, whichever comes
 * first of the first two and last of the last two. Each listing passes over every row listed, so
 * a fixed step made the whole read's listings cost O(n²/step); growing by a quarter makes their
 * number logarithmic and their total work at most about five passes over the library.
 */
export function nextListing(listedAt: number): number {
  return Math.max(firstListing, Math.min(listedAt * 2, listedAt + Math.max(relistStep, Math.ceil(listedAt / 4))));
}

/** How far a cold read has got: files read so far, of how many. */
export interface FolderScan {
  done: number;
  total: number;
}

/** What a cold read fills and tells: the library it reads for. */
export interface ColdReadHost {
  readonly workspace: Workspace;
  readonly maintenance: Maintenance;
  readonly search: LibrarySearch;
  /** Takes a batch of files read (readable ones adopted, unreadable ones recorded) without a notice per file. */
  adopt(entries: readonly ScannedEntry[], unreadable: readonly ScannedUnreadable[]): void;
  /** Makes the lists again from every file taken so far. */
  relist(): void;
  /**
   * The read's progress changed (null: every file is read; `isCheckingFiles`: the files listed
   * from the workers' light check are still being checked in full); the listing says so.
   */
  report(scan: FolderScan | null, isCheckingFiles?: boolean): void;
  /** Writes the library index snapshot from the lists as they are. */
  writeCacheSnapshot(): Promise<void>;
}

/**
 * Lists as unreadable, with the full check's reason, files a worker listed from its light check
 * whose same bytes then failed the full check. A file read again since keeps its newer reading.
 * Told like any change (not as a bulk), so the lists, the index files and the search drop the row.
 */
function rejectListed(workspace: Workspace, files: readonly ScannedRejected[]): void {
  for (const file of files) {
    if (workspace.entryForFile(file.fileName)?.hash === file.hash) workspace.setUnreadable(file.fileName, file.reason, file);
  }
}

/** The article files of a workspace folder, by name. */
export async function articleFileNames(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith(articleFileSuffix)).sort();
}

/**
 * Fills a library that has no usable index. A few files (fewer than `workerThreshold`), or any
 * number in a build without the worker script, are read on this thread before this resolves, and
 * indexed as they are read; many are read in worker threads in the background
 * (`readFolderInBackground`), listed as they are read.
 */
export async function coldStart(host: ColdReadHost, workerThreshold = defaultWorkerThreshold): Promise<void> {
  const { workspace, maintenance, search } = host;
  const names = await articleFileNames(workspace.dir);
  if (names.length >= workerThreshold && (await workerScript('scanWorker'))) {
    readFolderInBackground(host, names);
    return;
  }
  await workspace.scan();
  search.install(SearchIndex.empty(search.path, workspace.dir));
  void maintenance.start(async () => {
    await host.writeCacheSnapshot();
    await search.live?.writeFile();
  });
}

/**
 * Reads `names` (every article file of a folder with no usable library index) in worker threads,
 * in the background. The host lists what has been read so far, its lists made again at the counts
 * `nextListing` gives (each listing merges the new rows into the order made before), and says how
 * far the read has got. Once every
 * file is read the lists are made once more and complete, the snapshot is written, the folder's
 * mtimes and sizes are checked once more (a worker's reading can be older than the watcher's), and
 * the workers' index parts become the search index. `workspace.untilChecked` resolves once every
 * file is listed. A worker that fails leaves its files to be read on this thread.
 */
function readFolderInBackground(host: ColdReadHost, names: readonly string[]): void {
  const { workspace, maintenance, search } = host;
  const progress: FolderScan = { done: 0, total: names.length };
  let listedAt = 0;
  // Rejections that come before every file is listed wait for it, so they apply to the lists made then.
  let held: ScannedRejected[] | null = [];
  const reject = (files: readonly ScannedRejected[]) => (held ? held.push(...files) : rejectListed(workspace, files));
  host.report(progress);
  search.building(0, names.length);
  const scan = scanInWorkers(workspace.dir, workspace.dir, names, { withSummaries: true, withIndex: true }, {
    onEntries: (scanned, unreadable) => {
      host.adopt(scanned, unreadable);
      progress.done += scanned.length + unreadable.length;
      if (progress.done >= nextListing(listedAt) || progress.done === progress.total) {
        listedAt = progress.done;
        host.relist();
      }
      host.report(progress);
    },
    onRejected: reject,
    onProgress: (done, total) => search.reportBuilding(done, total),
  }, maintenance.signal);
  const checked = maintenance.start(async (signal) => {
    // Files a failed worker left unread are read on this thread (files already read are skipped).
    const isReadHere = await scan.scanned.then(() => false, async () => {
      if (!signal.aborted) await workspace.scan();
      return true;
    });
    if (signal.aborted) return;
    // The last batch made the lists from every file already; made again only when files were read here.
    if (isReadHere || listedAt !== progress.total) host.relist();
    host.report(null, true);
    rejectListed(workspace, held ?? []);
    held = null;
    void maintenance.start(() => host.writeCacheSnapshot());
    void maintenance.start((later) => maintenance.verify(later));
  });
  workspace.untilChecked = checked.then(() => {
    workspace.untilChecked = null;
  });
  // Searches are not held up meanwhile: they answer from the summaries while the index is built.
  void maintenance.start(async (signal) => {
    const built = await scan.finished.catch(() => null);
    await checked;
    try {
      // A merge worker that fails took the parts with it: the index is then rebuilt from the files.
      const isInstalled = built ? await search.installMerged(built.snapshots).then(() => true, () => false) : false;
      // The rebuild checks every file in full, so files only the light check vouched for are still checked.
      if (!isInstalled && !signal.aborted) await search.rebuild(signal, reject);
    } finally {
      if (!signal.aborted) host.report(null, false);
    }
  });
}
