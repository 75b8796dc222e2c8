/**
 * The analysed article: per paragraph its quoted spans, tokens and sentences, plus the
 * article-wide facts the rules share (words the article writes in lower case).
 */
import { spansAt, untaggedRuns } from './cache';
import { tagParagraphs } from './language';
import { findRuns, isTitleWord, type NameRun } from './names';
import { scanParagraph, startsWithMark, type QuoteSpan, type StrayMark } from './marks';
import { splitSentences, type SentenceRange } from './sentences';
import { tokenise, type Token } from './tokens';

/** One paragraph, scanned and tokenised. */
export interface ParagraphModel {
  index: number;
  text: string;
  spans: QuoteSpan[];
  tokens: Token[];
  sentences: SentenceRange[];
  /** Token indices that open a sentence. */
  sentenceStarts: ReadonlySet<number>;
  /** True when the language layer tagged this paragraph. */
  isTagged: boolean;
  /** Runs of name words (see `findRuns`). */
  runs: NameRun[];
  /** The cached per-text part, whose `memo` rules may use for results that depend on the text alone. */
  core: ParagraphCore;
}

/** The whole article as the rules read it. */
export interface ArticleModel {
  paragraphs: ParagraphModel[];
  strays: StrayMark[];
  /** True when a capitalised token is an ordinary word here (`The`, or a sentence opener used in lower case). */
  isCommonWord: (paragraph: ParagraphModel, token: Token, index: number) => boolean;
}

const alwaysCommon = new Set(
  (
    'the a an according in on at as after before but and however while when if although though because since ' +
    'during for from with by of to it he she they we i this that these those there here some many most all both ' +
    'each every one two no not yet so also then now yesterday today tomorrow last next his her their its our my ' +
    'your despite even still meanwhile instead allegedly finally other another such what who why how where which ' +
    'whose speaking writing monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'june july august september october november december until unless whether among between within without'
  ).split(' '),
);

function lowerWords(tokens: readonly Token[]): string[] {
  const words = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'word' && !token.isUpper) words.add(token.lower);
  }
  return [...words];
}

/**
 * The words an article writes in lower case, kept up to date from one analysis to the next by
 * adding and removing only the paragraphs that changed.
 */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private present: readonly ParagraphCore[] = [];
  private changes = 0;

  /** True when some paragraph of the current article uses the word in lower case. */
  has(word: string): boolean {
    return (this.counts.get(word) ?? 0) > 0;
  }

  /** Grows whenever `has` may answer differently for some word: equal versions, equal answers. */
  get version(): number {
    return this.changes;
  }

  /** Makes the vocabulary that of the paragraphs given: only the cores between the unchanged start and end are counted again. */
  update(cores: readonly ParagraphCore[]): void {
    const before = this.present;
    let start = 0;
    while (start < before.length && start < cores.length && before[start] === cores[start]) start += 1;
    let end = 0;
    while (end < before.length - start && end < cores.length - start && before[before.length - 1 - end] === cores[cores.length - 1 - end]) end += 1;
    for (let index = start; index < before.length - end; index += 1) this.add(before[index] as ParagraphCore, -1);
    for (let index = start; index < cores.length - end; index += 1) this.add(cores[index] as ParagraphCore, 1);
    this.present = [...cores];
  }

  private add(core: ParagraphCore, times: number): void {
    for (const word of core.lowerWords) {
      const was = this.counts.get(word) ?? 0;
      const now = was + times;
      if ((was > 0) !== (now > 0)) this.changes += 1;
      if (now === 0) this.counts.delete(word);
      else this.counts.set(word, now);
    }
  }
}

/** What one paragraph's text alone determines: cached by text and shared between analyses. */
export interface ParagraphCore {
  spans: QuoteSpan[];
  tokens: Token[];
  sentences: SentenceRange[];
  sentenceStarts: ReadonlySet<number>;
  /** True once the language layer has tagged the tokens. */
  isTagged: boolean;
  /** Distinct words the paragraph writes in lower case. */
  lowerWords: string[];
  /** Name runs of a tagged paragraph (they depend on its text alone), computed on first use. */
  runs: NameRun[] | null;
  /** Results of later steps that depend on this text alone, keyed by the step (and its options). */
  memo: Map<unknown, unknown>;
}

