import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { articleStatuses, type ArticleStatus } from '../../shared/article/model';
import type { ArticleSummary } from '../../shared/ipc';
import type { WorkspaceEntry } from '../articles/workspace';
import { DurableDataFile } from './durableDataFile';
import { Journal } from './journal';
import { decodeRowSnapshot, encodeRowSnapshotInSlices, type DecodedSnapshot, type RowSnapshotMeta, type UnreadableRecord } from './rowSnapshot';
import { headlineCollation } from './sortedLists';

/** The JSON format before the column snapshot: rows as arrays in date order, the headline order beside them. */
const legacyVersion = 3;

/** One row as a journal line (and the older JSON snapshot) stores it: file facts, then the summary's fields, in a fixed order. */
type RecordTuple = [
  fileName: string, id: string, mtimeMs: number, size: number, hash: string,
  slug: string, kicker: string, headline: string, dek: string, status: ArticleStatus, bylines: string,
  updatedAt: string, words: number, isChangedSincePublished: 0 | 1, tags: string[], lead: string,
];

/** The index as it was stored before the column snapshot (read once, then written in the new format). */
interface LegacyCacheData {
  version: typeof legacyVersion;
  workspace: string;
  journal?: string;
  /** Rows newest first. */
  records: RecordTuple[];
  /** Positions in `records`, by headline. */
  headlineOrder: number[];
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

/** Reads an index of the JSON format (version 3) into the snapshot's shape; null when it is not one. */
async function readLegacy(path: string, workspace: string): Promise<DecodedSnapshot | null> {
  const data = await readFile(path, 'utf8').then((text) => JSON.parse(text) as Partial<LegacyCacheData>, () => null);
  if (!data || data.version !== legacyVersion || data.workspace !== workspace || !Array.isArray(data.records) || !Array.isArray(data.headlineOrder)) return null;
  const entries = data.records.filter(isTuple).map(fromTuple);
  const isComplete = entries.length === data.records.length && data.headlineOrder.length === entries.length;
  const meta: RowSnapshotMeta = { workspace, journal: typeof data.journal === 'string' ? data.journal : '', collation: typeof data.collation === 'string' ? data.collation : '', unreadable: Array.isArray(data.unreadable) ? data.unreadable : [] };
  return { meta, entries, headlineOrder: isComplete ? data.headlineOrder : null, isComplete };
}

/** Why the stored snapshot is being written again though nothing changed (said in the listing while the folder is checked). */
export type SnapshotRepair = 'cut-short' | 'older-format' | null;

/** What the index held at start: entries (and their stored orders when still valid) and unreadable files. */
export interface CacheContents {
  entries: readonly WorkspaceEntry[];
  /** The entries by date and by headline as stored, and the headline order's collation; null when the journal changed them since. */
  orders: { updated: readonly WorkspaceEntry[]; headline: WorkspaceEntry[]; collation: string } | null;
  unreadable: UnreadableRecord[];
  /** Set when the snapshot was usable only in part (cut short) or was of an older format: it is written again once the folder is checked. */
  repair: SnapshotRepair;
}

/**
 * The lowdb library index in the app's data folder: every article's summary and file facts.
 * A column snapshot (`rowSnapshot.ts`, through lowdb) plus an append-only journal of changes
 * since; the snapshot is rewritten only when the journal has grown to a share of the library, so
 * a save costs one appended line. Like any cache it can be deleted: a missing, unreadable or
 * foreign index means a cold scan. A snapshot cut short gives its whole first rows, and one of the
 * older JSON format (`library-index.json`) is read as it is; either is written again in the
 * background once the folder has been checked.
 */
export class LibraryCache {
  private readonly db: Low<DecodedSnapshot>;
  private readonly file: DurableDataFile<DecodedSnapshot>;
  private readonly journal: Journal<JournalLine>;
  private readonly snapshotPath: string;
  private isSnapshotStale = false;
  private repair: SnapshotRepair = null;

  private constructor(private readonly path: string, private readonly workspace: string) {
    this.snapshotPath = LibraryCache.snapshotPathFor(path);
    this.file = new DurableDataFile<DecodedSnapshot>(this.snapshotPath, { parse: decodeRowSnapshot, stringify: (data) => encodeRowSnapshotInSlices(data) });
    this.db = new Low(this.file, LibraryCache.empty(workspace));
    this.journal = new Journal<JournalLine>(`${path.replace(/\.json$/, '')}.log`);
  }

