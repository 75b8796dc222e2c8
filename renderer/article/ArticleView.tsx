import type { Editor } from '@tiptap/react';
import { useCallback, useState } from 'react';
import type { Settings } from '../../shared/ipc';
import { call, errorMessage } from '../api';
import { BodyEditor } from '../editor/BodyEditor';
import { BodyStats } from '../editor/BodyStats';
import { ArticleFields } from './ArticleFields';
import { ConflictBanner } from './ConflictBanner';
import { RecoveryBanner } from './RecoveryBanner';
import { SaveIndicator } from './SaveIndicator';
import { StatusBadge } from './StatusBadge';
import type { useArticleDocument } from './useArticleDocument';

interface ArticleViewProps {
  document: ReturnType<typeof useArticleDocument>;
  settings: Settings;
  onLibraryChanged: () => void;
  onEditorReady: (editor: Editor) => void;
}

/** The open article: banners, structured fields, the body editor and its footer. */
export function ArticleView({ document, settings, onLibraryChanged, onEditorReady }: ArticleViewProps) {
  const { article, saveState, contentVersion, recovered, bodyRef, update, markChanged, replace } = document;
  const [editor, setEditor] = useState<Editor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const handleReady = useCallback(
    (ready: Editor) => {
      setEditor(ready);
      onEditorReady(ready);
    },
    [onEditorReady],
  );
  if (!article) return <p className="empty-state">{document.loadError ?? 'Opening…'}</p>;

  const rename = (slug: string) =>
    call('renameArticle', { id: article.id, slug }).then(
      (renamed) => {
        replace({ ...(document.article ?? renamed), slug: renamed.slug, updatedAt: renamed.updatedAt, body: bodyRef.current() });
        setNotice(`Renamed to ${renamed.slug}.article.json`);
        onLibraryChanged();
      },
      (error: unknown) => setNotice(errorMessage(error)),
    );

  return (
    <article className="article-view" aria-label="Article">
      <header className="article-toolbar">
        <StatusBadge status={article.status} isChangedSincePublished={article.publication !== null && article.publication.contentUpdatedAt !== article.updatedAt} />
        <SaveIndicator state={saveState} />
        <BodyStats editor={editor} />
        <button type="button" onClick={() => void document.saveNow(true).then(onLibraryChanged)}>
          Save
        </button>
      </header>
      {saveState.kind === 'conflict' ? (
        <ConflictBanner
          reason={saveState.reason}
          onChoose={(choice) =>
            void document.resolveConflict(choice).then(
              (copy) => {
                setNotice(copy ? `Your version was kept as a copy: “${copy.headline || copy.slug}”.` : 'Reloaded the version on disk.');
                onLibraryChanged();
              },
              (error: unknown) => setNotice(errorMessage(error)),
            )
          }
        />
      ) : null}
      {recovered ? <RecoveryBanner savedAt={recovered.updatedAt} onRestore={document.acceptRecovered} onDiscard={() => void document.discardRecovered()} /> : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ArticleFields article={article} settings={settings} onChange={update} onRename={(slug) => void rename(slug)} />
      <BodyEditor key={`${article.id}:${contentVersion}`} initialBody={article.body} bodyRef={bodyRef} onChange={markChanged} onReady={handleReady} />
    </article>
  );
}
