import { watch, type FSWatcher } from 'node:fs';
import { articleFileSuffix } from '../articles/articleFile';

/**
 * Watches a workspace folder for article files changed by other programs (sync tools, git,
 * another editor) and reports each changed file name once its writes have settled.
 */
export function watchWorkspace(dir: string, onFileChanged: (fileName: string) => void, settleMs = 150): () => void {
  const timers = new Map<string, NodeJS.Timeout>();
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, { persistent: false }, (_event, name) => {
      const fileName = name?.toString();
      if (!fileName || !fileName.endsWith(articleFileSuffix)) return;
      clearTimeout(timers.get(fileName));
      timers.set(
        fileName,
        setTimeout(() => {
          timers.delete(fileName);
          onFileChanged(fileName);
        }, settleMs),
      );
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = null;
  }
  return () => {
    watcher?.close();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