  /** Where the column snapshot lives for an index at `path` (the older JSON format's file). */
  static snapshotPathFor(path: string): string {
    return `${path.replace(/\.json$/, '')}-rows.bin`;
  }

  private static empty(workspace: string): DecodedSnapshot {
    return { meta: { workspace, journal: '', collation: '', unreadable: [] }, entries: [], headlineOrder: [], isComplete: true };
  }

  /** Opens the index for a workspace and reads what it holds; empty when absent, unreadable or for another workspace. */
  static async open(path: string, workspace: string): Promise<{ cache: LibraryCache; contents: CacheContents | null }> {
    const cache = new LibraryCache(path, workspace);
    await mkdir(dirname(path), { recursive: true });
    // Read through the adapter: lowdb keeps its default data when the file is missing, which must mean "cold" here.
    let data = await cache.file.read().catch(() => null);
    let repair: SnapshotRepair = data && !data.isComplete ? 'cut-short' : null;
    if (!data) {
      data = await readLegacy(path, workspace);
      repair = 'older-format';
    }
    if (!data || data.meta.workspace !== workspace || data.entries.length === 0 && !data.isComplete) {
      cache.db.data = LibraryCache.empty(workspace);
      // Lines written before the first snapshot belong to no snapshot: a crash before it loses them, as a cold start should.
      await cache.journal.clear(randomUUID());
      return { cache, contents: null };
    }
    cache.repair = repair;
    return { cache, contents: await cache.contents(data, repair) };
  }

  private async contents(data: DecodedSnapshot, repair: SnapshotRepair): Promise<CacheContents> {
    const updated = data.entries;
    const order = data.headlineOrder;
    const headline: WorkspaceEntry[] = [];
    if (order) for (let index = 0; index < order.length; index += 1) {
      const entry = updated[order[index] as number];
      if (entry) headline.push(entry);
    }
    const stored = data.meta.unreadable;
    const lines = await this.journal.read(data.meta.journal);
    this.isSnapshotStale = lines.length > 0 || repair !== null;
    if (lines.length === 0) {
      const orders = headline.length === updated.length ? { updated, headline, collation: data.meta.collation } : null;
      return { entries: updated, orders, unreadable: stored, repair };
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
    return { entries: [...byFile.values()], orders: null, unreadable: [...unreadable.values()], repair };
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
    return this.repair !== null || (this.isSnapshotStale && this.journal.length >= Math.max(500, librarySize / 10));
  }

  /**
   * Rewrites the snapshot (through the durable write) from the library as it is now (rows by
   * date, plus the headline order) under a new generation, then trims the journal to the lines
   * made after it. Called after a cold scan and when the journal has grown.
   */
  async writeSnapshot(updated: readonly ArticleSummary[], headline: readonly ArticleSummary[], entryOf: (id: string) => WorkspaceEntry | undefined, unreadable: UnreadableRecord[]): Promise<void> {
    const position = new Map<string, number>();
    const entries: WorkspaceEntry[] = [];
    for (const row of updated) {
      const entry = entryOf(row.id);
      if (!entry) continue;
      position.set(row.id, entries.length);
      entries.push(entry);
    }
    const headlineOrder = headline.map((row) => position.get(row.id)).filter((index): index is number => index !== undefined);
    // Taken with the rows, before any await: the snapshot holds exactly the first `mark` journal lines' changes.
    const mark = this.journal.length;
    const generation = randomUUID();
    this.db.data = { meta: { workspace: this.workspace, journal: generation, collation: headlineCollation, unreadable }, entries, headlineOrder, isComplete: true };
    try {
      await this.db.write();
    } finally {
      this.db.data = LibraryCache.empty(this.workspace);
    }
    await this.journal.rebase(mark, generation);
    this.isSnapshotStale = this.journal.length > 0;
    this.repair = null;
    // The older format's file is replaced by the snapshot just written (its journal now names the new generation).
    await rm(this.path, { force: true });
  }

  /** Why the snapshot must be written again though the library did not change (null when it need not be). */
  get pendingRepair(): SnapshotRepair {
    return this.repair;
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
    return this.snapshotPath;
  }
}
