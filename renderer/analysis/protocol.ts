/**
 * The messages between the renderer and the analysis worker. The worker keeps the article's
 * paragraphs; the renderer sends only what changed since its last message, and the worker
 * answers each message with the analysis of the article as it now stands.
 */
import type { QuoteReview } from '../../shared/article/model';
import type { ReviewMatch } from '../../shared/attribution/index';
import type { AnalyserSource, AttributionResult } from '../../shared/attribution/types';

/** One body paragraph as the analyser reads it: its text and the inline-quote links inside it (offsets into `text`). */
export interface ParagraphInput {
  text: string;
  links: { start: number; end: number; sourceId: string }[];
}

/** A pull quote as the analyser reads it. */
export interface PullQuoteInput {
  text: string;
  sourceId: string | null;
}

/** Replace `deleteCount` paragraphs from index `start` with `paragraphs` (as `Array.prototype.splice` does). */
export interface ParagraphSplice {
  start: number;
  deleteCount: number;
  paragraphs: ParagraphInput[];
}

/** What the analyser reads besides the paragraphs; each part is sent only when it changed. */
export interface AnalysisContext {
  sources: AnalyserSource[];
  reviews: Record<string, QuoteReview>;
  pullQuotes: PullQuoteInput[];
}

/**
 * Renderer → worker. `version` grows with every message. The first message of a session splices
 * every paragraph in and carries the whole context.
 */
export interface AnalysisUpdate {
  type: 'update';
  version: number;
  /** The paragraphs that changed, or null when none did. */
  splice: ParagraphSplice | null;
  context: Partial<AnalysisContext>;
}

/** The analysis the renderer shows: quotes with speakers, findings, and each quote's review match. */
export interface Analysis extends AttributionResult {
  matches: ReviewMatch[];
}

/**
 * Worker → renderer. `version` is that of the newest update the answer includes (updates that
 * arrive while the worker is busy are folded into one analysis). `analyseMs` is the worker's own
 * time. `unchanged` means the analysis is exactly the one sent before (typing outside quotes), so
 * nothing is copied back; `sameAs` is the version of the result that carried it.
 */
export type AnalysisReply =
  | { type: 'result'; version: number; analysis: Analysis; analyseMs: number; paragraphCount: number }
  | { type: 'unchanged'; version: number; sameAs: number; analyseMs: number; paragraphCount: number }
  | { type: 'failed'; version: number; message: string };
