import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { countWords, readingMinutes } from '../../shared/article/text';

/** Body word count and reading time, recomputed when typing pauses rather than per keystroke. */
export function BodyStats({ editor }: { editor: Editor | null }) {
  const [words, setWords] = useState(0);
  useEffect(() => {
    if (!editor) return;
    let timer: number | null = null;
    const count = () => setWords(countWords(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', ' ')));
    const handleUpdate = () => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(count, 400);
    };
    count();
    editor.on('update', handleUpdate);
    return () => {
      editor.off('update', handleUpdate);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [editor]);
  const minutes = readingMinutes(words);
  return (
    <span className="body-stats" aria-label="Body length">
      {words.toLocaleString()} words · {minutes} min read
    </span>
  );
}
