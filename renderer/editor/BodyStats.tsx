import type { Editor } from '@tiptap/react';
import { readingMinutes } from '../../shared/article/text';
import { wordCount } from '../analysis/documentIndex';
import { useIdleValue } from './useIdleValue';

// Counted per top-level block and cached, so a pause in typing recounts one paragraph, not 20,000 words.
const countBody = (editor: Editor) => wordCount(editor.state.doc);

/** Body word count and reading time (shown where the bar has room), recomputed when typing pauses rather than per keystroke. */
export function BodyStats({ editor }: { editor: Editor | null }) {
  const words = useIdleValue(editor, countBody, 0, 400);
  return (
    <span className="body-stats" aria-label="Body length">
      {words.toLocaleString()} words<span className="is-wide-only"> · {readingMinutes(words)} min read</span>
    </span>
  );
}
