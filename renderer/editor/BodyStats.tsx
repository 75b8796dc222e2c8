import type { Editor } from '@tiptap/react';
import { countWords, readingMinutes } from '../../shared/article/text';
import { useIdleValue } from './useIdleValue';

const countBody = (editor: Editor) => countWords(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', ' '));

/** Body word count and reading time (shown where the bar has room), recomputed when typing pauses rather than per keystroke. */
export function BodyStats({ editor }: { editor: Editor | null }) {
  const words = useIdleValue(editor, countBody, 0, 400);
  return (
    <span className="body-stats" aria-label="Body length">
      {words.toLocaleString()} words<span className="is-wide-only"> · {readingMinutes(words)} min read</span>
    </span>
  );
}
