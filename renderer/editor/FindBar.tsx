import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { findKey } from './findReplace';

interface FindBarProps {
  editor: Editor;
  onClose: () => void;
}

/** Find in article (Ctrl/Cmd+F) with replace and replace-all; Enter goes to the next match. */
export function FindBar({ editor, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const { count, current } = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = findKey.getState(current.state);
      return { count: state?.matches.length ?? 0, current: (state?.current ?? -1) + 1 };
    },
  });

  useEffect(() => {
    inputRef.current?.focus();
    return () => {
      editor.commands.setFindQuery('');
    };
  }, [editor]);

  const search = (value: string) => {
    setQuery(value);
    editor.commands.setFindQuery(value);
  };

  return (
    <div className="find-bar" role="search" aria-label="Find in article">
      <input
        ref={inputRef}
        type="search"
        aria-label="Find"
        placeholder="Find"
        value={query}
        onChange={(event) => search(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') editor.commands.findNext(event.shiftKey ? -1 : 1);
          if (event.key === 'Escape') onClose();
        }}
      />
      <span className="find-count" aria-live="polite">
        {query ? (count ? `${current} of ${count}` : 'No matches') : ''}
      </span>
      <button type="button" onClick={() => editor.commands.findNext(-1)} disabled={!count} aria-label="Previous match">
        ↑
      </button>
      <button type="button" onClick={() => editor.commands.findNext(1)} disabled={!count} aria-label="Next match">
        ↓
      </button>
      <input type="text" aria-label="Replace with" placeholder="Replace with" value={replacement} onChange={(event) => setReplacement(event.target.value)} />
      <button type="button" onClick={() => editor.commands.replaceCurrent(replacement)} disabled={!count}>
        Replace
      </button>
      <button type="button" onClick={() => editor.commands.replaceAll(replacement)} disabled={!count}>
        Replace all
      </button>
      <button type="button" onClick={onClose} aria-label="Close find">
        ✕
      </button>
    </div>
  );
}
