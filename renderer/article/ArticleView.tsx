import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../shared/ipc';
import { CorrectionsSection } from '../corrections/CorrectionsSection';
import { BodyEditor } from '../editor/BodyEditor';
import { FindBar } from '../editor/FindBar';
import { SourcesContext } from '../editor/sourcesContext';
import { Toolbar } from '../editor/Toolbar';
import { newSource } from '../sources/newSource';
import { ArticleBar } from './ArticleBar';
import { ArticleBanners } from './ArticleBanners';
import { HeadingField } from './HeadingField';
import type { useArticleDocument } from './useArticleDocument';

interface ArticleViewProps {
  document: ReturnType<typeof useArticleDocument>;
  settings: Settings;
  notice: string | null;
  isFinding: boolean;
  isFocusMode: boolean;
  /** A new article: the headline takes the focus as soon as it is shown. */
  isNew: boolean;
  saveConfirmedAt: Date | null;
  onCloseFind: () => void;
  onToggleFocus: () => void;
  onSave: () => void;
  onNotice: (notice: string) => void;
  onLibraryChanged: () => void;
  onEditorReady: (editor: Editor) => void;
}

/**
 * The open article as a page: a quiet sticky bar (status, save state, length, Focus, Save) with
 * the formatting toolbar and find bar, then the headline and dek as part of the story, then the body.
 */
export function ArticleView({ document, settings, notice, isFinding, isFocusMode, isNew, saveConfirmedAt, onCloseFind, onToggleFocus, onSave, onNotice, onLibraryChanged, onEditorReady }: ArticleViewProps) {
  const { article, saveState, contentVersion, bodyRef, update, markChanged } = document;
  const [editor, setEditor] = useState<Editor | null>(null);
  const handleReady = useCallback(
    (ready: Editor) => {
      setEditor(ready);
      onEditorReady(ready);
    },
    [onEditorReady],
  );
  const isLoaded = article !== null;
  useEffect(() => {
    if (isNew && isLoaded) window.document.getElementById('field-headline')?.focus();
  }, [isNew, isLoaded]);
  if (!article) return <p className="empty-state">{document.loadError ?? 'Opening…'}</p>;

  const createSource = (name: string) => {
    const source = newSource(name);
    update({ sources: [...article.sources, source] });
    return source.id;
  };

  return (
    <article className="article-view" aria-label="Article">
      <div className="article-chrome">
        <ArticleBar article={article} saveState={saveState} saveConfirmedAt={saveConfirmedAt} editor={editor} isFocusMode={isFocusMode} onToggleFocus={onToggleFocus} onSave={onSave} />
        {editor ? <Toolbar editor={editor} onCreateSource={createSource} /> : null}
        {editor && isFinding ? <FindBar editor={editor} onClose={onCloseFind} /> : null}
      </div>
      <ArticleBanners document={document} notice={notice} onNotice={onNotice} onLibraryChanged={onLibraryChanged} />
      <div className="page">
        <HeadingField
          id="field-headline"
          label="Headline"
          placeholder="Headline"
          className="headline-input"
          value={article.headline}
          limit={settings.headlineLimit}
          onChange={(headline) => update({ headline })}
          onEnter={() => window.document.getElementById('field-dek')?.focus()}
        />
        <HeadingField
          id="field-dek"
          label="Dek"
          placeholder="Dek: a sentence or two on why this story matters"
          className="dek-input"
          value={article.dek}
          limit={settings.dekLimit}
          onChange={(dek) => update({ dek })}
          onEnter={() => editor?.commands.focus('start')}
        />
        <SourcesContext.Provider value={article.sources}>
          <BodyEditor key={`${article.id}:${contentVersion}`} initialBody={article.body} bodyRef={bodyRef} onChange={markChanged} onReady={handleReady} />
        </SourcesContext.Provider>
        <CorrectionsSection article={article} editorName={settings.reviewerName.trim()} onChange={update} />
      </div>
    </article>
  );
}
