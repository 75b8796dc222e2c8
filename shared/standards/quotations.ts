import type { Article, Source } from '../article/model';
import { matchReviews } from '../attribution/index';
import type { AttributionResult, DetectedQuote } from '../attribution/types';
import { publicCredit } from '../export/credit';
import { visibleText } from '../export/escape';

/**
 * Who said a quote, as it may be published. Named speakers have a name (and a job title for
 * people); unnamed ones (anonymous or on background) only the description agreed for print.
 */
export type PublicSpeaker =
  | { kind: 'person'; name: string; jobTitle: string }
  | { kind: 'organization'; name: string }
  | { kind: 'unnamed'; description: string };

/** A verified quote with its published speaker and its place in the analysed paragraphs. */
export interface VerifiedQuotation {
  key: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** The article source the quote is linked to, if any. */
  sourceId: string | null;
  speaker: PublicSpeaker;
}

function fromSource(source: Source): PublicSpeaker {
  const credit = publicCredit(source);
  if (credit.name === null) return { kind: 'unnamed', description: credit.description };
  return source.kind === 'organisation' ? { kind: 'organization', name: credit.name } : { kind: 'person', name: credit.name, jobTitle: visibleText(source.title) };
}

/** A private source whose name or identity the analyser's speaker repeats, so the speaker is never printed by name. */
function privateSourceNamed(name: string, sources: readonly Source[]): Source | null {
  const wanted = name.trim().toLowerCase();
  return sources.find((source) => source.level !== 'on-record' && [source.name, source.identity].some((value) => value.trim().toLowerCase() === wanted)) ?? null;
}

function speakerOf(quote: DetectedQuote, sources: readonly Source[]): PublicSpeaker | null {
  const linked = quote.sourceId === null ? null : (sources.find((source) => source.id === quote.sourceId) ?? null);
  if (linked) return fromSource(linked);
  const name = visibleText(quote.speaker ?? '');
  if (name === '' || quote.speakerKind === 'none') return null;
  const hidden = privateSourceNamed(name, sources);
  if (hidden) return fromSource(hidden);
  if (quote.speakerKind === 'descriptive') return { kind: 'unnamed', description: name };
  if (quote.speakerKind === 'organisation') return { kind: 'organization', name };
  return { kind: 'person', name, jobTitle: visibleText(quote.title) };
}

/**
 * The quotes an editor has verified (for their current text), each with the speaker it may be
 * published under. Unverified, flagged, changed and unattributed quotes are left out, so they
 * are never marked up as attributed.
 */
export function verifiedQuotations(article: Pick<Article, 'sources' | 'reviews'>, analysis: AttributionResult): VerifiedQuotation[] {
  const matches = matchReviews(analysis.quotes, article.reviews);
  return analysis.quotes.flatMap((quote, index) => {
    if (matches[index]?.status !== 'verified' || visibleText(quote.text) === '') return [];
    const speaker = speakerOf(quote, article.sources);
    return speaker ? [{ key: quote.key, paragraph: quote.paragraph, start: quote.start, end: quote.end, text: quote.text, sourceId: quote.sourceId, speaker }] : [];
  });
}
