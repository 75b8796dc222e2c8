import { readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/article/model';
import { parseArticleBytes } from './articleFile';
import { parseTempFileName, type TempFileName } from './durableWrite';

/** What a temp file of a given folder may hold, and so what is done with a newer one that parses. */
export type TempPolicy =
  /** Article files: a newer complete article is handed to `offer` (recovered text) and never deleted. */
  | { kind: 'articles'; offer: (article: Article) => Promise<void> }
  /** Snapshots and recovery files: a complete article newer than its file (or without one) takes its place. */
  | { kind: 'complete' }
  /** Caches and settings: every temp file is an unfinished write of something rebuilt or kept elsewhere. */
  | { kind: 'discard' };

/** What a clean-up did, by file name. */
export interface TempCleanup {
  removed: string[];
  offered: string[];
  completed: string[];
  kept: string[];
}

/** How long a temp file from another computer (or an older Copydesk) is left alone: its writer may still be at work. */
const foreignGraceMs = 10 * 60_000;

/** True when the temp file's writer may still be writing it: alive on this computer, or recent elsewhere. */
function isPossiblyLive(temp: TempFileName, mtimeMs: number): boolean {
  const { writer } = temp;
  if (!writer?.isThisComputer) return Date.now() - mtimeMs < foreignGraceMs;
  try {
    process.kill(writer.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function mtimeOf(path: string): Promise<number | null> {
  return stat(path).then((info) => info.mtimeMs, () => null);
}

async function parseTemp(path: string): Promise<Article | null> {
  try {
    return parseArticleBytes(await readFile(path));
  } catch {
    return null;
  }
}

/**
 * Removes the temp files that killed or failed writes left in `dir` (never one whose writer may
 * still be at work): those older than (or as old as) their file, and those that are not a complete article. A newer one that parses is never deleted:
 * in the workspace it is offered as recovered text; a snapshot or recovery file it completes is put
 * in place. Failures are skipped; the next start tries again.
 */
export async function cleanTempFiles(dir: string, policy: TempPolicy): Promise<TempCleanup> {
  const done: TempCleanup = { removed: [], offered: [], completed: [], kept: [] };
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const temp = parseTempFileName(name);
    if (!temp) continue;
    const { target } = temp;
    const path = join(dir, name);
    const [tempTime, targetTime] = await Promise.all([mtimeOf(path), mtimeOf(join(dir, target))]);
    if (tempTime === null || isPossiblyLive(temp, tempTime)) continue;
    const article = policy.kind === 'discard' || (targetTime !== null && tempTime <= targetTime) ? null : await parseTemp(path);
    try {
      if (!article) {
        await unlink(path);
        done.removed.push(name);
      } else if (policy.kind === 'articles') {
        await policy.offer(article);
        done.offered.push(name);
      } else {
        await rename(path, join(dir, target));
        done.completed.push(name);
      }
    } catch {
      done.kept.push(name);
    }
  }
  return done;
}

/**
 * Removes the temp files of one file (not a live writer's), after the reporter discarded the
 * recovered text they held, so it is not offered again at the next start.
 */
export async function removeTempFilesOf(dir: string, fileName: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const temp = parseTempFileName(name);
    if (temp?.target !== fileName) continue;
    const mtime = await mtimeOf(join(dir, name));
    if (mtime !== null && !isPossiblyLive(temp, mtime)) await unlink(join(dir, name)).catch(() => undefined);
  }
}
