/**
 * Copydesk's attribution analyser: finds every direct quotation in an article's paragraphs,
 * names its speaker by an ordered sieve of rules, and reports what an editor must check.
 * Pure TypeScript with no DOM or Node APIs, so the renderer and main process share it.
 */
import type { QuoteReview } from '../article/model';
import { buildArticle, ModelMemory, Vocabulary, type CoreStore, type ParagraphCore } from './article';
import { ParagraphStore } from './cache';
import { collectFindings, isSameDescription } from './findings';
import { quoteKeys } from './keys';
import type { Entity, Mention } from './registry';
import { RegistryMemory, registryFor, type RegistryStats } from './registryMemory';
import { matchReviews, type ReviewMatch } from './reviews';
import type { AttributedQuote } from './sieve';
import { hasSameFields, isSameList } from './sameFields';
import { runSieve, SieveMemory, type SieveRunStats } from './sieveRun';
import type { Speaker, SpeakerContext } from './speakers';
import type { AnalyserInput, AnalyserSource, AttributionResult, DetectedQuote } from './types';
import { compileVerbs, defaultSpeechVerbs, findVerbs, type VerbIndex } from './verbs';

export { defaultSpeechVerbs } from './verbs';
export { warmLanguageModel } from './language';
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
    rule: quote.rule, explanation: quote.explanation, sourceId: quote.linkedSourceId ?? sourceIdFor(quote.speaker, sources),
  };
}

/**
 * Detected quotes made from the sieve's quotes, kept per quote object: the resumed sieve reuses the
 * quotes it did not attribute again, so after an edit their detected forms are the same objects
 * and the kept answer's comparison of them is one identity check each.
 */
class DetectedMemory {
  private sourcesKey: string | null = null;
  private byQuote = new WeakMap<AttributedQuote, DetectedQuote>();
  private detectedSources = new WeakMap<AttributedQuote, string | null>();

  /** Starts a new analysis: the kept forms hold while the sources are the same (`key`: the sources as JSON, compared by content, as a caller may change them in place). */
  begin(key: string): void {
    if (key === this.sourcesKey) return;
    this.sourcesKey = key;
    this.byQuote = new WeakMap();
    this.detectedSources = new WeakMap();
  }

  /** The source the text alone names for a quote (its `detected` speaker), for the conflict findings; worked out once per quote object and sources. */
  detectedSourceId(quote: AttributedQuote, sources: readonly AnalyserSource[]): string | null {
    const kept = this.detectedSources.get(quote);
    if (kept !== undefined) return kept;
    const found = sourceIdFor(quote.detected, sources);
    this.detectedSources.set(quote, found);
    return found;
  }

  detected(quote: AttributedQuote, key: string, sources: readonly AnalyserSource[]): DetectedQuote {
    const kept = this.byQuote.get(quote);
    if (kept?.key === key) return kept;
    const made = toDetected(quote, key, sources);
    this.byQuote.set(quote, made);
    return made;
  }
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
  return { ...quote, speaker: override, speakerKind, title: source?.title ?? '', sourceId: source?.id ?? null, explanation: 'corrected by an editor' };
}

/** The language layer is spent only on paragraphs that carry a quotation mark or a speech cue. */
function needsTags(core: ParagraphCore, verbs: VerbIndex): boolean {
  if (core.spans.length > 0) return true;
  let answers = core.memo.get(needsTagsKey) as Map<VerbIndex, boolean> | undefined;
  if (!answers) {
    answers = new Map();
    core.memo.set(needsTagsKey, answers);
  }
  let answer = answers.get(verbs);
  if (answer === undefined) {
    answer = findVerbs(core.tokens, 0, core.tokens.length, verbs).length > 0;
    answers.set(verbs, answer);
  }
  return answer;
}

const needsTagsKey = Symbol('needsTags');

/** An analysis with each quote's review match, as the renderer shows it. */
export interface MatchedResult extends AttributionResult {
  /** For each quote in order, its review (see `matchReviews`). */
  matches: ReviewMatch[];
}

/** True when two lists hold records with the same own fields (quotes, findings and review matches are flat; their nested values, reviews, are the input's own objects). */
const isSameFlatList = <T extends object>(a: readonly T[], b: readonly T[]): boolean => isSameList(a, b, (x, y) => hasSameFields(x, y));

/**
 * Keeps the lists of the last answer: a new answer whose list equals the last one's item by item
 * is given the last one's list, so a caller can tell an unchanged answer by identity.
 */
class StableAnswer {
  private last: MatchedResult = { quotes: [], findings: [], matches: [] };

  settle(next: MatchedResult): MatchedResult {
    const last = this.last;
    const quotes = isSameFlatList(last.quotes, next.quotes) ? last.quotes : next.quotes;
    const findings = isSameFlatList(last.findings, next.findings) ? last.findings : next.findings;
    const matches = isSameFlatList(last.matches, next.matches) ? last.matches : next.matches;
    const settled = quotes === last.quotes && findings === last.findings && matches === last.matches ? last : { quotes, findings, matches };
    this.last = settled;
    return settled;
  }
}

/** Options of a long-lived analyser. */
export interface AnalyserOptions {
  /** Most paragraphs whose scanning and tagging are kept for reuse (least recently used go first). Default 5,000. */
  maxCachedParagraphs?: number;
}

