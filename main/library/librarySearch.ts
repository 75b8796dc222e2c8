import { join } from 'node:path';
import { readArticleFile } from '../articles/articleFile';
import type { Workspace } from '../articles/workspace';
import type { SearchIndexState } from '../../shared/ipc';
import type { Maintenance } from './maintenance';
import { SearchIndexReadError } from './packedFormat';
import { NoWorkerError, scanInWorkers, type ScanSink } from './scanPool';
import { SearchIndex } from './searchIndex';
import { describeArticle, type SearchDocument } from './summary';

/** A change to the search index made while it is loading or being rebuilt, applied once it is there. */
type PendingChange = { document: SearchDocument; hash: string } | null;

/**
 * The library's full-text search index through its life: loaded from its file, rebuilt in
 * worker threads when missing, stale or damaged, and kept per saved article. While there is no
 * live index (loading, rebuilding), changes wait and are applied to the new one, and the state
 * says it is building, so searches answer from the summaries and say so.
 */
export class LibrarySearch {
  private index: SearchIndex | null = null;
  private pending: Map<string, PendingChange> | null = new Map();
  private current: SearchIndexState = { state: 'ready' };
  /** Resolves once a persisted index being loaded is live (or found unusable). */
  ready: Promise<void> = Promise.resolve();

  /** `onChange` is called when the live index or its state changed (the library's listing version grows). */
  constructor(readonly path: string, private readonly workspace: Workspace, private readonly maintenance: Maintenance, private readonly onChange: () => void) {}

  /** The live index, or null while one is loaded or built. */
  get live(): SearchIndex | null {
    return this.index;
  }

  /** Whether the index is ready or being built, and how far. */
  get state(): SearchIndexState {
    return this.current;
  }

  /** Says the index is being built, `done` of `total` files read. */
  building(done: number, total: number): void {
    this.current = { state: 'building', done, total };
  }

  /**
   * Loads the persisted index. When it is missing or unusable, a rebuild of `total` files starts
   * in the background and searches answer from the summaries meanwhile, saying so.
   */
  load(total: number): void {
    this.ready = (async () => {
      const loaded = await SearchIndex.load(this.path, this.workspace.dir);
      if (loaded) {
        this.install(loaded);
        return;
      }
      this.building(0, total);
      void this.maintenance.start((signal) => this.rebuild(signal));
    })();
  }

  /**
   * Reads every listed file again in worker threads to build a new index (the old one is missing
   * or stale). Files that fail the full check go to `onRejected` (see `ScanSink.onRejected`).
   */
  async rebuild(signal: AbortSignal, onRejected?: ScanSink['onRejected']): Promise<void> {
    const names = this.workspace.entries().map((entry) => entry.fileName);
    this.drop(names.length);
    try {
      const progress: ScanSink = { onEntries: () => undefined, onRejected, onProgress: (done: number, total: number) => this.reportBuilding(done, total) };
      const { snapshots } = await scanInWorkers(this.workspace.dir, this.workspace.dir, names, { withSummaries: false, withIndex: true }, progress, signal).finished;
      // A merge worker that fails took the parts with it: the files are indexed on this thread instead.
      await this.installMerged(snapshots).catch((error: unknown) => {
        throw error instanceof NoWorkerError ? error : new NoWorkerError(`the index merge failed: ${String(error)}`);
      });
    } catch (error) {
      if (!(error instanceof NoWorkerError)) throw error;
      await this.buildHere();
    }
  }

  /** Indexes every listed file on this thread (a build without the worker script, or a failed merge). */
  private async buildHere(): Promise<void> {
    const index = SearchIndex.empty(this.path, this.workspace.dir);
    for (const entry of this.workspace.entries()) {
      const onDisk = await readArticleFile(join(this.workspace.dir, entry.fileName)).catch(() => null);
      if (onDisk) index.put(describeArticle(onDisk.article, entry.fileName).search, onDisk.hash);
    }
    this.install(index);
  }

  /** Says how far a build has got, and tells the library. */
  reportBuilding(done: number, total: number): void {
    this.building(done, total);
    this.onChange();
  }

  /** Merges index parts built by scan workers into the index file, and makes it the live index. */
  async installMerged(snapshots: Uint8Array[]): Promise<void> {
    this.install(await SearchIndex.writeMerged(snapshots, this.path, this.workspace.dir));
  }

  /**
   * Makes a loaded or built index the live one and applies what changed meanwhile (a rebuilt
   * index's file is already written, so those changes are journalled after it).
   */
  install(index: SearchIndex): void {
    const pending = this.pending ?? new Map<string, PendingChange>();
    this.pending = null;
    if (this.index !== index) void this.index?.close().catch(() => undefined);
    this.index = index;
    for (const [id, change] of pending) {
      if (change) index.put(change.document, change.hash);
      else index.remove(id);
    }
    this.current = { state: 'ready' };
    this.onChange();
  }

  /** Indexes an article's new text (kept for the next index while none is live). */
  put(document: SearchDocument, hash: string): void {
    if (this.pending) this.pending.set(document.id, { document, hash });
    else this.use((index) => index.put(document, hash));
  }

  /** Takes an article out of the index. */
  remove(id: string): void {
    if (this.pending) this.pending.set(id, null);
    else this.use((index) => index.remove(id));
  }

  /**
   * Runs `use` on the live index. When the index file's postings can no longer be read (cut
   * short or replaced by another program since it was loaded), the index is dropped and rebuilt
   * in the background from the files, searches answer from the summaries meanwhile and say so,
   * and `use` returns undefined; the change it was making is in the rebuild, which reads every file.
   */
  use<T>(use: (index: SearchIndex) => T): T | undefined {
    const index = this.index;
    if (!index) return undefined;
    try {
      return use(index);
    } catch (error) {
      if (!(error instanceof SearchIndexReadError)) throw error;
      this.drop(this.workspace.size);
      this.onChange();
      void this.maintenance.start((signal) => this.rebuild(signal));
      return undefined;
    }
  }

  /**
   * Drops the live index ahead of a build of `total` files: its file is closed, changes made
   * meanwhile are kept for the new index, and the state says it is building.
   */
  drop(total: number): void {
    void this.index?.close().catch(() => undefined);
    this.index = null;
    this.pending ??= new Map();
    this.building(0, total);
  }

  /** Writes the index's pending changes; a refusal is left for the next write. */
  async flush(): Promise<void> {
    await this.index?.flush().catch(() => undefined);
  }
}
