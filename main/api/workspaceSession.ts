import { join } from 'node:path';
import { RecoveryStore } from '../articles/recovery';
import { cleanTempFiles } from '../articles/tempFiles';
import { RevisionStore } from '../articles/revisions';
import { Library } from '../library/library';
import { watchWorkspace } from '../library/watcher';

/** Called when files change on disk: an open article's id when it was changed by another program. */
export interface SessionEvents {
  onArticleChangedOnDisk(id: string, isDeleted: boolean): void;
  onLibraryChanged(): void;
}

/**
 * Clears what killed writes left behind: temp files older than their file or incomplete are removed;
 * a newer complete article in the workspace is offered back as recovered text (and kept on disk).
 */
async function cleanUpAfterCrashes(dir: string, userDataDir: string, recovery: RecoveryStore): Promise<void> {
  await cleanTempFiles(userDataDir, { kind: 'discard' });
  await cleanTempFiles(recovery.dir, { kind: 'complete' });
  await cleanTempFiles(dir, { kind: 'articles', offer: (article) => recovery.offer(article) });
}

/** Everything tied to one open workspace folder: library, revisions, recovery and the watcher. */
export class WorkspaceSession {
  private constructor(
    readonly library: Library,
    readonly revisions: RevisionStore,
    readonly recovery: RecoveryStore,
    private readonly stopWatching: () => void,
  ) {}

  static async open(dir: string, userDataDir: string, events: SessionEvents): Promise<WorkspaceSession> {
    const recovery = new RecoveryStore(join(userDataDir, 'recovery'));
    await cleanUpAfterCrashes(dir, userDataDir, recovery);
    const library = await Library.open(dir, Library.cachePathFor(userDataDir));
    let libraryTimer: NodeJS.Timeout | null = null;
    // Background work (checking the folder, rebuilding the search index) tells the renderer as it goes, at most 4 times a second.
    library.onBackgroundChange = () => {
      if (libraryTimer) return;
      libraryTimer = setTimeout(() => {
        libraryTimer = null;
        events.onLibraryChanged();
      }, 250);
    };
    const stop = watchWorkspace(dir, (fileName) => {
      void library.workspace.refreshFile(fileName).then((change) => {
        if (change) events.onArticleChangedOnDisk(change.id, change.isDeleted);
        if (libraryTimer) return;
        libraryTimer = setTimeout(() => {
          libraryTimer = null;
          events.onLibraryChanged();
        }, 250);
      });
    });
    return new WorkspaceSession(library, new RevisionStore(dir), recovery, stop);
  }

  get workspace() {
    return this.library.workspace;
  }

  async close(): Promise<void> {
    this.stopWatching();
    await this.library.close();
  }
}
