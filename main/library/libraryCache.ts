import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { articleStatuses, type ArticleStatus } from '../../shared/article/model';
import type { ArticleSummary } from '../../shared/ipc';
import type { WorkspaceEntry } from '../articles/workspace';
import { DurableDataFile } from './durableDataFile';
import { Journal } from './journal';
import { headlineCollation } from './sortedLists';

/**
 * Version 3 stores rows as arrays in date order with the headline order beside them, and takes
 * later changes in an append-only journal, so neither a warm start nor a save rewrites the index.
 */
const cacheVersion = 3;

/** One row as stored: file facts, then the summary's fields, in a fixed order. */
type RecordTuple = [
  fileName: string, id: string, mtimeMs: number, size: number, hash: string,
  slug: string, kicker: string, headline: string, dek: string, status: ArticleStatus, bylines: string,
  updatedAt: string, words: number, isChangedSincePublished: 0 | 1, tags: string[], lead: string,
];
/** A file that could not be read, kept so it is listed at once and not re-read until it changes. */
export type UnreadableRecord = [fileName: string, mtimeMs: number, size: number, reason: string];

interface CacheData {
  version: typeof cacheVersion;
  workspace: string;
  /** The generation of this snapshot: only a journal that names it is read on top of it. */
  journal?: string;
  /** Rows newest first. */
  records: RecordTuple[];
  /** Positions in `records`, by headline. */
  headlineOrder: number[];
  /** The collation the headline order was made under (`headlineCollation`). */
  collation?: string;
  unreadable: UnreadableRecord[];
}

type JournalLine = ['put', RecordTuple] | ['remove', string] | ['unreadable', UnreadableRecord];

function toTuple(entry: WorkspaceEntry): RecordTuple {
  const s = entry.summary;
  return [entry.fileName, entry.id, entry.mtimeMs, entry.size, entry.hash, s.slug, s.kicker, s.headline, s.dek, s.status, s.bylines, s.updatedAt, s.words, s.isChangedSincePublished ? 1 : 0, s.tags, s.lead];
}

function fromTuple(t: RecordTuple): WorkspaceEntry {
  const [fileName, id, mtimeMs, size, hash, slug, kicker, headline, dek, status, bylines, updatedAt, words, changed, tags, lead] = t;
  return { id, fileName, mtimeMs, size, hash, summary: { id, slug, fileName, kicker, headline, dek, status, bylines, updatedAt, words, isChangedSincePublished: changed === 1, tags, lead } };
}

function isTuple(value: unknown): value is RecordTuple {
  return Array.isArray(value) && value.length === 16 && typeof value[1] === 'string' && typeof value[0] === 'string' && (articleStatuses as readonly unknown[]).includes(value[9]) && Array.isArray(value[14]);
}

/** What the index held at start: entries (and their stored orders when still valid) and unreadable files. */
export interface CacheContents {
  entries: WorkspaceEntry[];
  /** The entries by date and by headline as stored, and the headline order's collation; null when the journal changed them since. */
  orders: { updated: WorkspaceEntry[]; headline: WorkspaceEntry[]; collation: string } | null;
  unreadable: UnreadableRecord[];
}

/**
 * The lowdb library index in the app's data folder: every article's summary and file facts.
 * A snapshot (lowdb) plus an append-only journal of changes since; the snapshot is rewritten only
 * when the journal has grown to a share of the library, so a save costs one appended line. Like
 * any cache it can be deleted: a missing, unreadable or foreign index means a cold scan.
 */
export class LibraryCache {
  private readonly db: Low<CacheData>;
  private readonly file: DurableDataFile<CacheData>;
  private readonly journal: Journal<JournalLine>;
  private isSnapshotStale = false;

  private constructor(private readonly path: string, private readonly workspace: string) {
    this.file = new DurableDataFile<CacheData>(path, { parse: (text) => JSON.parse(text) as CacheData, stringify: (data) => JSON.stringify(data) });
    this.db = new Low(this.file, LibraryCache.empty(workspace));
    this.journal = new Journal<JournalLine>(`${path.replace(/\.json$/, '')}.log`);
  }

  private static empty(workspace: string): CacheData {
    return { version: cacheVersion, workspace, records: [], headlineOrder: [], unreadable: [] };
  }

