import type { Editor } from '@tiptap/core';
import type { QuoteReview } from '../../shared/article/model';
import type { AnalyserSource } from '../../shared/attribution/types';
import { quoteMarksMeta, type QuoteMark } from '../review/quoteDecorations';
import { changeBetween, paragraphPositions, pullQuotesOf, snapshotOf, type DocumentSnapshot } from './documentIndex';
import type { Analysis, AnalysisContext, AnalysisReply, AnalysisUpdate } from './protocol';
import type { WorkerPort } from '../worker/port';
import { createWorkerSession } from '../worker/session';

/** Where the client's updates go and its replies come from: the worker, or the same protocol served on this thread. */
export type AnalysisPort = WorkerPort<AnalysisUpdate, AnalysisReply>;

/** The article fields the analyser reads besides the body. */
export interface ArticleContext {
  sources: AnalyserSource[];
  reviews: Record<string, QuoteReview>;
}

/** The open article's analysis as the UI reads it: the latest result, and a signal when it changes. */
export interface AnalysisClient {
  /** The latest analysis of the document as it stands, or null before the first one. */
  current(): Analysis | null;
  /** Calls `listener` after each new analysis; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Sources and reviews as they now are; analysed again at once if they changed. */
  setContext(context: ArticleContext): void;
  /** Stops listening to the editor and ends the worker; happens by itself when the editor is destroyed. */
  dispose(): void;
}

/** How the client runs: where its worker comes from, the pause after typing, and a fallback when the worker fails. */
export interface AnalysisClientOptions {
  createPort: () => AnalysisPort;
  /** Called once if the worker cannot run; the client carries on with this port instead. */
  createFallbackPort?: () => AnalysisPort;
  /** Pause after the last edit before the changed paragraphs are sent. */
  delayMs: number;
  /** Told of each analysis that arrived, for measurements: the worker's time and the round trip. */
  onTiming?: (timing: { analyseMs: number; roundTripMs: number; paragraphs: number }) => void;
}

function markClass(analysis: Analysis, index: number): string {
  const quote = analysis.quotes[index];
  if (quote?.speakerKind === 'none') return 'quote-mark quote-unattributed';
  return `quote-mark quote-${analysis.matches[index]?.status ?? 'unreviewed'}`;
}

function marksFor(analysis: Analysis, snapshot: DocumentSnapshot): QuoteMark[] {
  const positions = paragraphPositions(snapshot);
  return analysis.quotes.flatMap((quote, index) => {
    const base = positions[quote.paragraph];
    return base === undefined ? [] : [{ from: base + quote.start, to: base + quote.end, className: markClass(analysis, index), key: quote.key }];
  });
}

/**
 * Keeps a worker's copy of the article in step with the editor and brings its analyses back.
 * Per keystroke it only notes that the document changed; when typing pauses it sends the
 * paragraphs that changed (found by comparing top-level blocks), and it applies an answer only
 * if the document has not changed since, so positions always match.
 */
export function createAnalysisClient(editor: Editor, initial: ArticleContext, options: AnalysisClientOptions): AnalysisClient {
  const listeners = new Set<() => void>();
  // What the port holds: nothing until the first update, which sends every paragraph and the whole context.
  let sent: DocumentSnapshot = { blocks: [], infos: [] };
  let sentContext: Partial<AnalysisContext> = {};
  let context: ArticleContext = initial;
  let latest: Analysis | null = null;

  const session = createWorkerSession<AnalysisUpdate, AnalysisReply>(editor, {
    name: 'Attribution analysis',
    createPort: options.createPort,
    createFallbackPort: options.createFallbackPort,
    delayMs: options.delayMs,
    prepare(version) {
      const snapshot = snapshotOf(editor.state.doc);
      const change = changeBetween(sent, snapshot);
      const update: AnalysisUpdate = { type: 'update', version, splice: change.splice, context: {} };
      if (change.isPullQuoteChanged || sentContext.pullQuotes === undefined) update.context.pullQuotes = pullQuotesOf(snapshot);
      if (context.sources !== sentContext.sources) update.context.sources = context.sources;
      if (context.reviews !== sentContext.reviews) update.context.reviews = context.reviews;
      sent = snapshot;
      if (!update.splice && Object.keys(update.context).length === 0) return null;
      sentContext = { ...sentContext, ...update.context };
      return update;
    },
    forget() {
      sent = { blocks: [], infos: [] };
      sentContext = {};
    },
    accept(result, reply, roundTripMs) {
      options.onTiming?.({ analyseMs: reply.analyseMs, roundTripMs, paragraphs: reply.paragraphCount });
      // Already shown: the decorations, mapped through the edits since, are still right.
      if (result.analysis === latest) return;
      const previous = latest;
      latest = result.analysis;
      // Results arrive as changes, so unchanged lists are the same arrays: a change of findings only moves no underline.
      if (previous?.quotes !== latest.quotes || previous.matches !== latest.matches) {
        editor.view.dispatch(editor.state.tr.setMeta(quoteMarksMeta, marksFor(latest, sent)).setMeta('addToHistory', false));
      }
      for (const listener of listeners) listener();
    },
  });

  return {
    current: () => latest,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setContext(next) {
      if (next.sources === context.sources && next.reviews === context.reviews) return;
      context = next;
      session.sendSoon(0);
    },
    dispose() {
      session.dispose();
      listeners.clear();
    },
  };
}
