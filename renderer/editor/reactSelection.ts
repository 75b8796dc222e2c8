/**
 * Keeps React from measuring the body's selection on every commit. Before each commit React saves
 * the focused element's selection, so it could restore it if the commit moved focus; for a
 * contenteditable it finds the selection by walking every node of that element, which is the
 * whole body (3,300 nodes at 20,000 words) for every commit of any component while the reporter
 * types: the save state, the word count, each new analysis. React never renders inside the body
 * and ProseMirror keeps its own selection, so that walk restores nothing. React recognises an
 * editable element by `element.contentEditable === 'true'`; the body answers `inherit` to script
 * while it is editable (and `false` while read-only, as ProseMirror expects), while its
 * `contenteditable` attribute, by which the browser edits, is untouched.
 * Returns the undo.
 */
export function hideSelectionFromReact(element: HTMLElement): () => void {
  if (Object.hasOwn(element, 'contentEditable')) throw new RangeError('hideSelectionFromReact: already applied to this element');
  Object.defineProperty(element, 'contentEditable', { configurable: true, get: () => (element.getAttribute('contenteditable') === 'false' ? 'false' : 'inherit'), set: (value: string) => element.setAttribute('contenteditable', value) });
  return () => {
    delete (element as { contentEditable?: string }).contentEditable;
  };
}
