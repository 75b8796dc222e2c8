import type { WorkspaceEntry } from '../articles/workspace';

/** What a scan worker is asked to do: read files, or only list the folder with each file's mtime and size. */
export interface ScanTask {
  kind: 'scan' | 'stat';
  dir: string;
  workspace: string;
  fileNames: string[];
  /** Send each file's summary (first pass: what the library lists). */
  withSummaries: boolean;
  /** Index the files' text (second pass, after the summaries) and send the index back. */
  withIndex: boolean;
}

/** A file a worker read and validated. */
export type ScannedEntry = WorkspaceEntry;

/** A file a worker could not read, with the reason and the facts that tell when it changes. */
export interface ScannedUnreadable {
  fileName: string;
  reason: string;
  mtimeMs: number;
  size: number;
}

/**
 * A file a worker listed from its light check (`listCheck.ts`) that failed the full check of the
 * same bytes (`hash`) in its second pass: main lists it as unreadable with `reason`, unless the
 * library has read the file again since.
 */
export interface ScannedRejected extends ScannedUnreadable {
  hash: string;
}

/** Messages from a scan worker to main. */
export type ScanMessage =
  | { type: 'batch'; entries: ScannedEntry[]; unreadable: ScannedUnreadable[]; done: number }
  /** Every summary has been sent; the worker goes on to index the text when asked to. */
  | { type: 'scanned' }
  | { type: 'indexed'; done: number }
  | { type: 'rejected'; files: ScannedRejected[] }
  | { type: 'done'; snapshot: ArrayBuffer | null }
  | { type: 'stats'; files: FileStat[] }
  | { type: 'failed'; message: string };

/** An article file's name, mtime and size, as listed by a `stat` task. */
export type FileStat = [fileName: string, mtimeMs: number, size: number];
