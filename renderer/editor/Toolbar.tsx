import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState, type Editor } from '@tiptap/react';
import { LinkControl } from './LinkControl';
import { NoteControl } from './NoteControl';
import { QuoteControl } from './QuoteControl';

interface ToolbarProps {
  editor: Editor;
  onCreateSource: (name: string) => string;
}

/** The formatting toolbar. It reads only the few active states it shows, so typing does not re-render it. */
export function Toolbar({ editor, onCreateSource }: ToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      isBold: current.isActive('bold'),
      isItalic: current.isActive('italic'),
      isH2: current.isActive('heading', { level: 2 }),
      isH3: current.isActive('heading', { level: 3 }),
      isBullet: current.isActive('bulletList'),
      isOrdered: current.isActive('orderedList'),
      // The history's own depth: `can().undo()` builds every command's chain on each transaction (about 1 ms a keystroke).
      canUndo: undoDepth(current.state) > 0,
      canRedo: redoDepth(current.state) > 0,
    }),
  });
  const chain = () => editor.chain().focus();
  const button = (label: string, title: string, isActive: boolean, run: () => void, isDisabled = false) => (
    <button type="button" className={isActive ? 'is-active' : ''} aria-pressed={isActive} title={title} aria-label={`${label}: ${title}`} disabled={isDisabled} onMouseDown={(event) => event.preventDefault()} onClick={run}>
      {label}
    </button>
  );
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {button('B', 'Bold (Ctrl+B)', state.isBold, () => chain().toggleBold().run())}
      {button('I', 'Italic (Ctrl+I)', state.isItalic, () => chain().toggleItalic().run())}
      {button('H2', 'Subhead (Ctrl+Alt+2)', state.isH2, () => chain().toggleHeading({ level: 2 }).run())}
      {button('H3', 'Minor subhead (Ctrl+Alt+3)', state.isH3, () => chain().toggleHeading({ level: 3 }).run())}
      {button('• List', 'Bulleted list', state.isBullet, () => chain().toggleBulletList().run())}
      {button('1. List', 'Numbered list', state.isOrdered, () => chain().toggleOrderedList().run())}
      <LinkControl editor={editor} />
      <QuoteControl editor={editor} onCreateSource={onCreateSource} />
      <NoteControl editor={editor} />
      {button('↶', 'Undo (Ctrl+Z)', false, () => chain().undo().run(), !state.canUndo)}
      {button('↷', 'Redo (Ctrl+Shift+Z)', false, () => chain().redo().run(), !state.canRedo)}
    </div>
  );
}
