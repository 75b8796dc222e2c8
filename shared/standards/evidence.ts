import type { Article, QuoteEvidence, QuoteReview } from '../article/model';
import { matchReviews } from '../attribution/index';
import type { DetectedQuote } from '../attribution/types';

/** The private fields a reporter fills in for one quote. */
export type EvidenceFields = Pick<QuoteEvidence, 'note' | 'transcript' | 'recordingFile' | 'recordingTime'>;

/** Evidence with nothing in it. */
export const emptyEvidence: EvidenceFields = { note: '', transcript: '', recordingFile: '', recordingTime: '' };

/** True when any field holds something (a sealed value counts: it was written on another computer). */
export function hasEvidence(evidence: EvidenceFields | null | undefined): boolean {
  return evidence !== null && evidence !== undefined && [evidence.note, evidence.transcript, evidence.recordingFile].some((value) => value.trim() !== '');
}

/**
 * For each quote in order, the key its evidence is stored under, or null. Evidence is found by the
 * quote's key, else (after the quote was edited) by the words it was attached to, as reviews are.
 */
export function evidenceKeys(quotes: readonly DetectedQuote[], evidence: Readonly<Record<string, QuoteEvidence>>): (string | null)[] {
  const asReviews: Record<string, QuoteReview> = Object.fromEntries(
    Object.entries(evidence).map(([key, entry]) => [key, { status: 'unreviewed', text: entry.quoteText, speakerOverride: null, note: '', reviewer: '', at: entry.at }]),
  );
  return matchReviews(quotes, asReviews).map((match) => match.reviewKey);
}

/**
 * Stores a quote's evidence under its current key (moving it from `storedKey` after an edit), or
 * removes it when every field is empty. Returns the new evidence map; the input is not changed.
 */
export function setEvidence(
  evidence: Readonly<Record<string, QuoteEvidence>>,
  quote: Pick<DetectedQuote, 'key' | 'text'>,
  storedKey: string | null,
  fields: EvidenceFields,
  by: string,
  at: string,
): Article['evidence'] {
  const next = { ...evidence };
  if (storedKey !== null) delete next[storedKey];
  if (hasEvidence(fields) || fields.recordingTime.trim() !== '') next[quote.key] = { quoteText: quote.text, ...fields, by, at };
  return next;
}
