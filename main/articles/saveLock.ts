import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../../shared/errors';

/**
 * A lock whose holder stopped refreshing it this long ago is taken over (its process died). The
 * library's minimum; the holder refreshes it every second while a save is inside.
 */
const staleMs = 2_000;

/** Waits of 20 ms growing to 500 ms, about 12 s in all: longer than a dead holder's lock stays fresh. */
const retries = { retries: 30, factor: 1.5, minTimeout: 20, maxTimeout: 500 };

/** In-process queues per lock, so a process never polls a lock it holds itself. */
const queues = new Map<string, Promise<unknown>>();

async function ensureLockFolder(workspaceDir: string): Promise<string> {
  const copydeskDir = join(workspaceDir, '.copydesk');
  const locksDir = join(copydeskDir, 'locks');
  // Not recursive: a workspace folder deleted outside Copydesk must not be recreated by a save.
  for (const dir of [copydeskDir, locksDir]) {
    await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  return locksDir;
}

async function acquire(workspaceDir: string, id: string): Promise<() => Promise<void>> {
  let locksDir: string;
  try {
    locksDir = await ensureLockFolder(workspaceDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('conflict', 'the workspace folder was deleted or moved outside Copydesk');
    throw new AppError('write-failed', `could not lock the article for saving (${code ?? String(error)})`);
  }
  try {
    return await lockfile.lock(join(locksDir, id), { stale: staleMs, retries, realpath: false, onCompromised: () => undefined });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') throw new AppError('write-failed', 'another Copydesk is saving this article right now; Copydesk will retry');
    throw new AppError('write-failed', `could not lock the article for saving (${code ?? String(error)})`);
  }
}

/**
 * Runs `work` while holding the article's exclusive save lock: `.copydesk/locks/<id>.lock` in the
 * workspace, a folder created atomically (proper-lockfile), so no other Copydesk process (another
 * window's process, or another computer on a shared folder) can check and replace the same article
 * file at the same time. Callers keep the work short: re-read the file, compare, rename.
 */
export function withArticleLock<T>(workspaceDir: string, id: string, work: () => Promise<T>): Promise<T> {
  const key = join(workspaceDir, id);
  const run = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(async () => {
    const release = await acquire(workspaceDir, id);
    try {
      return await work();
    } finally {
      await release().catch(() => undefined);
    }
  });
  queues.set(key, run);
  void run.finally(() => {
    if (queues.get(key) === run) queues.delete(key);
  }).catch(() => undefined);
  return run;
}
