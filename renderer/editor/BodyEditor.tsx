import type { DirectEditorProps } from '@tiptap/pm/view';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useState, type MutableRefObject } from 'react';
import type { BodyNode } from '../../shared/article/model';
import { documentJson } from '../analysis/documentIndex';
import { collaborationExtensions } from '../newsroom/collaborationExtensions';
import type { SharedSession } from '../newsroom/sharedSession';
import { editorExtensions } from './editorExtensions';
import { pullQuoteViews, SourceList } from './pullQuoteView';
import { hideSelectionFromReact } from './reactSelection';
import { revealSelection } from './reveal';
import { useSources } from './sourcesContext';

interface BodyEditorProps {
  initialBody: BodyNode;
  bodyRef: MutableRefObject<() => BodyNode>;
  onChange: () => void;
  onReady?: (editor: Editor) => void;
  /** A shared story: the body comes from (and goes to) its Y.Doc instead of `initialBody`. */
  shared?: SharedSession | null;
}

/**
 * The TipTap body. It never re-renders React per keystroke: it reports "changed" and the
 * document is read through `bodyRef` only when the article is saved. Scrolling to the caret
 * keeps it below the sticky toolbar.
 */
export function BodyEditor({ initialBody, bodyRef, onChange, onReady, shared = null }: BodyEditorProps) {
  const sources = useSources();
  // The pull quotes' menus are drawn as the view is made, so they get the sources first. One
  // plugin for the editor's life: a new node view function would redraw the whole body.
  const [sourceList] = useState(() => {
    const list = new SourceList();
    list.set(sources);
    return list;
  });
  const [plugins] = useState(() => [pullQuoteViews(sourceList)]);
  // TipTap hands `editorProps` to ProseMirror's view as they are, so view plugins may go there too.
  const viewProps: Partial<DirectEditorProps> = {
    attributes: { class: 'body-editor', 'aria-label': 'Article body', role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true' },
    handleScrollToSelection: revealSelection,
    plugins,
  };
  const editor = useEditor({
    extensions: shared ? collaborationExtensions(shared) : editorExtensions,
    ...(shared ? {} : { content: initialBody }),
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    editorProps: viewProps,
    onUpdate: () => onChange(),
  });

  useEffect(() => sourceList.set(sources), [sourceList, sources]);

  useEffect(() => {
    if (!editor) return;
    // Built again only for the blocks that changed since the last read (an autosave of 20,000 words copied them all).
    bodyRef.current = () => documentJson(editor.state.doc);
    onReady?.(editor);
    const showSelectionToReact = hideSelectionFromReact(editor.view.dom);
    // Builds the blocks' JSON once while nothing happens, so the first autosave does not.
    const idle = window.requestIdleCallback(() => documentJson(editor.state.doc), { timeout: 2_000 });
    return () => {
      window.cancelIdleCallback(idle);
      showSelectionToReact();
    };
  }, [editor, bodyRef, onReady]);

  return <EditorContent editor={editor} className="body-editor-frame" />;
}
