// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { BodyNode, QuoteReview } from '../../../../shared/article/model';
import { createAnalysisClient, type AnalysisClient, type AnalysisPort } from '../../../../renderer/analysis/analysisClient';
import { createInlinePort } from '../../../../renderer/analysis/inlinePort';
import type { AnalysisUpdate } from '../../../../renderer/analysis/protocol';
import { editorExtensions } from '../../../../renderer/editor/editorExtensions';
import { quoteMarksMeta } from '../../../../renderer/review/quoteDecorations';
import type { DecorationSet } from '@tiptap/pm/view';

const story: BodyNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'The council voted 7-2 on Tuesday to approve the harbour budget.' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '“We listened to every ferry worker,” Mayor Maria Lopez said after the vote.' }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Opposition' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '“This budget ignores the night shift,” said Councillor Dev Patel.' }] },
  ],
};

/** The real in-thread port, with every update it is sent recorded. */
function recordingPort(sent: AnalysisUpdate[], onSend: (update: AnalysisUpdate) => void = () => undefined): AnalysisPort {
  const inner = createInlinePort();
  return {
    send(update) {
      sent.push(update);
      inner.send(update);
      onSend(update);
    },
    listen: (onReply, onFailure) => inner.listen(onReply, onFailure),
    close: () => inner.close(),
  };
}

const editors: Editor[] = [];
const clients: AnalysisClient[] = [];
afterEach(() => {
  clients.splice(0).forEach((client) => client.dispose());
  editors.splice(0).forEach((editor) => editor.destroy());
});

function start(options: { createPort: () => AnalysisPort; createFallbackPort?: () => AnalysisPort; delayMs?: number }) {
  const editor = new Editor({ element: document.createElement('div'), extensions: editorExtensions, content: story, injectCSS: false });
  editors.push(editor);
  const client = createAnalysisClient(editor, { sources: [], reviews: {} }, { delayMs: 0, ...options });
  clients.push(client);
  return { editor, client };
}

function nextAnalysis(client: AnalysisClient) {
  return new Promise<NonNullable<ReturnType<AnalysisClient['current']>>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no new analysis was shown within 10 s')), 10_000);
    const stop = client.subscribe(() => {
      stop();
      clearTimeout(timer);
      resolve(client.current()!);
    });
  });
}

function decoratedTexts(editor: Editor): string[] {
  const set = quoteMarksMeta.getState(editor.state) as DecorationSet;
  return set.find().map((decoration) => editor.state.doc.textBetween(decoration.from, decoration.to));
}

const endOfParagraph = (editor: Editor, index: number) => {
  let position = 0;
  for (let at = 0; at <= index; at += 1) position += editor.state.doc.child(at).nodeSize;
  return position - 1;
};

