// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../../shared/article/model';
import { analyse } from '../../../../shared/attribution/index';
import type { AnalyserSource } from '../../../../shared/attribution/types';
import { editorExtensions } from '../../../../renderer/editor/editorExtensions';
import { quotesBySource } from '../../../../renderer/sources/sourceQuotes';

const lines = [
  '“The ferry will run all winter,” Mayor Maria Lopez said on Monday.',
  'The council had argued about the route for a year.',
  '“We found the money in the harbour fund,” Lopez said.',
  '“Nobody asked the night shift,” said Councillor Dev Patel.',
  '“Every crossing will be on time,” Lopez added.',
];
const body: BodyNode = { type: 'doc', content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
const source = (id: string, name: string): AnalyserSource => ({ id, kind: 'person', name, title: '', level: 'on-record', anonymityReason: '' });

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

describe('each source’s quotes', () => {
  it('lists every quote the analyser gives a source, in the order of the article, each over its words with the quotation marks', () => {
    const editor = new Editor({ extensions: editorExtensions, content: body });
    editors.push(editor);
    const sources = [source('lopez', 'Maria Lopez'), source('patel', 'Dev Patel')];
    const result = analyse({ paragraphs: lines, sources });
    const bySource = quotesBySource(editor, { ...result, matches: [] });
    const lopez = bySource.get('lopez') ?? [];
    expect(lopez.map((quote) => quote.text)).toEqual(['The ferry will run all winter,', 'We found the money in the harbour fund,', 'Every crossing will be on time,']);
    for (const quote of lopez) expect(editor.state.doc.textBetween(quote.from, quote.to)).toBe(`“${quote.text}”`);
    expect(lopez.every((quote) => !quote.isLinked && !quote.isPullQuote)).toBe(true);
    expect((bySource.get('patel') ?? []).map((quote) => quote.text)).toEqual(['Nobody asked the night shift,']);
  });
});
