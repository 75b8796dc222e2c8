import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import type { CachedReading } from '../articles/workspace';
import type { ArticleSummary } from '../../shared/ipc';
import { DurableDataFile } from './durableDataFile';
import { WriteBatch } from './writeBatch';

/** One cached file: what the workspace needs to skip re-reading it, and the list row. Search texts live in `SearchTexts`. */
export interface CacheRecord extends CachedReading {
  summary: ArticleSummary;
}

/** Version 2 moved the search texts out of the index, so a warm start parses only list rows. */
const cacheVersion = 2;

interface CacheData {
  version: typeof cacheVersion;
  workspace: string;
  files: Record<string, CacheRecord>;
}

/**
 * The lowdb library index in the app's data folder. It is only a cache of the workspace files:
 * when it is missing, stale, unreadable or for another workspace it is simply rebuilt.
 */
export class LibraryCache {
  private readonly db: Low<CacheData>;
  private readonly batch = new WriteBatch(() => this.flush());
  private pending: Promise<void> = Promise.resolve();

  private constructor(private readonly path: string, private readonly workspace: string) {
    // Compact JSON: the index is a cache nobody reads by eye, and a warm start parses all of it.
    const file = new DurableDataFile<CacheData>(path, { parse: (text) => JSON.parse(text) as CacheData, stringify: (data) => JSON.stringify(data) });
    this.db = new Low(file, { version: cacheVersion, workspace, files: {} });
  }

  /** Opens the index for a workspace, starting empty when the file is absent or not usable. */
  static async open(path: string, workspace: string): Promise<LibraryCache> {
    const cache = new LibraryCache(path, workspace);
    await mkdir(dirname(path), { recursive: true });
    try {
      await cache.db.read();
    } catch {
      cache.db.data = { version: cacheVersion, workspace, files: {} };
    }
    const data = cache.db.data;
    if (data?.version !== cacheVersion || data.workspace !== workspace || typeof data.files !== 'object' || data.files === null) {
      cache.db.data = { version: cacheVersion, workspace, files: {} };
    }
    return cache;
  }

  get(fileName: string): CacheRecord | undefined {
    return Object.hasOwn(this.db.data.files, fileName) ? this.db.data.files[fileName] : undefined;
  }

  records(): CacheRecord[] {
    return Object.values(this.db.data.files);
  }

  set(record: CacheRecord): void {
    this.db.data.files[record.fileName] = record;
    this.batch.schedule();
  }

  delete(fileName: string): void {
    delete this.db.data.files[fileName];
    this.batch.schedule();
  }

  /** Writes pending changes now (at shutdown, or in tests). A failed write only costs a rebuild. */
  async flush(): Promise<void> {
    this.batch.cancel();
    this.pending = this.pending.then(() => this.db.write()).catch(() => undefined);
    await this.pending;
  }

  /** Where the index lives (for diagnostics). */
  get location(): string {
    return this.path;
  }
}
