// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import type { DirectEditorProps } from '@tiptap/pm/view';
import { afterEach, describe, expect, it } from 'vitest';
import type { BodyNode, Source } from '../../../../shared/article/model';
import { editorExtensions } from '../../../../renderer/editor/editorExtensions';
import { pullQuoteViews, SourceList } from '../../../../renderer/editor/pullQuoteView';

const source = (id: string, name: string): Source => ({ id, kind: 'person', name, title: '', affiliation: '', level: 'on-record', anonymityReason: '', contactNote: '', identity: '' });
const sources = [source('src-1', 'Maria Lopez'), source('src-2', 'Dev Patel'), source('src-3', 'Sam Okafor')];

const story: BodyNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'The council voted on Tuesday.' }] },
    { type: 'pullQuote', attrs: { sourceId: 'src-2' }, content: [{ type: 'text', text: 'We listened to every ferry worker' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'The ferry runs again in May.' }] },
  ],
};

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()));

/** An editor as `BodyEditor` makes it: the pull quotes' view plugin handed to the view through `editorProps`. */
function open() {
  const list = new SourceList();
  list.set(sources);
  const viewProps: Partial<DirectEditorProps> = { plugins: [pullQuoteViews(list)] };
  const editor = new Editor({ element: document.createElement('div'), extensions: editorExtensions, content: story, injectCSS: false, editorProps: viewProps });
  editors.push(editor);
  const figure = () => editor.view.dom.querySelector('figure[data-pull-quote]');
  const select = () => editor.view.dom.querySelector('figure[data-pull-quote] select') as HTMLSelectElement;
  const labels = () => [...select().options].map((option) => option.text);
  return { editor, list, figure, select, labels };
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('pull quote views', () => {
  it('are drawn once: asking for the node views again, as TipTap does when its React view mounts, redraws nothing', () => {
    const { editor, figure } = open();
    const drawn = figure();
    const firstBlock = editor.view.dom.firstElementChild;
    expect(drawn).not.toBeNull();
    editor.createNodeViews();
    expect(figure()).toBe(drawn);
    expect(editor.view.dom.firstElementChild).toBe(firstBlock);
  });

  it('show only the blank choice and the linked source until the menu is focused, then every source', () => {
    const { select, labels } = open();
    expect(labels()).toEqual(['— choose a source —', 'Dev Patel']);
    expect(select().value).toBe('src-2');
    select().dispatchEvent(new Event('focus'));
    expect(labels()).toEqual(['— choose a source —', 'Maria Lopez', 'Dev Patel', 'Sam Okafor']);
    expect(select().value).toBe('src-2');
  });

  it('list every source when pointed at, and on their own once the page is idle', async () => {
    const pointed = open();
    pointed.select().dispatchEvent(new Event('pointerdown'));
    expect(pointed.labels()).toHaveLength(4);
    const left = open();
    expect(left.labels()).toHaveLength(2);
    await idle();
    expect(left.labels()).toHaveLength(4);
  });

  it('link the pull quote to the source chosen, and follow changes to the sources', async () => {
    const { editor, list, select, labels } = open();
    await idle();
    select().value = 'src-3';
    select().dispatchEvent(new Event('change'));
    expect(editor.state.doc.child(1).attrs.sourceId).toBe('src-3');
    list.set([...sources, source('src-4', 'Ana Ruiz')]);
    expect(labels()).toEqual(['— choose a source —', 'Maria Lopez', 'Dev Patel', 'Sam Okafor', 'Ana Ruiz']);
    expect(select().value).toBe('src-3');
  });
});
