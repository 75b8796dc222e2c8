import { ConflictBanner } from './ConflictBanner';
import { RecoveryBanner } from './RecoveryBanner';
import { useSaveStatus } from './saveStatus';
import type { useArticleDocument } from './useArticleDocument';

interface ArticleBannersProps {
  document: ReturnType<typeof useArticleDocument>;
  notice: string | null;
  onNotice: (notice: string) => void;
  onLibraryChanged: () => void;
}

/** What needs the reporter's attention above the page: a failed save, a conflict, recovered text, a notice. */
export function ArticleBanners({ document, notice, onNotice, onLibraryChanged }: ArticleBannersProps) {
  const { recovered } = document;
  const saveState = useSaveStatus(document.saveStatus, (status) => status.state);
  const resolve = (choice: 'reload-theirs' | 'keep-mine-as-copy') =>
    void document.resolveConflict(choice).then(
      () => {
        onLibraryChanged();
        onNotice(choice === 'keep-mine-as-copy' ? 'Your version was kept as a copy in the library; this is the version on disk.' : 'Reloaded the version on disk.');
      },
      (error: unknown) => onNotice(error instanceof Error ? error.message : String(error)),
    );
  return (
    <>
      {saveState.kind === 'failed' ? (
        <p className="banner banner-warning" role="alert">
          <strong>Not saved:</strong> {saveState.reason}
        </p>
      ) : null}
      {saveState.kind === 'conflict' ? <ConflictBanner reason={saveState.reason} onChoose={resolve} /> : null}
      {recovered ? <RecoveryBanner savedAt={recovered.updatedAt} onRestore={document.acceptRecovered} onDiscard={() => void document.discardRecovered()} /> : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
    </>
  );
}
