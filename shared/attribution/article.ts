/**
 * The analysed article: per paragraph its quoted spans, tokens and sentences, plus the
 * article-wide facts the rules share (words the article writes in lower case).
 */
import { isTitleWord } from './names';
import { scanParagraphs, type QuoteSpan, type StrayMark } from './marks';
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

/** Scans, tokenises and splits every paragraph once. */
export function buildArticle(texts: readonly string[]): ArticleModel {
  const { spans, strays } = scanParagraphs(texts);
  const paragraphs = texts.map((text, index): ParagraphModel => {
    const paragraphSpans = spans[index] ?? [];
    const tokens = tokenise(text, paragraphSpans);
    const sentences = splitSentences(tokens);
    return { index, text, spans: paragraphSpans, tokens, sentences, sentenceStarts: new Set(sentences.map((s) => s.start)) };
  });
  const vocabulary = lowerVocabulary(paragraphs);
  const isCommonWord = (paragraph: ParagraphModel, token: Token, index: number): boolean =>
    alwaysCommon.has(token.lower) || (paragraph.sentenceStarts.has(index) && vocabulary.has(token.lower) && !isTitleWord(token.text));
  return { paragraphs, strays, isCommonWord };
}
