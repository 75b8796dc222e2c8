import type { Editor } from '@tiptap/react';
import type { MutableRefObject, ReactNode } from 'react';
import type { Article, BodyNode } from '../../shared/article/model';
import { BodyStats } from '../editor/BodyStats';
import { ArticleStatusBadge } from './ArticleStatusBadge';
import { SaveIndicator } from './SaveIndicator';
import type { SaveStatusStore } from './saveStatus';

interface ArticleBarProps {
  article: Article;
  /** Reads the body as the editor holds it (for "changed since published"). */
  bodyRef: MutableRefObject<() => BodyNode>;
  /** The save status, which only the parts of the bar that show it subscribe to. */
  saveStatus: SaveStatusStore;
  editor: Editor | null;
  isFocusMode: boolean;
  onToggleFocus: () => void;
  onSave: () => void;
  /** The newsroom's sync status, people and Share button, when there is one. */
  newsroom?: ReactNode;
}

/** The article's one-line status bar: workflow status, save state and length on the left; Focus and Save on the right. */
export function ArticleBar({ article, bodyRef, saveStatus, editor, isFocusMode, onToggleFocus, onSave, newsroom }: ArticleBarProps) {
  return (
    <div className="article-bar">
      <span className="bar-facts">
        <ArticleStatusBadge article={article} bodyRef={bodyRef} status={saveStatus} />
        <SaveIndicator status={saveStatus} />
        <BodyStats editor={editor} />
      </span>
      <span className="bar-actions">
        {newsroom}
        <button type="button" aria-pressed={isFocusMode} onClick={onToggleFocus} title="Hide the library and the side panel (Ctrl+Shift+F)">
          Focus
        </button>
        <button type="button" onClick={onSave} title="Save now and keep a revision in History (Ctrl+S)">
          Save
        </button>
      </span>
    </div>
  );
}
