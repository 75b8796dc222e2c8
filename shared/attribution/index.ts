/**
 * Copydesk's attribution analyser: finds every direct quotation in an article's paragraphs,
 * names its speaker by an ordered sieve of rules, and reports what an editor must check.
 * Pure TypeScript with no DOM or Node APIs, so the renderer and main process share it.
 */
import type { QuoteReview } from '../article/model';
import { buildArticle } from './article';
import { collectFindings, isSameDescription } from './findings';
import { quoteKeys } from './keys';
import { buildRegistry, type Entity, type Mention } from './registry';
import { addSingleWordMentions, mergeSingleWordPeople } from './resolve';
import { matchReviews } from './reviews';
import { attributeQuotes, type AttributedQuote } from './sieve';
import type { Speaker, SpeakerContext } from './speakers';
import type { AnalyserInput, AnalyserSource, AttributionResult, DetectedQuote } from './types';
import { compileVerbs, defaultSpeechVerbs } from './verbs';

export { defaultSpeechVerbs } from './verbs';
export { matchReviews, type ReviewMatch } from './reviews';
export { normaliseQuoteText } from './normalise';
export type * from './types';

const defaultVerbIndex = compileVerbs(defaultSpeechVerbs);

function sourceIdFor(speaker: Speaker, sources: readonly AnalyserSource[]): string | null {
  if (speaker.entity?.sourceId) return speaker.entity.sourceId;
  if (speaker.name === null) return null;
  const name = speaker.name.toLowerCase();
  const exact = sources.find((source) => source.name.trim().toLowerCase() === name);
  if (exact) return exact.id;
  if (speaker.kind !== 'descriptive') return null;
  return sources.find((source) => source.level !== 'on-record' && isSameDescription(speaker.name ?? '', source))?.id ?? null;
}

function toDetected(quote: AttributedQuote, key: string, sources: readonly AnalyserSource[]): DetectedQuote {
  return {
    key, paragraph: quote.paragraph, start: quote.start, end: quote.end, text: quote.text,
    speaker: quote.speaker.name, speakerKind: quote.speaker.kind, title: quote.speaker.title, cue: quote.cue,
    rule: quote.rule, sourceId: quote.linkedSourceId ?? sourceIdFor(quote.speaker, sources),
  };
}

function speakerContext(article: SpeakerContext['article'], registry: SpeakerContext['registry']): SpeakerContext {
  const mentionsByParagraph = new Map<number, Mention[]>();
  const mentionCounts = new Map<Entity, number>();
  for (const mention of registry.mentions) {
    const list = mentionsByParagraph.get(mention.paragraph);
    if (list) list.push(mention);
    else mentionsByParagraph.set(mention.paragraph, [mention]);
    mentionCounts.set(mention.entity, (mentionCounts.get(mention.entity) ?? 0) + 1);
  }
  return { article, registry, history: [], mentionsByParagraph, mentionCounts, speakers: new Set() };
}

function applyOverride(quote: DetectedQuote, review: QuoteReview | null, sources: readonly AnalyserSource[]): DetectedQuote {
  const override = review?.speakerOverride?.trim();
  if (!override) return quote;
  const source = sources.find((candidate) => candidate.name.trim().toLowerCase() === override.toLowerCase());
  const speakerKind = source ? (source.level === 'anonymous' ? 'descriptive' : source.kind === 'person' ? 'named' : 'organisation') : 'named';
  return { ...quote, speaker: override, speakerKind, title: source?.title ?? '', sourceId: source?.id ?? null };
}

/** Analyses an article: its quotes with speakers, and the findings an editor must clear. */
export function analyse(input: AnalyserInput): AttributionResult {
  const sources = input.sources ?? [];
  const article = buildArticle(input.paragraphs);
  const registry = buildRegistry(article, sources);
  mergeSingleWordPeople(registry);
  addSingleWordMentions(registry, article);
  const verbs = input.speechVerbs ? compileVerbs(input.speechVerbs) : defaultVerbIndex;
  const context = speakerContext(article, registry);
  const attributed = attributeQuotes({ article, registry, verbs, links: input.links ?? [], sources }, context);
  const keys = quoteKeys(attributed.map((quote) => quote.text));
  const detectedQuotes = attributed.map((quote, index) => toDetected(quote, keys[index] as string, sources));
  const reviewMatches = matchReviews(detectedQuotes, input.reviews ?? {});
  const quotes = detectedQuotes.map((quote, index) => applyOverride(quote, reviewMatches[index]?.review ?? null, sources));
  const findings = collectFindings({
    quotes,
    entities: new Map(attributed.map((quote, index) => [keys[index] as string, quotes[index]?.speaker === quote.speaker.name ? quote.speaker.entity : null])),
    ambiguous: new Set(attributed.flatMap((quote, index) => (quote.isAmbiguous ? [keys[index] as string] : []))),
    detectedSourceIds: new Map(
      attributed.flatMap((quote, index) => (quote.detected.kind === 'none' ? [] : [[keys[index] as string, sourceIdFor(quote.detected, sources)] as const])),
    ),
    registry, strays: article.strays, sources, pullQuotes: input.pullQuotes ?? [], paragraphs: input.paragraphs, reviewMatches,
  });
  return { quotes, findings };
}
