import type { AnalyserInput, ExplicitLink } from '../../shared/attribution/types';
import type { LongLivedAnalyser } from './analyser';
import { checkVersion, spliceInPlace } from '../worker/hostParts';
import type { Analysis, AnalysisContext, AnalysisReply, AnalysisUpdate, ParagraphInput } from './protocol';

/** The worker's side of the protocol, free of worker APIs so it can be tested in Node. */
export interface AnalysisHost {
  /** Applies an update to the paragraphs and context it keeps; throws on a splice that does not fit them. */
  apply(update: AnalysisUpdate): void;
  /** Analyses the article as it now stands, answering for the newest update applied. */
  analyse(): AnalysisReply;
  /** Paragraphs currently held. */
  readonly paragraphCount: number;
}

function inputOf(paragraphs: readonly ParagraphInput[], context: AnalysisContext): AnalyserInput {
  const links: ExplicitLink[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const link of paragraph.links) links.push({ paragraph: index, ...link });
  });
  return { paragraphs: paragraphs.map((paragraph) => paragraph.text), links, sources: context.sources, reviews: context.reviews, pullQuotes: context.pullQuotes };
}

/**
 * Keeps one article's paragraphs and context between messages and analyses them with `analyser`.
 * Updates must arrive in order: a version that does not grow is a programming error.
 */
export function createAnalysisHost(analyser: LongLivedAnalyser, now: () => number = () => performance.now()): AnalysisHost {
  const paragraphs: ParagraphInput[] = [];
  const context: AnalysisContext = { sources: [], reviews: {}, pullQuotes: [] };
  let version = 0;
  /** The last analysis sent and its version: the analyser returns the same object while its answer is unchanged. */
  let sent: { analysis: Analysis | null; version: number } = { analysis: null, version: 0 };
  return {
    get paragraphCount() {
      return paragraphs.length;
    },
    apply(update) {
      checkVersion('analysis update', update.version, version);
      if (update.splice) spliceInPlace(paragraphs, update.splice, update.splice.paragraphs, { update: 'analysis update', items: 'paragraphs' });
      Object.assign(context, update.context);
      version = update.version;
    },
    analyse() {
      const started = now();
      try {
        const analysis: Analysis = analyser.analyseMatched(inputOf(paragraphs, context));
        const timing = { analyseMs: now() - started, paragraphCount: paragraphs.length };
        if (analysis === sent.analysis) return { type: 'unchanged', version, sameAs: sent.version, ...timing };
        sent = { analysis, version };
        return { type: 'result', version, analysis, ...timing };
      } catch (error) {
        return { type: 'failed', version, message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
