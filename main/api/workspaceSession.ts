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
    private readonly openLibrary: Library,
    readonly revisions: RevisionStore,
    readonly recovery: RecoveryStore,
    private readonly stopWatching: () => void,
  ) {}

  static async open(dir: string, userDataDir: string, events: SessionEvents): Promise<WorkspaceSession> {
    const recovery = new RecoveryStore(join(userDataDir, 'recovery'));
    await cleanUpAfterCrashes(dir, userDataDir, recovery);
    const library = await Library.open(dir, Library.cachePathFor(userDataDir));
    // A save returns before its text is indexed; listings settle first (`WorkspaceSession.library`).
    library.workspace.isLibraryUpdateDeferred = true;
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

  /**
   * The library, with every save that returned already in its lists and search index (saves tell
   * the library just after they return, so indexing an article's text is not part of the save's wait).
   */
  get library(): Library {
    this.openLibrary.workspace.settle();
    return this.openLibrary;
  }

  get workspace() {
    return this.openLibrary.workspace;
  }

  async close(): Promise<void> {
    this.stopWatching();
    this.openLibrary.workspace.settle();
    await this.openLibrary.close();
  }
}
