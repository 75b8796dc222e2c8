import type { WorkspaceEntry } from '../articles/workspace';

/**
 * The library index snapshot as columns: a warm start reads the file, decodes the few short keys
 * every row needs at once (id, file name, hash, date) in one pass, and leaves the rest of each
 * row's text (headline, dek, lead…) as bytes, decoded only when something reads that field (the
 * rows in view, a search sorted by headline, the next snapshot). No JSON is parsed per row.
 *
 * Layout (little-endian typed arrays, each section aligned to 8 bytes):
 * magic, header length, header JSON, mtimes (f64), sizes (f64), words (u32), headline order
 * (u32), key offsets (u32, in UTF-16 units of the decoded keys), text offsets (u32, bytes),
 * flags (u8: status and "changed since published"), the keys (UTF-8), the text (UTF-8, row by
 * row, so a file cut short still holds its first rows whole).
 */

/** The first eight bytes of a snapshot file. */
export const magic = Buffer.from('CDLIBROW', 'latin1');
/** The format's version, in the header: any other version is read as "older format". */
export const rowSnapshotVersion = 4;
/** Keys stored per row: id, file name, hash, date. */
export const keysPerRow = 4;
/** Text fields stored per row: slug, kicker, headline, dek, bylines, tags (JSON), lead. */
export const textsPerRow = 7;

/** A file that could not be read, kept so it is listed at once and not re-read until it changes. */
export type UnreadableRecord = [fileName: string, mtimeMs: number, size: number, reason: string];

/** Facts stored beside the rows. */
export interface RowSnapshotMeta {
  workspace: string;
  /** The generation of this snapshot: only a journal that names it is read on top of it. */
  journal: string;
  /** The collation the headline order was made under. */
  collation: string;
  /** Files that could not be read: name, mtime, size, reason. */
  unreadable: UnreadableRecord[];
}

/** The JSON header of a snapshot file. */
export interface Header extends RowSnapshotMeta {
  copydeskLibrary: number;
  endian: string;
  count: number;
  keysBytes: number;
  textBytes: number;
}

/** What a snapshot file holds. `isComplete` is false when the file was cut short and only its first rows were whole. */
export interface DecodedSnapshot {
  meta: RowSnapshotMeta;
  /** Rows newest first (the first rows only, when the file was cut short). */
  entries: readonly WorkspaceEntry[];
  /** Positions in `entries` by headline; null when the file was cut short. */
  headlineOrder: ArrayLike<number> | null;
  isComplete: boolean;
}

/** An offset rounded up to a multiple of 8: every column of a snapshot file starts 8-byte aligned. */
export const align = (offset: number) => Math.ceil(offset / 8) * 8;
