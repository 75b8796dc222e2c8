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
  /**
   * One step of the warm-up after opening (see `rehearsalSteps`): re-analyses the article with one
   * letter typed at the end of one paragraph, then as it stands, and drops both answers. Runs only
   * after the first analysis has been answered; returns true while steps remain. Changes no answer:
   * the analyser's answer always equals a whole-article analysis, and neither the answer it keeps
   * for its identity check nor what was sent is touched.
   */
  rehearse(): boolean;
  /** Paragraphs currently held. */
  readonly paragraphCount: number;
}

/**
 * Keystrokes rehearsed once, while the worker is idle after its first answer. The first real keys
 * after opening otherwise pay for V8 optimising the re-analysis path (in Node, six paired runs:
 * median CPU of 15 keys after opening 0.45–0.96× of that without the warm-up), for about 0.3 s
 * of CPU spent once, off the typing path, while the reporter reads.
 */
export const rehearsalSteps = 12;

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
  /** Steps of the warm-up left: set once the first analysis has been answered. */
  let rehearsals: number | null = null;
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
        rehearsals ??= rehearsalSteps;
        return { type: 'result', version, analysis, ...timing };
      } catch (error) {
        return { type: 'failed', version, message: error instanceof Error ? error.message : String(error) };
      }
    },
    rehearse() {
      if (rehearsals === null || rehearsals === 0 || paragraphs.length === 0) return false;
      const step = rehearsalSteps - rehearsals;
      rehearsals -= 1;
      const input = inputOf(paragraphs, context);
      const at = Math.floor(((step + 0.5) * paragraphs.length) / rehearsalSteps);
      const typed = [...input.paragraphs];
      typed[at] = `${typed[at] ?? ''}x`;
      try {
        analyser.rehearse({ ...input, paragraphs: typed });
        analyser.rehearse(input);
      } catch {
        // The next real analysis reports the failure; a warm-up has nothing to recover.
        rehearsals = 0;
      }
      return rehearsals > 0;
    },
  };
}
