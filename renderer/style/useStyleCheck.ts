import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { Article } from '../../shared/article/model';
import type { StylePack } from '../../shared/style/pack';
import { checkEditorStyle, type EditorStyleFinding } from './editorStyle';

const idleDelayMs = 400;

/**
 * The house-style findings of the open article, re-checked when typing pauses (never per keystroke)
 * and when a checked field or the rule pack changes. Null until the first check has run.
 */
export function useStyleCheck(editor: Editor | null, article: Pick<Article, 'kicker' | 'headline' | 'dek'>, pack: StylePack | null): EditorStyleFinding[] | null {
  const [findings, setFindings] = useState<EditorStyleFinding[] | null>(null);
  const latest = useRef({ article, pack });
  latest.current = { article, pack };
  const run = useRef(() => undefined as void);
  run.current = () => {
    const current = latest.current;
    if (!editor || editor.isDestroyed || !current.pack) return;
    setFindings(checkEditorStyle(editor, current.article, current.pack));
  };
  useEffect(() => {
    if (!editor) return;
    let timer: number | null = null;
    const schedule = () => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => run.current(), idleDelayMs);
    };
    editor.on('update', schedule);
    return () => {
      editor.off('update', schedule);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [editor]);
  useEffect(() => run.current(), [editor, article.kicker, article.headline, article.dek, pack]);
  return findings;
}
