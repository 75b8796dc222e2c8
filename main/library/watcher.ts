import { statSync, watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { articleFileSuffix } from '../articles/articleFile';

/** How the watcher keeps up with its folder being deleted, replaced or recreated. */
export interface WatchOptions {
  /** How long a file's writes must be quiet before it is reported. */
  settleMs?: number;
  /** How often the folder itself is checked (it was deleted, or another folder now has its name). */
  checkMs?: number;
}

/**
 * Watches a workspace folder for article files changed by other programs (sync tools, git,
 * another editor) and reports each changed file name once its writes have settled. The folder
 * itself is checked every `checkMs`: when it is deleted the watcher waits for it, and when it
 * comes back (or another folder takes its name) watching starts again on the new folder and
 * every article file in it is reported, so the library catches up with whatever it holds.
 */
export function watchWorkspace(dir: string, onFileChanged: (fileName: string) => void, options: WatchOptions = {}): () => void {
  const settleMs = options.settleMs ?? 150;
  const timers = new Map<string, NodeJS.Timeout>();
  let watcher: FSWatcher | null = null;
  let watchedInode: number | null = null;
  let isStopped = false;

  const report = (fileName: string) => {
    if (isStopped || !fileName.endsWith(articleFileSuffix)) return;
    clearTimeout(timers.get(fileName));
    timers.set(
      fileName,
      setTimeout(() => {
        timers.delete(fileName);
        onFileChanged(fileName);
      }, settleMs),
    );
  };

  const stopWatcher = () => {
    watcher?.close();
    watcher = null;
    watchedInode = null;
  };

  const startWatcher = (inode: number): boolean => {
    try {
      const started = watch(dir, { persistent: false }, (_event, name) => {
        const fileName = name?.toString();
        if (fileName) report(fileName);
      });
      // A watcher that fails (its folder went away) is dropped; the next check starts a new one.
      started.on('error', () => {
        if (watcher === started) stopWatcher();
        else started.close();
      });
      watcher = started;
      watchedInode = inode;
      return true;
    } catch {
      return false;
    }
  };

  let isChecking = false;
  const check = async () => {
    if (isChecking || isStopped) return;
    isChecking = true;
    try {
      const inode = await stat(dir).then((info) => (info.isDirectory() ? info.ino : null), () => null);
      if (isStopped) return;
      if (inode === null) {
        stopWatcher();
        return;
      }
      if (watcher && watchedInode === inode) return;
      // A folder that came back, replaced the old one or appeared after opening: its files are new to the library.
      stopWatcher();
      if (!startWatcher(inode)) return;
      for (const name of await readdir(dir).catch(() => [])) report(name);
    } finally {
      isChecking = false;
    }
  };

  // The first watcher starts before this returns, so no change made right after opening is missed.
  try {
    const info = statSync(dir);
    if (info.isDirectory()) startWatcher(info.ino);
  } catch {
    // No folder yet: the checks start watching once it exists.
  }
  const checker = setInterval(() => void check(), options.checkMs ?? 1_000);
  checker.unref();

  return () => {
    isStopped = true;
    clearInterval(checker);
    stopWatcher();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
