import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { Popover } from './Popover';
import { SourceOptions } from './SourceOptions';

interface QuoteControlProps {
  editor: Editor;
  onCreateSource: (name: string) => string;
}

/**
 * Ties the selected quoted words (or the pull quote under the cursor) to a source, creates a
 * source from a name, or turns the selection into a pull quote.
 */
export function QuoteControl({ editor, onCreateSource }: QuoteControlProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [name, setName] = useState('');
  const isPullQuote = editor.isActive('pullQuote');
  const { from, to, empty } = editor.state.selection;
  const link = (sourceId: string) => {
    if (isPullQuote) editor.chain().focus().setPullQuoteSource(sourceId).run();
    else editor.chain().focus().setInlineQuote(sourceId).run();
    setIsOpen(false);
  };
  const makePullQuote = () => {
    const text = editor.state.doc.textBetween(from, to, ' ').replace(/^[“"‘']+|[”"’']+$/g, '').trim();
    const after = editor.state.selection.$to.after(1);
    editor.chain().focus().insertContentAt(after, { type: 'pullQuote', attrs: { sourceId: null }, content: text ? [{ type: 'text', text }] : [] }).run();
    setIsOpen(false);
  };
  return (
    <Popover label="Quote" title="Link quote to a source" isOpen={isOpen} onOpenChange={setIsOpen}>
      {empty && !isPullQuote ? <p className="hint">Select the quoted words first, or put the cursor in a pull quote.</p> : null}
      <label>
        {isPullQuote ? 'Pull quote said by' : 'Quote said by'}
        <select value="" disabled={empty && !isPullQuote} onChange={(event) => event.target.value && link(event.target.value)}>
          <SourceOptions />
        </select>
      </label>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) link(onCreateSource(name.trim()));
          setName('');
        }}
      >
        <label>
          New source name
          <input type="text" value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="submit" disabled={!name.trim() || (empty && !isPullQuote)}>
          Create and link
        </button>
      </form>
      <div className="popover-actions">
        <button type="button" disabled={empty || isPullQuote} onClick={makePullQuote}>
          Make pull quote
        </button>
        <button
          type="button"
          disabled={!editor.isActive('inlineQuote')}
          onClick={() => {
            editor.chain().focus().extendMarkRange('inlineQuote').unsetInlineQuote().run();
            setIsOpen(false);
          }}
        >
          Unlink quote
        </button>
      </div>
    </Popover>
  );
}
