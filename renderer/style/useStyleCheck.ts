import type { Editor } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useMemo } from 'react';
import type { Article } from '../../shared/article/model';
import type { StylePack } from '../../shared/style/pack';
import { useIdleValue } from '../editor/useIdleValue';
import { checkEditorStyle, type EditorStyleFinding } from './editorStyle';

const idleDelayMs = 400;
const documentOf = (editor: Editor): ProseMirrorNode => editor.state.doc;

/**
 * The house-style findings of the open article, re-checked when typing pauses (never per keystroke)
 * and when a checked field or the rule pack changes. Null until the rule pack has loaded.
 */
export function useStyleCheck(editor: Editor | null, article: Pick<Article, 'kicker' | 'headline' | 'dek'>, pack: StylePack | null): EditorStyleFinding[] | null {
  const doc = useIdleValue<ProseMirrorNode | null>(editor, documentOf, null, idleDelayMs);
  const { kicker, headline, dek } = article;
  // The idle snapshot says when the body changed; the check reads the live document, so a field
  // edited between two pauses is never checked against an older body.
  return useMemo(() => (doc && pack ? checkEditorStyle(editor?.state.doc ?? doc, { kicker, headline, dek }, pack) : null), [editor, doc, kicker, headline, dek, pack]);
}
