import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { Popover } from './Popover';

/** Attaches an internal editor's note to the selection, or resolves the note under the cursor. */
export function NoteControl({ editor }: { editor: Editor }) {
  const [isOpen, setIsOpen] = useState(false);
  const [note, setNote] = useState('');
  const open = (next: boolean) => {
    setIsOpen(next);
    if (next) setNote(String(editor.getAttributes('editorNote').note ?? ''));
  };
  const isInNote = editor.isActive('editorNote');
  return (
    <Popover label="Note" title="Editor’s note (never exported)" isOpen={isOpen} onOpenChange={open}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (note.trim()) editor.chain().focus().extendMarkRange('editorNote').setEditorNote(note.trim()).run();
          setIsOpen(false);
        }}
      >
        <label>
          Note for the desk
          <textarea rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        <div className="popover-actions">
          <button type="submit" className="primary" disabled={editor.state.selection.empty && !isInNote}>
            Save note
          </button>
          {isInNote ? (
            <button
              type="button"
              onClick={() => {
                editor.chain().focus().extendMarkRange('editorNote').unsetEditorNote().run();
                setIsOpen(false);
              }}
            >
              Resolve note
            </button>
          ) : null}
        </div>
      </form>
    </Popover>
  );
}