/** Where paragraph cores are kept between analyses (see `createAnalyser`). */
export interface CoreStore {
  get(text: string): ParagraphCore | undefined;
  set(text: string, core: ParagraphCore): void;
  /** True when adding `count` more texts could drop cores held now (a store that never drops may leave it out). */
  wouldDrop?(count: number): boolean;
}

/** Scans and tokenises one paragraph's text (no language layer yet). */
export function buildCore(text: string): ParagraphCore {
  const spans = scanParagraph(text, 0);
  const tokens = tokenise(text, spans);
  const sentences = splitSentences(tokens);
  return {
    spans, tokens, sentences, sentenceStarts: new Set(sentences.map((s) => s.start)), isTagged: false,
    lowerWords: lowerWords(tokens), runs: null, memo: new Map(),
  };
}

/** Tags the tokens of the cores not yet tagged, in place, with one call to the language layer. */
export function tagCores(cores: readonly ParagraphCore[]): void {
  const untagged = [...new Set(cores.filter((core) => !core.isTagged))];
  if (untagged.length === 0) return;
  const tags = tagParagraphs(untagged.map((core) => core.tokens));
  untagged.forEach((core, index) => {
    const list = tags[index] ?? [];
    core.tokens.forEach((token, at) => {
      token.tag = list[at] ?? '';
    });
    core.isTagged = true;
    core.runs = null;
    core.memo.clear();
  });
}

