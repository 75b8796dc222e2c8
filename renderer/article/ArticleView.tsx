import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
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
import type { SharedStoryState } from '../newsroom/useSharedStory';

interface ArticleViewProps {
  document: ReturnType<typeof useArticleDocument>;
  settings: Settings;
  notice: string | null;
  isFinding: boolean;
  isFocusMode: boolean;
  /** A new article: the headline takes the focus as soon as it is shown. */
  isNew: boolean;
  onCloseFind: () => void;
  onToggleFocus: () => void;
  onSave: () => void;
  onNotice: (notice: string) => void;
  onLibraryChanged: () => void;
  onEditorReady: (editor: Editor) => void;
  /** The shared story the article is part of (the body is then collaborative), if any. */
  shared?: SharedStoryState;
  /** The newsroom status and Share button, shown in the article bar. */
  newsroomBar?: ReactNode;
}

/**
 * The open article as a page: a quiet sticky bar (status, save state, length, Focus, Save) with
 * the formatting toolbar and find bar, then the headline and dek as part of the story, then the body.
 */
export function ArticleView({ document, settings, notice, isFinding, isFocusMode, isNew, onCloseFind, onToggleFocus, onSave, onNotice, onLibraryChanged, onEditorReady, shared, newsroomBar }: ArticleViewProps) {
  const { article, saveStatus, contentVersion, bodyRef, update, markChanged } = document;
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
        <ArticleBar article={article} bodyRef={bodyRef} saveStatus={saveStatus} editor={editor} isFocusMode={isFocusMode} onToggleFocus={onToggleFocus} onSave={onSave} newsroom={newsroomBar} />
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
          {shared?.isJoining ? null : (
            <BodyEditor key={`${article.id}:${contentVersion}:${shared?.session?.serial ?? 'local'}`} initialBody={article.body} bodyRef={bodyRef} onChange={markChanged} onReady={handleReady} shared={shared?.session ?? null} />
          )}
        </SourcesContext.Provider>
        <CorrectionsSection article={article} editorName={settings.reviewerName.trim()} onChange={update} />
      </div>
    </article>
  );
}
