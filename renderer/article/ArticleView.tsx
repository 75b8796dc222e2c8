import type { Editor } from '@tiptap/react';
import { useCallback, useState } from 'react';
import type { Settings } from '../../shared/ipc';
import { call, errorMessage } from '../api';
import { CorrectionsSection } from '../corrections/CorrectionsSection';
import { BodyEditor } from '../editor/BodyEditor';
import { BodyStats } from '../editor/BodyStats';
import { FindBar } from '../editor/FindBar';
import { SourcesContext } from '../editor/sourcesContext';
import { Toolbar } from '../editor/Toolbar';
import { newSource } from '../sources/newSource';
import { ArticleActions } from './ArticleActions';
import { ArticleFields } from './ArticleFields';
import { ConflictBanner } from './ConflictBanner';
import { RecoveryBanner } from './RecoveryBanner';
import { SaveIndicator } from './SaveIndicator';
import { StatusBadge } from './StatusBadge';
import type { useArticleDocument } from './useArticleDocument';

interface ArticleViewProps {
  document: ReturnType<typeof useArticleDocument>;
  settings: Settings;
  notice: string | null;
  isFinding: boolean;
  onCloseFind: () => void;
  onLibraryChanged: () => void;
  onEditorReady: (editor: Editor) => void;
  onClosed: () => void;
}

/** The open article: banners, structured fields, toolbar, the body editor and its status line. */
export function ArticleView({ document, settings, notice: outerNotice, isFinding, onCloseFind, onLibraryChanged, onEditorReady, onClosed }: ArticleViewProps) {
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

  const report = (promise: Promise<unknown>, success: string) => promise.then(() => setNotice(success), (error: unknown) => setNotice(errorMessage(error)));
  const rename = (slug: string) =>
    report(
      call('renameArticle', { id: article.id, slug }).then((renamed) => {
        replace({ ...(document.article ?? renamed), slug: renamed.slug, updatedAt: renamed.updatedAt, body: bodyRef.current() });
        onLibraryChanged();
      }),
      `Renamed the file to ${slug}.article.json`,
    );
  const createSource = (name: string) => {
    const source = newSource(name);
    update({ sources: [...article.sources, source] });
    return source.id;
  };
  const shownNotice = notice ?? outerNotice;

  return (
    <article className="article-view" aria-label="Article">
      <header className="article-toolbar">
        <StatusBadge status={article.status} isChangedSincePublished={article.publication !== null && article.publication.contentUpdatedAt !== article.updatedAt} />
        <SaveIndicator state={saveState} />
        <BodyStats editor={editor} />
        <ArticleActions document={document} onLibraryChanged={onLibraryChanged} onNotice={setNotice} onClosed={onClosed} />
      </header>
      {saveState.kind === 'conflict' ? (
        <ConflictBanner
          reason={saveState.reason}
          onChoose={(choice) =>
            void report(
              document.resolveConflict(choice).then(onLibraryChanged),
              choice === 'keep-mine-as-copy' ? 'Your version was kept as a copy in the library; this is the version on disk.' : 'Reloaded the version on disk.',
            )
          }
        />
      ) : null}
      {recovered ? <RecoveryBanner savedAt={recovered.updatedAt} onRestore={document.acceptRecovered} onDiscard={() => void document.discardRecovered()} /> : null}
      {shownNotice ? (
        <p className="notice" role="status">
          {shownNotice}
        </p>
      ) : null}
      <ArticleFields article={article} settings={settings} onChange={update} onRename={(slug) => void rename(slug)} />
      <SourcesContext.Provider value={article.sources}>
        <div className="editor-chrome">
          {editor ? <Toolbar editor={editor} onCreateSource={createSource} /> : null}
          {editor && isFinding ? <FindBar editor={editor} onClose={onCloseFind} /> : null}
        </div>
        <BodyEditor key={`${article.id}:${contentVersion}`} initialBody={article.body} bodyRef={bodyRef} onChange={markChanged} onReady={handleReady} />
      </SourcesContext.Provider>
      <CorrectionsSection article={article} editorName={settings.reviewerName.trim()} onChange={update} />
    </article>
  );
}
