import { call } from '../api';
import type { useArticleDocument } from './useArticleDocument';

interface ArticleActionsProps {
  document: ReturnType<typeof useArticleDocument>;
  onLibraryChanged: () => void;
  onNotice: (notice: string) => void;
  onClosed: () => void;
}

/** Save, duplicate and move-to-trash for the open article. */
export function ArticleActions({ document, onLibraryChanged, onNotice, onClosed }: ArticleActionsProps) {
  const article = document.article;
  if (!article) return null;
  const fail = (error: unknown) => onNotice(error instanceof Error ? error.message : String(error));
  return (
    <span className="article-actions">
      <button type="button" onClick={() => void document.saveNow(true).then(onLibraryChanged)}>
        Save
      </button>
      <button
        type="button"
        onClick={() =>
          void document
            .saveNow(false)
            .then(() => call('duplicateArticle', { id: article.id }))
            .then((copy) => {
              onLibraryChanged();
              onNotice(`Duplicated as “${copy.headline || copy.slug}”.`);
            }, fail)
        }
      >
        Duplicate
      </button>
      <button
        type="button"
        onClick={() => {
          if (!window.confirm(`Move “${article.headline || 'this article'}” to the trash? It stays recoverable in the workspace’s .copydesk/trash folder.`)) return;
          void document
            .saveNow(false)
            .then(() => call('trashArticle', { id: article.id }))
            .then(() => {
              onLibraryChanged();
              onClosed();
            }, fail);
        }}
      >
        Move to trash
      </button>
    </span>
  );
}
