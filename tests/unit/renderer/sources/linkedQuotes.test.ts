// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../../shared/article/model';
import { editorExtensions } from '../../../../renderer/editor/editorExtensions';
import { linkedQuotes } from '../../../../renderer/sources/useLinkedQuotes';

const quote = (text: string, sourceId: string): BodyNode => ({ type: 'text', text, marks: [{ type: 'inlineQuote', attrs: { sourceId } }] });
const body: BodyNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'She said ' }, quote('“We will ', 'mayor'), { ...quote('rebuild,”', 'mayor'), marks: [{ type: 'inlineQuote', attrs: { sourceId: 'mayor' } }, { type: 'bold' }] }, { type: 'text', text: ' and ' }, quote('“never',  'mayor')] },
    { type: 'pullQuote', attrs: { sourceId: 'union' }, content: [{ type: 'text', text: 'Not one more cut.' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [quote('“Ask the crews,”', 'union')] }] }] },
  ],
};

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()));

describe('the quotes linked to each source', () => {
  it('are every inline-quote run and pull quote, in order, and follow an edit', () => {
    const editor = new Editor({ element: document.createElement('div'), extensions: editorExtensions, content: body, injectCSS: false });
    editors.push(editor);
    expect(linkedQuotes(editor)).toEqual(new Map([['mayor', ['“We will rebuild,”', '“never']], ['union', ['Not one more cut.', '“Ask the crews,”']]]));
    editor.view.dispatch(editor.state.tr.delete(1, editor.state.doc.child(0).nodeSize - 1));
    expect(linkedQuotes(editor)).toEqual(new Map([['union', ['Not one more cut.', '“Ask the crews,”']]]));
  });
});
