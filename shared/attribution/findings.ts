/**
 * Findings: what an editor must check before publishing, each tied to a paragraph range.
 */
import { normalisedBody } from './cache';
import type { StrayMark } from './marks';
import { contentWords, normaliseQuoteText } from './normalise';
import type { Entity, Mention, Registry } from './registry';
import type { ReviewMatch } from './reviews';
import type { AnalyserInput, AnalyserSource, DetectedQuote, Finding } from './types';

/** Everything the findings read. */
export interface FindingsInput {
  quotes: readonly DetectedQuote[];
  entities: ReadonlyMap<string, Entity | null>;
  ambiguous: ReadonlySet<string>;
  detectedSourceIds: ReadonlyMap<string, string | null>;
  registry: Registry;
  strays: readonly StrayMark[];
  sources: readonly AnalyserSource[];
  pullQuotes: NonNullable<AnalyserInput['pullQuotes']>;
  paragraphs: readonly string[];
  reviewMatches: readonly ReviewMatch[];
}

function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 48 ? `${trimmed.slice(0, 45)}…` : trimmed;
}

function quoteFinding(quote: DetectedQuote, code: Finding['code'], severity: Finding['severity'], message: string): Finding {
  return { code, severity, message, paragraph: quote.paragraph, start: quote.start, end: quote.end, quoteKey: quote.key };
}

/** True when a description shares at least half its content words with a source's name or title. */
export function isSameDescription(description: string, source: AnalyserSource): boolean {
  const wanted = contentWords(description);
  const offered = new Set([...contentWords(source.name), ...contentWords(source.title)]);
  const shared = wanted.filter((word) => offered.has(word)).length;
  return wanted.length > 0 && shared * 2 >= wanted.length;
}

function hasRecordedReason(quote: DetectedQuote, sources: readonly AnalyserSource[]): boolean {
  return sources.some(
    (source) =>
      source.level !== 'on-record' &&
      source.anonymityReason.trim() !== '' &&
      (source.id === quote.sourceId || isSameDescription(quote.speaker ?? '', source)),
  );
}

function speakerFindings(input: FindingsInput): Finding[] {
  const findings: Finding[] = [];
  for (const quote of input.quotes) {
    if (quote.speaker === null) {
      findings.push(quoteFinding(quote, 'unattributed-quote', 'error', `No speaker found for "${excerpt(quote.text)}"`));
    } else if (quote.speakerKind === 'descriptive' && !hasRecordedReason(quote, input.sources)) {
      findings.push(quoteFinding(quote, 'anonymous-without-reason', 'error', `Unnamed source "${quote.speaker}" has no recorded reason for anonymity`));
    }
    if (input.ambiguous.has(quote.key)) {
      findings.push(quoteFinding(quote, 'ambiguous-pronoun', 'warning', `"${quote.cue}" could refer to more than one person; check the speaker`));
    }
  }
  return findings;
}

function firstReferenceFinding(entity: Entity, mentions: readonly Mention[]): Finding | null {
  const first = mentions[0];
  if (!first) return null;
  const name = entity.words.join(' ');
  const at = { paragraph: first.paragraph, start: first.start, end: first.end };
  if (!first.isFull && mentions.some((mention) => mention.isFull)) {
    return { code: 'surname-before-introduction', severity: 'warning', message: `${name} is referred to before being introduced in full`, ...at };
  }
  if (!first.isFull || !first.isIdentified) {
    const missing = !first.isFull ? 'full name' : 'title or role';
    return { code: 'incomplete-first-reference', severity: 'warning', message: `First reference to ${name} lacks a ${missing}`, ...at };
  }
  return null;
}

function referenceFindings(input: FindingsInput): Finding[] {
  const speakers = new Set<Entity>();
  for (const quote of input.quotes) {
    const entity = input.entities.get(quote.key);
    if (entity?.kind === 'person' && quote.speakerKind === 'named') speakers.add(entity);
  }
  const byEntity = new Map<Entity, Mention[]>();
  for (const mention of input.registry.mentions) {
    if (!speakers.has(mention.entity)) continue;
    const list = byEntity.get(mention.entity);
    if (list) list.push(mention);
    else byEntity.set(mention.entity, [mention]);
  }
  const findings = [...byEntity].map(([entity, mentions]) => firstReferenceFinding(entity, mentions));
  for (const entity of speakers) {
    const isNeverFull = entity.words.length === 1 && !byEntity.has(entity);
    const quote = !isNeverFull ? undefined : input.quotes.find((candidate) => input.entities.get(candidate.key) === entity);
    if (quote) findings.push(quoteFinding(quote, 'incomplete-first-reference', 'warning', `${quote.speaker ?? 'The speaker'} is never introduced with a full name`));
  }
  return findings.filter((finding): finding is Finding => finding !== null);
}

function markFindings(input: FindingsInput): Finding[] {
  return input.strays.map((stray) => ({
    code: 'unbalanced-quotes', severity: 'warning', paragraph: stray.paragraph, start: stray.offset, end: stray.offset + 1,
    message: `Quotation mark at paragraph ${stray.paragraph + 1}, character ${stray.offset + 1} is never closed`,
  }));
}

/** One error per pull quote whose words are not in the body; `start` and `end` hold the pull quote's index. */
function pullQuoteFindings(input: FindingsInput): Finding[] {
  if (input.pullQuotes.length === 0) return [];
  const body = normalisedBody(input.paragraphs);
  return input.pullQuotes.flatMap((pull, index): Finding[] => {
    const text = normaliseQuoteText(pull.text);
    if (text !== '' && body.includes(text)) return [];
    return [{
      code: 'pull-quote-mismatch', severity: 'error', paragraph: -1, start: index, end: index,
      message: `Pull quote "${excerpt(pull.text)}" does not match any words in the body`,
    }];
  });
}

function conflictFindings(input: FindingsInput): Finding[] {
  const findings: Finding[] = [];
  const speakerByText = new Map<string, string | null>();
  for (const quote of input.quotes) {
    const detected = input.detectedSourceIds.get(quote.key);
    if (quote.rule === 'explicit-link' && detected !== undefined && detected !== quote.sourceId) {
      findings.push(quoteFinding(quote, 'conflicting-attribution', 'warning', `Quote is linked to one source but the text attributes it to another`));
    }
    const text = normaliseQuoteText(quote.text);
    const earlier = speakerByText.get(text);
    if (earlier !== undefined && earlier !== quote.speaker && earlier !== null && quote.speaker !== null) {
      findings.push(quoteFinding(quote, 'conflicting-attribution', 'warning', `The same words are attributed to ${earlier} and to ${quote.speaker}`));
    }
    if (earlier === undefined) speakerByText.set(text, quote.speaker);
  }
  return findings;
}

function reviewFindings(input: FindingsInput): Finding[] {
  return input.reviewMatches.flatMap((match, index): Finding[] => {
    const quote = input.quotes[index];
    if (!quote || match.review?.status !== 'verified' || !match.isTextChanged) return [];
    return [quoteFinding(quote, 'edited-after-verification', 'warning', `Quote was edited after ${match.review.reviewer || 'an editor'} verified it`)];
  });
}

/** Collects every finding, errors and warnings, in a stable order by kind. */
export function collectFindings(input: FindingsInput): Finding[] {
  return [
    ...speakerFindings(input),
    ...referenceFindings(input),
    ...markFindings(input),
    ...pullQuoteFindings(input),
    ...conflictFindings(input),
    ...reviewFindings(input),
  ];
}