/** A long-lived analyser that reuses the work done on paragraphs whose text has not changed. */
export interface Analyser {
  /** Same answer as `analyse(input)`; only paragraphs it has not seen (by text) are scanned and tagged again. */
  analyse(input: AnalyserInput): AttributionResult;
  /**
   * `analyse(input)` with each quote's review match. While the answer does not change, every call
   * returns the same object (and each list stays the same object while its contents are equal), so
   * "unchanged?" is one identity check.
   */
  analyseMatched(input: AnalyserInput): MatchedResult;
  /**
   * Analyses `input` and drops the answer: warms the caches and the compiled code of the
   * re-analysis path (a worker idle after opening an article) without touching the answer
   * `analyseMatched` keeps, so its identity check still holds for the article as it stands.
   */
  rehearse(input: AnalyserInput): void;
  /** Paragraphs currently cached. */
  readonly cachedParagraphs: number;
  /** Which paragraphs the last analysis ran the sieve over; the rest came from the analysis before. */
  readonly lastSieve: SieveRunStats;
  /** How many analyses built the people-and-organisations list afresh and how many kept the last one's. */
  readonly registryStats: RegistryStats;
  /** Forgets every cached paragraph. */
  clear(): void;
}

/**
 * Creates an analyser for repeated analysis of a changing article (a worker re-analysing after
 * each edit): per-paragraph scanning, tokens, sentences and part-of-speech tags are cached by
 * paragraph text in a bounded least-recently-used cache; the article-wide steps (people and
 * organisations, the sieve, findings) run again each time and are linear in the text.
 */
export function createAnalyser(options: AnalyserOptions = {}): Analyser {
  const limit = options.maxCachedParagraphs ?? 5000;
  let store = new ParagraphStore(limit);
  let vocabulary = new Vocabulary();
  let models = new ModelMemory();
  let sieve = new SieveMemory();
  let registries = new RegistryMemory();
  let answer = new StableAnswer();
  let detected = new DetectedMemory();
  const analyseMatched = (input: AnalyserInput): MatchedResult => answer.settle(analyseWith(input, { store, vocabulary, models, sieve, registries, detected }));
  return {
    analyse: (input) => {
      const { quotes, findings } = analyseMatched(input);
      return { quotes, findings };
    },
    analyseMatched,
    rehearse: (input) => {
      analyseWith(input, { store, vocabulary, models, sieve, registries, detected });
    },
    get cachedParagraphs() {
      return store.size;
    },
    get lastSieve() {
      return sieve.stats;
    },
    get registryStats() {
      return { ...registries.stats };
    },
    clear: () => {
      store = new ParagraphStore(limit);
      vocabulary = new Vocabulary();
      models = new ModelMemory();
      sieve = new SieveMemory();
      registries = new RegistryMemory();
      answer = new StableAnswer();
      detected = new DetectedMemory();
    },
  };
}

const shared = createAnalyser();

/**
 * Analyses an article: its quotes with speakers, and the findings an editor must clear. Uses a
 * shared long-lived analyser, so unchanged paragraphs cost almost nothing on the next call.
 */
export function analyse(input: AnalyserInput): AttributionResult {
  return shared.analyse(input);
}

/** What a long-lived analyser keeps between analyses. */
interface AnalyserMemory {
  store: CoreStore;
  vocabulary: Vocabulary;
  models: ModelMemory;
  sieve: SieveMemory;
  registries: RegistryMemory;
  detected: DetectedMemory;
}

function analyseWith(input: AnalyserInput, { store, vocabulary, models, sieve, registries, detected }: AnalyserMemory): MatchedResult {
  if (!Array.isArray(input.paragraphs)) throw new TypeError('analyse: input.paragraphs must be an array of strings');
  const sources = input.sources ?? [];
  const verbs = input.speechVerbs ? compileVerbs(input.speechVerbs) : defaultVerbIndex;
  const article = buildArticle(input.paragraphs, { store, vocabulary, models, needsTags: (core) => needsTags(core, verbs), tagPolicy: verbs });
  // The sources as JSON, made once: the kept registry, the sieve and the detected quotes each compare them with the last analysis's.
  const sourcesKey = JSON.stringify(sources);
  const registry = registryFor(article, sources, registries, sourcesKey);
  const context = speakerContext(article, registry);
  const attributed = runSieve({ article, registry, verbs, links: input.links ?? [], sources }, context, sieve, sourcesKey);
  const keys = quoteKeys(attributed.map((quote) => quote.text));
  detected.begin(sourcesKey);
  const detectedQuotes = attributed.map((quote, index) => detected.detected(quote, keys[index] as string, sources));
  const reviewMatches = matchReviews(detectedQuotes, input.reviews ?? {});
  const quotes = detectedQuotes.map((quote, index) => applyOverride(quote, reviewMatches[index]?.review ?? null, sources));
  const findings = collectFindings({
    quotes,
    entities: new Map(attributed.map((quote, index) => [keys[index] as string, quotes[index]?.speaker === quote.speaker.name ? quote.speaker.entity : null])),
    ambiguous: new Set(attributed.flatMap((quote, index) => (quote.isAmbiguous ? [keys[index] as string] : []))),
    detectedSourceIds: new Map(
      attributed.flatMap((quote, index) => (quote.detected.kind === 'none' ? [] : [[keys[index] as string, detected.detectedSourceId(quote, sources)] as const])),
    ),
    registry, strays: article.strays, sources, pullQuotes: input.pullQuotes ?? [], paragraphs: input.paragraphs, reviewMatches,
  });
  return { quotes, findings, matches: reviewMatches };
}