  /** Opens the index for a workspace and reads what it holds; empty when absent, unreadable or for another workspace. */
  static async open(path: string, workspace: string): Promise<{ cache: LibraryCache; contents: CacheContents | null }> {
    const cache = new LibraryCache(path, workspace);
    await mkdir(dirname(path), { recursive: true });
    // Read through the adapter: lowdb keeps its default data when the file is missing, which must mean "cold" here.
    const data = await cache.file.read().catch(() => null);
    const isUsable = data !== null && data.version === cacheVersion && data.workspace === workspace && Array.isArray(data.records) && Array.isArray(data.headlineOrder);
    if (!isUsable) {
      cache.db.data = LibraryCache.empty(workspace);
      // Lines written before the first snapshot belong to no snapshot: a crash before it loses them, as a cold start should.
      await cache.journal.clear(randomUUID());
      return { cache, contents: null };
    }
    return { cache, contents: await cache.contents(data) };
  }

  private async contents(data: CacheData): Promise<CacheContents> {
    const updated = data.records.filter(isTuple).map(fromTuple);
    const headline = updated.length === data.records.length ? data.headlineOrder.map((position) => updated[position]).filter((entry) => entry !== undefined) : [];
    const stored = Array.isArray(data.unreadable) ? data.unreadable : [];
    const lines = await this.journal.read(typeof data.journal === 'string' ? data.journal : '');
    this.isSnapshotStale = lines.length > 0;
    if (lines.length === 0) {
      const orders = headline.length === updated.length ? { updated, headline, collation: typeof data.collation === 'string' ? data.collation : '' } : null;
      return { entries: updated, orders, unreadable: stored };
    }
    const byFile = new Map(updated.map((entry) => [entry.fileName, entry]));
    const unreadable = new Map(stored.map((record) => [record[0], record]));
    for (const line of lines) {
      if (line[0] === 'put' && isTuple(line[1])) {
        byFile.set(line[1][0], fromTuple(line[1]));
        unreadable.delete(line[1][0]);
      } else if (line[0] === 'remove' && typeof line[1] === 'string') {
        byFile.delete(line[1]);
        unreadable.delete(line[1]);
      } else if (line[0] === 'unreadable' && Array.isArray(line[1])) {
        byFile.delete(line[1][0]);
        unreadable.set(line[1][0], line[1]);
      }
    }
    return { entries: [...byFile.values()], orders: null, unreadable: [...unreadable.values()] };
  }

  /** Records a file's new reading (one journal line). */
  put(entry: WorkspaceEntry): void {
    this.journal.append(['put', toTuple(entry)]);
  }

  /** Records that a file is gone. */
  delete(fileName: string): void {
    this.journal.append(['remove', fileName]);
  }

  /** Records a file that could not be read. */
  setUnreadable(record: UnreadableRecord): void {
    this.journal.append(['unreadable', record]);
  }

  /** True when the journal has grown enough that rewriting the snapshot pays off (a tenth of the library, at least 500 lines). */
  shouldCompact(librarySize: number): boolean {
    return this.isSnapshotStale && this.journal.length >= Math.max(500, librarySize / 10);
  }

  /**
   * Rewrites the snapshot (through the durable write) from the library as it is now (rows by
   * date, plus the headline order) under a new generation, then trims the journal to the lines
   * made after it. Called after a cold scan and when the journal has grown.
   */
  async writeSnapshot(updated: readonly ArticleSummary[], headline: readonly ArticleSummary[], entryOf: (id: string) => WorkspaceEntry | undefined, unreadable: UnreadableRecord[]): Promise<void> {
    const position = new Map<string, number>();
    const records: RecordTuple[] = [];
    for (const row of updated) {
      const entry = entryOf(row.id);
      if (!entry) continue;
      position.set(row.id, records.length);
      records.push(toTuple(entry));
    }
    const headlineOrder = headline.map((row) => position.get(row.id)).filter((index): index is number => index !== undefined);
    // Taken with the rows, before any await: the snapshot holds exactly the first `mark` journal lines' changes.
    const mark = this.journal.length;
    const generation = randomUUID();
    this.db.data = { version: cacheVersion, workspace: this.workspace, journal: generation, records, headlineOrder, collation: headlineCollation, unreadable };
    try {
      await this.db.write();
    } finally {
      this.db.data = LibraryCache.empty(this.workspace);
    }
    await this.journal.rebase(mark, generation);
    this.isSnapshotStale = this.journal.length > 0;
  }

  /** Marks the snapshot as out of date (so the next compaction check counts the journal). */
  markChanged(): void {
    this.isSnapshotStale = true;
  }

  /** Writes pending journal lines now; rejects when the disk refuses them (they are tried again later). */
  async flush(): Promise<void> {
    await this.journal.flush();
  }

  /** Where the index lives (for diagnostics). */
  get location(): string {
    return this.path;
  }
}
