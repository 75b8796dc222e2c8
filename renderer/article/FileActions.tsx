import { useState } from 'react';
import type { Article } from '../../shared/article/model';
import { call, errorMessage } from '../api';
import { ConfirmDialog } from '../ConfirmDialog';

interface FileActionsProps {
  article: Article;
  /** Saves pending edits first, so a copy or the trash gets the latest text. */
  onFlush: () => Promise<unknown>;
  onLibraryChanged: () => void;
  onNotice: (notice: string) => void;
  onClosed: () => void;
}

/** Duplicate the article, or move it to the trash after asking. */
export function FileActions({ article, onFlush, onLibraryChanged, onNotice, onClosed }: FileActionsProps) {
  const [isConfirmingTrash, setIsConfirmingTrash] = useState(false);
  const name = article.headline || 'this untitled article';
  const fail = (error: unknown) => onNotice(errorMessage(error));
  const duplicate = () =>
    void onFlush()
      .then(() => call('duplicateArticle', { id: article.id }))
      .then((copy) => {
        onLibraryChanged();
        onNotice(`Duplicated as “${copy.headline || copy.slug}”.`);
      }, fail);
  const trash = () =>
    void onFlush()
      .then(() => call('trashArticle', { id: article.id }))
      .then(() => {
        onLibraryChanged();
        onClosed();
      }, fail);
  return (
    <div className="file-actions">
      <button type="button" onClick={duplicate}>
        Duplicate
      </button>
      <button type="button" onClick={() => setIsConfirmingTrash(true)}>
        Move to trash…
      </button>
      {isConfirmingTrash ? (
        <ConfirmDialog title="Move to the trash?" confirmLabel="Move to trash" onConfirm={trash} onCancel={() => setIsConfirmingTrash(false)}>
          <p>
            “{name}” leaves the library. Nothing is deleted: the file is kept in this workspace’s trash and can be recovered from there.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
