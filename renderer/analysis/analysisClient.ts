import type { Editor } from '@tiptap/core';
import type { QuoteReview } from '../../shared/article/model';
import type { AnalyserSource } from '../../shared/attribution/types';
import { quoteMarksMeta, type QuoteMark } from '../review/quoteDecorations';
import { changeBetween, paragraphPositions, pullQuotesOf, snapshotOf, type DocumentSnapshot } from './documentIndex';
import type { Analysis, AnalysisContext, AnalysisReply, AnalysisUpdate } from './protocol';

/** Where the client's updates go and its replies come from: the worker, or the same protocol served on this thread. */
export interface AnalysisPort {
  send(update: AnalysisUpdate): void;
  /** Where replies go, and what to call (once) if the port can no longer answer. */
  listen(onReply: (reply: AnalysisReply) => void, onFailure: (reason: string) => void): void;
  close(): void;
}

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
  let port = options.createPort();
  let hasFallenBack = false;
  // What the port holds: nothing until the first update, which sends every paragraph and the whole context.
  let sent: DocumentSnapshot = { blocks: [], infos: [] };
  let sentContext: Partial<AnalysisContext> = {};
  let context: ArticleContext = initial;
  let version = 0;
  let sentAt = 0;
  let isDirty = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: Analysis | null = null;
  let received: { version: number; analysis: Analysis } | null = null;
  let isDisposed = false;

  const send = () => {
    timer = null;
    if (isDisposed) return;
    const snapshot = snapshotOf(editor.state.doc);
    const change = changeBetween(sent, snapshot);
    const update: AnalysisUpdate = { type: 'update', version: version + 1, splice: change.splice, context: {} };
    if (change.isPullQuoteChanged || sentContext.pullQuotes === undefined) update.context.pullQuotes = pullQuotesOf(snapshot);
    if (context.sources !== sentContext.sources) update.context.sources = context.sources;
    if (context.reviews !== sentContext.reviews) update.context.reviews = context.reviews;
    sent = snapshot;
    isDirty = false;
    if (!update.splice && Object.keys(update.context).length === 0) return;
    version = update.version;
    sentContext = { ...sentContext, ...update.context };
    sentAt = performance.now();
    port.send(update);
  };

  const schedule = (delayMs: number) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(send, delayMs);
  };

  const receive = (reply: AnalysisReply) => {
    // Kept even when it arrives too late to show: a later "unchanged" answer may point back to it.
    if (reply.type === 'result') received = { version: reply.version, analysis: reply.analysis };
    if (isDisposed || reply.version !== version || isDirty) return;
    if (reply.type === 'failed') {
      console.error(`Attribution analysis failed: ${reply.message}`);
      return;
    }
    options.onTiming?.({ analyseMs: reply.analyseMs, roundTripMs: performance.now() - sentAt, paragraphs: reply.paragraphCount });
    const analysis = reply.type === 'result' ? reply.analysis : received?.version === reply.sameAs ? received.analysis : null;
    if (!analysis) throw new RangeError(`analysis reply ${reply.version} points to result ${reply.type === 'unchanged' ? reply.sameAs : '?'}, which never came`);
    // Already shown: the decorations, mapped through the edits since, are still right.
    if (analysis === latest) return;
    latest = analysis;
    editor.view.dispatch(editor.state.tr.setMeta(quoteMarksMeta, marksFor(latest, sent)).setMeta('addToHistory', false));
    for (const listener of listeners) listener();
  };

  const connect = (next: AnalysisPort) => {
    port = next;
    port.listen(receive, (reason) => {
      port.close();
      if (!options.createFallbackPort || hasFallenBack || isDisposed) {
        console.error(`Attribution analysis stopped: ${reason}`);
        return;
      }
      console.error(`The analysis worker failed (${reason}); analysing on the main thread instead.`);
      hasFallenBack = true;
      connect(options.createFallbackPort());
      sent = { blocks: [], infos: [] };
      sentContext = {};
      version = 0;
      received = null;
      send();
    });
  };

  const handleTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
    if (!transaction.docChanged) return;
    isDirty = true;
    schedule(options.delayMs);
  };

  const dispose = () => {
    isDisposed = true;
    if (timer !== null) clearTimeout(timer);
    editor.off('transaction', handleTransaction);
    editor.off('destroy', dispose);
    port.close();
    listeners.clear();
  };

  connect(port);
  editor.on('transaction', handleTransaction);
  editor.on('destroy', dispose);
  send();

  return {
    current: () => latest,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setContext(next) {
      if (next.sources === context.sources && next.reviews === context.reviews) return;
      context = next;
      schedule(0);
    },
    dispose,
  };
}