/** True when a token opens a sentence, or a clause after a quote, colon or dash. */
export function opensSentence(core: Pick<ParagraphCore, 'tokens' | 'sentenceStarts'>, index: number): boolean {
  if (core.sentenceStarts.has(index)) return true;
  const previous = core.tokens[index - 1];
  return previous !== undefined && (previous.kind === 'quote' || /^[:(\u2014\u2013]$/u.test(previous.text));
}

function strayMarks(paragraphs: readonly ParagraphModel[]): StrayMark[] {
  const strays: StrayMark[] = [];
  paragraphs.forEach((paragraph, index) => {
    const last = paragraph.spans[paragraph.spans.length - 1];
    if (!last?.isRunOn) return;
    const next = paragraphs[index + 1];
    if (next === undefined || !startsWithMark(next.text)) strays.push({ paragraph: index, offset: last.openAt });
  });
  return strays;
}

/** How many paragraphs at the start and at the end of `now` are, by text, those of `before`. */
function unchangedEnds(before: readonly string[], now: readonly string[]): { start: number; end: number } {
  let start = 0;
  while (start < before.length && start < now.length && before[start] === now[start]) start += 1;
  let end = 0;
  while (end < before.length - start && end < now.length - start && before[before.length - 1 - end] === now[now.length - 1 - end]) end += 1;
  return { start, end };
}

/**
 * The cores of `texts`. With kept models built from the same store under the same tagging policy,
 * paragraphs whose text is unchanged at the start and end take the core they had (no lookup by
 * text), and only the changed stretch between them is looked up, built and offered to `needsTags`:
 * the kept cores were offered last time, and cores are only ever tagged, never untagged. A core
 * the store built afresh (it had dropped the old one) is offered too.
 */
function coresOf(texts: readonly string[], options: ArticleOptions): ParagraphCore[] {
  const { store, needsTags, models: kept } = options;
  const lookUp = (text: string): ParagraphCore => {
    let core = store?.get(text);
    if (!core) {
      core = buildCore(text);
      store?.set(text, core);
    }
    return core;
  };
  const isSamePolicy = kept !== undefined && store !== undefined && kept.store === store && kept.tagPolicy === options.tagPolicy && options.tagPolicy !== undefined;
  const ends = isSamePolicy ? unchangedEnds(kept.texts, texts) : { start: 0, end: 0 };
  const changedTo = texts.length - ends.end;
  // Lookups stamp cores as recently used; when new texts could make the store drop some, stamp every core in use first.
  const isStampingAll = !isSamePolicy || (store?.wouldDrop?.(changedTo - ends.start) ?? true);
  const keptCores = kept?.models ?? [];
  const shift = keptCores.length - texts.length;
  // Cores to offer to `needsTags`: all of them, unless the policy is the same; then those of the changed stretch and any the store built afresh.
  const offered: ParagraphCore[] = [];
  const cores = texts.map((text, index): ParagraphCore => {
    const isChanged = !isSamePolicy || (index >= ends.start && index < changedTo);
    const previous = isChanged ? undefined : keptCores[index < ends.start ? index : index + shift]?.core;
    const core = previous !== undefined && !isStampingAll ? previous : lookUp(text);
    if (core !== previous) offered.push(core);
    return core;
  });
  if (needsTags) tagCores(offered.filter(needsTags));
  if (kept) {
    kept.texts = [...texts];
    kept.store = store;
    kept.tagPolicy = options.tagPolicy;
  }
  return cores;
}

/**
 * Scans, tokenises and splits every paragraph once, reusing cores from `store` for paragraphs
 * whose text it has seen; `needsTags` says which paragraphs the language layer must tag.
 */
export function buildArticle(texts: readonly string[], options: ArticleOptions = {}): ArticleModel {
  const cores = coresOf(texts, options);
  const vocabulary = options.vocabulary ?? new Vocabulary();
  vocabulary.update(cores);
  // Where the language layer tagged a sentence, part of speech decides what is a name; elsewhere a
  // sentence opener the article also writes in lower case is an ordinary word.
  const isCommon = (paragraph: Pick<ParagraphModel, 'isTagged' | 'sentenceStarts'>, token: Token, index: number, isLowerElsewhere: (word: string) => boolean): boolean =>
    alwaysCommon.has(token.lower) ||
    (!paragraph.isTagged && paragraph.sentenceStarts.has(index) && !isTitleWord(token.text) && isLowerElsewhere(token.lower));
  const isLower = (word: string) => vocabulary.has(word);
  const isCommonWord = (paragraph: ParagraphModel, token: Token, index: number): boolean => isCommon(paragraph, token, index, isLower);
  const isAlwaysCommon = (token: Token): boolean => alwaysCommon.has(token.lower);
  const kept = options.models;
  const isSameVocabulary = kept !== undefined && kept.vocabularyVersion === vocabulary.version;
  const untaggedRunsOf = (core: ParagraphCore): NameRun[] =>
    untaggedRuns(core, isLower, (isLowerElsewhere) => findRuns(core.tokens, 0, core.tokens.length, (token, at) => isCommon(core, token, at, isLowerElsewhere), (at) => opensSentence(core, at)));
  const paragraphs = texts.map((text, index): ParagraphModel => {
    const core = cores[index] as ParagraphCore;
    // Same text at the same place, tagged alike, with the same name runs: the model built last time is this one.
    const previous = kept?.models[index];
    if (previous?.core === core && previous.isTagged === core.isTagged && (core.isTagged || isSameVocabulary || untaggedRunsOf(core) === previous.runs)) return previous;
    const spans = spansAt(core, index);
    const model: ParagraphModel = {
      index, text, spans, tokens: core.tokens, sentences: core.sentences, sentenceStarts: core.sentenceStarts,
      isTagged: core.isTagged, runs: [], core,
    };
    if (core.isTagged) model.runs = core.runs ??= findRuns(core.tokens, 0, core.tokens.length, isAlwaysCommon, (at) => opensSentence(core, at));
    else model.runs = untaggedRunsOf(core);
    return model;
  });
  if (kept) {
    kept.models = paragraphs;
    kept.vocabularyVersion = vocabulary.version;
  }
  return { paragraphs, strays: strayMarks(paragraphs), isCommonWord };
}

/** The paragraph models of the last article built, for `buildArticle` to reuse where nothing they depend on changed. */
export class ModelMemory {
  models: readonly ParagraphModel[] = [];
  vocabularyVersion = -1;
  /** The texts the models were built from, the store their cores came from, and the tagging policy they were offered to. */
  texts: readonly string[] = [];
  store: CoreStore | undefined = undefined;
  tagPolicy: unknown = undefined;
}

/** How `buildArticle` reuses work: the paragraph store, the tagging policy and the running vocabulary. */
export interface ArticleOptions {
  store?: CoreStore;
  needsTags?: (core: ParagraphCore) => boolean;
  /**
   * Names the tagging policy: builds given the same key must pass a `needsTags` that answers
   * alike, so cores kept from the last build need not be offered to it again. Without a key every
   * core is offered each time.
   */
  tagPolicy?: unknown;
  vocabulary?: Vocabulary;
  /** Models kept from the last build with the same `store` and `vocabulary`. */
  models?: ModelMemory;
}
