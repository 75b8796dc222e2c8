import { matchReviews } from '../../shared/attribution/index';
import type { AnalyserInput, ExplicitLink } from '../../shared/attribution/types';
import type { LongLivedAnalyser } from './analyser';
import type { AnalysisContext, AnalysisReply, AnalysisUpdate, ParagraphInput, ParagraphSplice } from './protocol';

/** The worker's side of the protocol, free of worker APIs so it can be tested in Node. */
export interface AnalysisHost {
  /** Applies an update to the paragraphs and context it keeps; throws on a splice that does not fit them. */
  apply(update: AnalysisUpdate): void;
  /** Analyses the article as it now stands, answering for the newest update applied. */
  analyse(): AnalysisReply;
  /** Paragraphs currently held. */
  readonly paragraphCount: number;
}

function checkSplice(splice: ParagraphSplice, length: number): void {
  const { start, deleteCount } = splice;
  if (!Number.isInteger(start) || !Number.isInteger(deleteCount) || start < 0 || deleteCount < 0 || start + deleteCount > length) {
    throw new RangeError(`analysis update: splice at ${start} removing ${deleteCount} does not fit ${length} paragraphs`);
  }
}

/** `Array.prototype.splice` without spreading the new items into arguments, which fails for very long articles. */
function replaceRange(paragraphs: ParagraphInput[], { start, deleteCount, paragraphs: added }: ParagraphSplice): void {
  const tail = paragraphs.splice(start + deleteCount);
  paragraphs.length = start;
  for (const paragraph of added) paragraphs.push(paragraph);
  for (const paragraph of tail) paragraphs.push(paragraph);
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
  // The last analysis sent, as text, and its version: to tell when a new one is the same.
  let lastSent = { text: '', version: 0 };
  return {
    get paragraphCount() {
      return paragraphs.length;
    },
    apply(update) {
      if (update.version <= version) throw new RangeError(`analysis update: version ${update.version} after ${version}`);
      if (update.splice) {
        checkSplice(update.splice, paragraphs.length);
        replaceRange(paragraphs, update.splice);
      }
      Object.assign(context, update.context);
      version = update.version;
    },
    analyse() {
      const started = now();
      try {
        const result = analyser.analyse(inputOf(paragraphs, context));
        const analysis = { ...result, matches: matchReviews(result.quotes, context.reviews) };
        const text = JSON.stringify(analysis);
        const timing = { analyseMs: now() - started, paragraphCount: paragraphs.length };
        if (text === lastSent.text) return { type: 'unchanged', version, sameAs: lastSent.version, ...timing };
        lastSent = { text, version };
        return { type: 'result', version, analysis, ...timing };
      } catch (error) {
        return { type: 'failed', version, message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
