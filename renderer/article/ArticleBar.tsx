import type { Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import type { Article } from '../../shared/article/model';
import { BodyStats } from '../editor/BodyStats';
import { SaveIndicator } from './SaveIndicator';
import { StatusBadge } from './StatusBadge';
import type { SaveState } from './useArticleDocument';

interface ArticleBarProps {
  article: Article;
  saveState: SaveState;
  saveConfirmedAt: Date | null;
  /** Whether what readers would see differs from what was last published. */
  isChangedSincePublished: boolean;
  editor: Editor | null;
  isFocusMode: boolean;
  onToggleFocus: () => void;
  onSave: () => void;
  /** The newsroom's sync status, people and Share button, when there is one. */
  newsroom?: ReactNode;
}

/** The article's one-line status bar: workflow status, save state and length on the left; Focus and Save on the right. */
export function ArticleBar({ article, saveState, saveConfirmedAt, isChangedSincePublished, editor, isFocusMode, onToggleFocus, onSave, newsroom }: ArticleBarProps) {
  return (
    <div className="article-bar">
      <span className="bar-facts">
        <StatusBadge status={article.status} isChangedSincePublished={isChangedSincePublished} />
        <SaveIndicator state={saveState} confirmedAt={saveConfirmedAt} />
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
