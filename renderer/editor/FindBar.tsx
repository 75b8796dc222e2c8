import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { currentMatch, findKey } from './findReplace';
import { revealRange } from './reveal';

interface FindBarProps {
  editor: Editor;
  onClose: () => void;
}

/**
 * Find in article (Ctrl/Cmd+F) with replace and replace-all. Enter goes to the next match, the
 * current match is always scrolled into view below the toolbar, Escape closes the bar from any
 * of its controls or from the body, and the search carries over when the body is reloaded
 * (after a restore, say).
 */
export function FindBar({ editor, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const queryRef = useRef(query);
  queryRef.current = query;
  const { count, current } = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = findKey.getState(current.state);
      return { count: state?.matches.length ?? 0, current: (state?.current ?? -1) + 1 };
    },
  });

  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => {
    if (queryRef.current) editor.commands.setFindQuery(queryRef.current);
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    editor.view.dom.addEventListener('keydown', handleKeyDown);
    return () => {
      editor.view.dom.removeEventListener('keydown', handleKeyDown);
      if (!editor.isDestroyed) editor.commands.setFindQuery('');
    };
  }, [editor, onClose]);

  const search = (value: string) => {
    setQuery(value);
    editor.commands.setFindQuery(value);
    const match = currentMatch(editor.state);
    if (match) revealRange(editor.view, match.from, match.to, 'center');
  };

  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find in article"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <div className="find-group">
        <input
          ref={inputRef}
          type="search"
          aria-label="Find"
          placeholder="Find"
          value={query}
          onChange={(event) => search(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') editor.commands.findNext(event.shiftKey ? -1 : 1);
          }}
        />
        <span className="find-count" aria-live="polite">
          {query ? (count ? `${current} of ${count}` : 'No matches') : ''}
        </span>
        <button type="button" onClick={() => editor.commands.findNext(-1)} disabled={!count} aria-label="Previous match" title="Previous match (Shift+Enter)">
          ↑
        </button>
        <button type="button" onClick={() => editor.commands.findNext(1)} disabled={!count} aria-label="Next match" title="Next match (Enter)">
          ↓
        </button>
      </div>
      <div className="find-group">
        <input type="text" aria-label="Replace with" placeholder="Replace with" value={replacement} onChange={(event) => setReplacement(event.target.value)} />
        <button type="button" onClick={() => editor.commands.replaceCurrent(replacement)} disabled={!count}>
          Replace
        </button>
        <button type="button" onClick={() => editor.commands.replaceAll(replacement)} disabled={!count}>
          Replace all
        </button>
        <button type="button" onClick={onClose} aria-label="Close find" title="Close (Escape)">
          ✕
        </button>
      </div>
    </div>
  );
}