describe('the analysis client', () => {
  it('analyses the article when it starts and underlines each quote over exactly its words', async () => {
    const sent: AnalysisUpdate[] = [];
    const { editor, client } = start({ createPort: () => recordingPort(sent) });
    const analysis = await nextAnalysis(client);
    expect(analysis.quotes.map((quote) => [quote.speaker, quote.text])).toEqual([
      ['Maria Lopez', 'We listened to every ferry worker,'],
      ['Dev Patel', 'This budget ignores the night shift,'],
    ]);
    expect(decoratedTexts(editor)).toEqual(['We listened to every ferry worker,', 'This budget ignores the night shift,']);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.splice?.paragraphs).toHaveLength(3);
  });

  it('after typing, sends only the paragraph that changed and finds the new quote with its speaker', async () => {
    const sent: AnalysisUpdate[] = [];
    const { editor, client } = start({ createPort: () => recordingPort(sent) });
    await nextAnalysis(client);
    editor.view.dispatch(editor.state.tr.insertText(' “We will rebuild the pier,” said Harbour Master Ana Ruiz.', endOfParagraph(editor, 0)));
    const analysis = await nextAnalysis(client);
    expect(sent.at(-1)).toMatchObject({ version: 2, splice: { start: 0, deleteCount: 1 }, context: {} });
    expect(sent.at(-1)?.splice?.paragraphs.map((paragraph) => paragraph.text)).toEqual([editor.state.doc.child(0).textContent]);
    expect(analysis.quotes.find((quote) => quote.text === 'We will rebuild the pier,')?.speaker).toBe('Ana Ruiz');
    expect(decoratedTexts(editor)).toContain('We will rebuild the pier,');
  });

  it('never applies an answer about a document that has changed since, and applies the next one', async () => {
    const sent: AnalysisUpdate[] = [];
    let editor: Editor | null = null;
    // A keystroke that lands while the worker is busy with the update before it.
    const typeWhileBusy = (update: AnalysisUpdate) => {
      if (update.version === 2) editor?.view.dispatch(editor.state.tr.insertText(' “The ferries run again by spring,” said Ana Ruiz.', endOfParagraph(editor, 0)));
    };
    const started = start({ createPort: () => recordingPort(sent, typeWhileBusy), delayMs: 20 });
    editor = started.editor;
    const { client } = started;
    await nextAnalysis(client);
    const seen: string[][] = [];
    client.subscribe(() => seen.push(client.current()!.quotes.map((quote) => quote.text)));
    editor.view.dispatch(editor.state.tr.insertText(' “The pier reopens in March,” said Ana Ruiz.', endOfParagraph(editor, 0)));
    await nextAnalysis(client);
    expect(sent.map((update) => update.version)).toEqual([1, 2, 3]);
    const both = ['The pier reopens in March,', 'The ferries run again by spring,'];
    expect(seen).toEqual([expect.arrayContaining(both)]);
    expect(decoratedTexts(editor)).toEqual(expect.arrayContaining(both));
  });

  it('shows an answer that came too late once the next answer says nothing changed since', async () => {
    const sent: AnalysisUpdate[] = [];
    let editor: Editor | null = null;
    // While the worker analyses the new quote, plain words are typed in another paragraph.
    const typeWhileBusy = (update: AnalysisUpdate) => {
      if (update.version === 2) editor?.view.dispatch(editor.state.tr.insertText(' It rained.', endOfParagraph(editor, 0)));
    };
    const started = start({ createPort: () => recordingPort(sent, typeWhileBusy), delayMs: 20 });
    editor = started.editor;
    await nextAnalysis(started.client);
    editor.view.dispatch(editor.state.tr.insertText(' “The pier reopens in March,” said Ana Ruiz.', endOfParagraph(editor, 3)));
    const analysis = await nextAnalysis(started.client);
    expect(sent.map((update) => update.version)).toEqual([1, 2, 3]);
    expect(analysis.quotes.find((quote) => quote.text === 'The pier reopens in March,')?.speaker).toBe('Ana Ruiz');
    expect(decoratedTexts(editor)).toContain('The pier reopens in March,');
  });

  it('analyses again at once when a review changes, and shows the quote as verified', async () => {
    const { editor, client } = start({ createPort: createInlinePort, delayMs: 10_000 });
    const first = await nextAnalysis(client);
    const quote = first.quotes[0]!;
    const review: QuoteReview = { status: 'verified', text: quote.text, speakerOverride: null, note: '', reviewer: 'Sam Editor', at: '2026-11-02T10:00:00.000Z' };
    client.setContext({ sources: [], reviews: { [quote.key]: review } });
    const next = await nextAnalysis(client);
    expect(next.matches[0]?.status).toBe('verified');
    const set = quoteMarksMeta.getState(editor.state) as DecorationSet;
    expect(set.find().map((decoration) => (decoration.spec as { className: string }).className)).toEqual(['quote-mark quote-verified', 'quote-mark quote-unreviewed']);
  });

  it('carries on on the main thread, from the whole article, when the worker cannot run', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      const broken: AnalysisPort = { send: () => undefined, listen: (_onReply, onFailure) => setTimeout(() => onFailure('the worker script could not be loaded'), 0), close: () => undefined };
      const { client } = start({ createPort: () => broken, createFallbackPort: createInlinePort });
      const analysis = await nextAnalysis(client);
      expect(analysis.quotes.map((quote) => quote.speaker)).toEqual(['Maria Lopez', 'Dev Patel']);
      expect(errors).toEqual([expect.stringContaining('the worker script could not be loaded')]);
    } finally {
      console.error = original;
    }
  });
});
