import type { WorkspaceEntry } from '../articles/workspace';

/** What a scan worker is asked to do: read files, only list the folder with each file's mtime and size, or merge index parts. */
export type WorkerTask = ScanTask | MergeTask;

/** Read files (first pass, second pass or both), or only list the folder. */
export interface ScanTask {
  kind: 'scan' | 'stat';
  dir: string;
  workspace: string;
  fileNames: string[];
  /** Send each file's summary (first pass: what the library lists). */
  withSummaries: boolean;
  /** Index the files' text (second pass, after the summaries) and send the index back. */
  withIndex: boolean;
  /**
   * Shared by a scan's workers (one Int32 over a SharedArrayBuffer): the position in `fileNames`
   * (the whole list, the same for each) the next worker to ask takes its next files from, so a
   * worker slowed by other load takes fewer and all finish together. Null: read all of `fileNames`.
   */
  next: Int32Array | null;
}

/**
 * Join the index parts of a scan's workers into one index file's bytes (`mergeSnapshots`), off
 * main, at the lowest priority: at 50,000 articles the merge takes a core for over a second.
 */
export interface MergeTask {
  kind: 'merge';
  workspace: string;
  /** The generation of the index file's journal. */
  journal: string;
  parts: Uint8Array[];
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
  /** `niceness`: the thread priority the index pass ran at (null: not indexed, or the platform has no per-thread priority). */
  | { type: 'done'; snapshot: ArrayBuffer | null; niceness: number | null }
  | { type: 'stats'; files: FileStat[] }
  | { type: 'merged'; bytes: ArrayBuffer }
  | { type: 'failed'; message: string };

/** An article file's name, mtime and size, as listed by a `stat` task. */
export type FileStat = [fileName: string, mtimeMs: number, size: number];
