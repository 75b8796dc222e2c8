import type { WorkspaceEntry } from '../articles/workspace';

/** What a scan worker is asked to do: read files, or only list the folder with each file's mtime and size. */
export interface ScanTask {
  kind: 'scan' | 'stat';
  dir: string;
  workspace: string;
  fileNames: string[];
  /** Also index the files' text and send the index back. */
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

/** Messages from a scan worker to main. */
export type ScanMessage =
  | { type: 'batch'; entries: ScannedEntry[]; unreadable: ScannedUnreadable[]; done: number }
  | { type: 'done'; snapshot: ArrayBuffer | null }
  | { type: 'stats'; files: FileStat[] }
  | { type: 'failed'; message: string };

/** An article file's name, mtime and size, as listed by a `stat` task. */
export type FileStat = [fileName: string, mtimeMs: number, size: number];
