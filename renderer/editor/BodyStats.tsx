import type { Editor } from '@tiptap/react';
import { countWords, readingMinutes } from '../../shared/article/text';
import { useIdleValue } from './useIdleValue';

const countBody = (editor: Editor) => countWords(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', ' '));

/** Body word count and reading time, recomputed when typing pauses rather than per keystroke. */
export function BodyStats({ editor }: { editor: Editor | null }) {
  const words = useIdleValue(editor, countBody, 0, 400);
  return (
    <span className="body-stats" aria-label="Body length">
      {words.toLocaleString()} words · {readingMinutes(words)} min read
    </span>
  );
}
