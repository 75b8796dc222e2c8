// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { BodyNode, QuoteReview } from '../../../../shared/article/model';
import { createAnalysisClient, type AnalysisClient, type AnalysisPort } from '../../../../renderer/analysis/analysisClient';
import { createInlinePort } from '../../../../renderer/analysis/inlinePort';
import { createLongLivedAnalyser } from '../../../../renderer/analysis/analyser';
import { createAnalysisHost } from '../../../../renderer/analysis/analysisHost';
import type { AnalysisReply, AnalysisUpdate } from '../../../../renderer/analysis/protocol';
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

/**
 * A port whose answers the test hands over itself, so an analysis can be kept "in flight" while
 * the document is edited. It serves the real host and analyser.
 */
function heldPort() {
  const host = createAnalysisHost(createLongLivedAnalyser());
  const updates: AnalysisUpdate[] = [];
  let onReply: ((reply: AnalysisReply) => void) | null = null;
  const port: AnalysisPort = {
    send(update) {
      host.apply(update);
      updates.push(update);
    },
    listen: (reply) => void (onReply = reply),
    close: () => void (onReply = null),
  };
  /** Analyses what the host now holds (the newest update) and keeps the answer back. */
  const analyseNow = () => host.analyse();
  const deliver = (reply: AnalysisReply) => onReply?.(reply);
  return { port, updates, analyseNow, deliver };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Each decoration's text, and whether it is exactly one of the quotes the text holds now. */
function decorationsMatchQuotes(editor: Editor, quotes: readonly string[]): void {
  const texts = decoratedTexts(editor);
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(quotes).toContain(text);
}

describe('quote underlines while an analysis is in flight', () => {
  const lopez = 'We listened to every ferry worker,';
  const patel = 'This budget ignores the night shift,';

  it('follow the words through edits made before the answer arrives, and an answer about an older document never moves them', async () => {
    const held = heldPort();
    const { editor, client } = start({ createPort: () => held.port, delayMs: 30 });
    await until(() => held.updates.length === 1, 'the first update');
    held.deliver(held.analyseNow());
    expect(decoratedTexts(editor)).toEqual([lopez, patel]);

    // An edit before both quotes, in Lopez's paragraph, goes to the "worker"; its answer is computed but held back.
    editor.view.dispatch(editor.state.tr.insertText('Breaking: ', endOfParagraph(editor, 0) + 2));
    await until(() => held.updates.length === 2, 'the update after the first edit');
    const aboutVersion2 = held.analyseNow();
    expect(aboutVersion2).toMatchObject({ type: 'result', version: 2 });

    // While it is in flight: words typed before the quotes, a new paragraph at the top, and a
    // word inserted inside Patel's quote.
    editor.view.dispatch(editor.state.tr.insertText('HARBOUR — ', 1));
    editor.view.dispatch(editor.state.tr.insert(0, editor.schema.nodes.paragraph!.create(null, editor.schema.text('Updated at noon.'))));
    let inside = -1;
    editor.state.doc.descendants((node, position) => {
      const offset = node.isText ? (node.text ?? '').indexOf('night shift') : -1;
      if (offset >= 0) inside = position + offset;
    });
    expect(inside).toBeGreaterThan(0);
    editor.view.dispatch(editor.state.tr.insertText('whole ', inside));
    const patelEdited = 'This budget ignores the whole night shift,';
    // Mapped through the edits, each underline still covers exactly its quote's words.
    expect(decoratedTexts(editor)).toEqual([lopez, patelEdited]);

    // The answer about version 2 arrives before version 3 is sent, then again after: both ignored.
    const shown = client.current();
    held.deliver(aboutVersion2);
    expect(client.current()).toBe(shown);
    expect(decoratedTexts(editor)).toEqual([lopez, patelEdited]);
    await until(() => held.updates.length === 3, 'the update after the edits in flight');
    held.deliver(aboutVersion2);
    expect(client.current()).toBe(shown);
    expect(decoratedTexts(editor)).toEqual([lopez, patelEdited]);

    // The answer about the document as it stands replaces them, over the same words.
    const next = nextAnalysis(client);
    held.deliver(held.analyseNow());
    const analysis = await next;
    expect(analysis.quotes.map((quote) => quote.text)).toEqual([lopez, patelEdited]);
    expect(decoratedTexts(editor)).toEqual([lopez, patelEdited]);
  });

  it('stay on their words through random edits while every answer arrives late', async () => {
    const held = heldPort();
    const { editor, client } = start({ createPort: () => held.port, delayMs: 5 });
    await until(() => held.updates.length === 1, 'the first update');
    held.deliver(held.analyseNow());
    const pending: AnalysisReply[] = [];
    let seed = 7;
    const random = (below: number) => {
      // A linear congruential generator; its high bits, since its low bits repeat with a short period.
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * below);
    };
    const fillers = ['Rain fell. ', 'x', 'On Monday, ', '— ', '\u00a0'];
    for (let step = 0; step < 60; step += 1) {
      // Type plain words at the start or end of a paragraph (outside its quotes), or hand over the oldest held answer (a worker answers in order).
      const action = random(3);
      if (action === 0 && pending.length > 0) held.deliver(pending.shift()!);
      else {
        // Mostly before a quote in its own paragraph, which moves the quote within the paragraph.
        const paragraph = [0, 1, 3, 3][random(4)]!;
        const at = random(4) === 0 ? endOfParagraph(editor, paragraph) : endOfParagraph(editor, paragraph) - editor.state.doc.child(paragraph).content.size;
        editor.view.dispatch(editor.state.tr.insertText(fillers[random(fillers.length)]!, at));
      }
      const before = held.updates.length;
      await new Promise((resolve) => setTimeout(resolve, random(3) * 6));
      if (held.updates.length > before) pending.push(held.analyseNow());
      decorationsMatchQuotes(editor, [lopez, patel]);
    }
    // Everything still held is handed over late, in order; none of it is about the document as it stands.
    for (const reply of pending.splice(0)) held.deliver(reply);
    decorationsMatchQuotes(editor, [lopez, patel]);
    // Once typing stops, the answer about the document as it stands is shown over exactly the quotes.
    await new Promise((resolve) => setTimeout(resolve, 30));
    held.deliver(held.analyseNow());
    expect(client.current()?.quotes.map((quote) => quote.text)).toEqual([lopez, patel]);
    expect(decoratedTexts(editor)).toEqual([lopez, patel]);
  });
});
