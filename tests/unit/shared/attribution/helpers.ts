import { analyse } from '../../../../shared/attribution/index';
import type { AnalyserInput, DetectedQuote } from '../../../../shared/attribution/types';

/** The fields of a quote most tests compare. */
export type QuoteSummary = Pick<DetectedQuote, 'paragraph' | 'text' | 'speaker' | 'speakerKind' | 'rule'>;

/** Analyses paragraphs and reduces each quote to its summary. */
export function quotesOf(paragraphs: string[], extra: Omit<AnalyserInput, 'paragraphs'> = {}): QuoteSummary[] {
  return analyse({ paragraphs, ...extra }).quotes.map(({ paragraph, text, speaker, speakerKind, rule }) => ({ paragraph, text, speaker, speakerKind, rule }));
}

/** Speakers of the quotes found in the paragraphs, in order. */
export function speakersOf(paragraphs: string[], extra: Omit<AnalyserInput, 'paragraphs'> = {}): (string | null)[] {
  return quotesOf(paragraphs, extra).map((quote) => quote.speaker);
}

/** Finding codes of an analysis, in order. */
export function findingCodes(paragraphs: string[], extra: Omit<AnalyserInput, 'paragraphs'> = {}): string[] {
  return analyse({ paragraphs, ...extra }).findings.map((finding) => finding.code);
}
