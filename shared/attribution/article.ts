/**
 * The analysed article: per paragraph its quoted spans, tokens and sentences, plus the
 * article-wide facts the rules share (words the article writes in lower case).
 */
import { tagTokens } from './language';
import { isTitleWord } from './names';
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

function lowerVocabulary(paragraphs: readonly ParagraphModel[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const token of paragraph.tokens) {
      if (token.kind === 'word' && !token.isUpper) vocabulary.add(token.lower);
    }
  }
  return vocabulary;
}

/** What one paragraph's text alone determines: cached by text and shared between analyses. */
export interface ParagraphCore {
  spans: QuoteSpan[];
  tokens: Token[];
  sentences: SentenceRange[];
  sentenceStarts: ReadonlySet<number>;
  /** True once the language layer has tagged the tokens. */
  isTagged: boolean;
}

/** Where paragraph cores are kept between analyses (see `createAnalyser`). */
export interface CoreStore {
  get(text: string): ParagraphCore | undefined;
  set(text: string, core: ParagraphCore): void;
}

/** Scans and tokenises one paragraph's text (no language layer yet). */
export function buildCore(text: string): ParagraphCore {
  const spans = scanParagraph(text, 0);
  const tokens = tokenise(text, spans);
  const sentences = splitSentences(tokens);
  return { spans, tokens, sentences, sentenceStarts: new Set(sentences.map((s) => s.start)), isTagged: false };
}

/** Tags a core's tokens once, in place. */
export function tagCore(core: ParagraphCore): void {
  if (core.isTagged) return;
  const tags = tagTokens(core.tokens);
  core.tokens.forEach((token, index) => {
    token.tag = tags[index] ?? '';
  });
  core.isTagged = true;
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

/**
 * Scans, tokenises and splits every paragraph once, reusing cores from `store` for paragraphs
 * whose text it has seen; `needsTags` says which paragraphs the language layer must tag.
 */
export function buildArticle(texts: readonly string[], store?: CoreStore, needsTags?: (core: ParagraphCore) => boolean): ArticleModel {
  const paragraphs = texts.map((text, index): ParagraphModel => {
    let core = store?.get(text);
    if (!core) {
      core = buildCore(text);
      store?.set(text, core);
    }
    if (needsTags?.(core)) tagCore(core);
    const spans = index === 0 ? core.spans : core.spans.map((span) => ({ ...span, paragraph: index }));
    return { index, text, spans, tokens: core.tokens, sentences: core.sentences, sentenceStarts: core.sentenceStarts };
  });
  const strays = strayMarks(paragraphs);
  const vocabulary = lowerVocabulary(paragraphs);
  const isCommonWord = (paragraph: ParagraphModel, token: Token, index: number): boolean =>
    alwaysCommon.has(token.lower) || (paragraph.sentenceStarts.has(index) && vocabulary.has(token.lower) && !isTitleWord(token.text));
  return { paragraphs, strays, isCommonWord };
}
