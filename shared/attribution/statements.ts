/**
 * Which quoted spans are statements. Scare quotes, titles of works, names and words used as
 * words are not; short partial quotes count only when a nearby verb attributes them.
 */
import type { Cue } from './cues';
import type { ParagraphModel } from './article';
import type { SentenceRange } from './sentences';

const shortLimit = 5;
const maxPartialDistance = 12;
const minorWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'vs', 'vs.', 'with', 'by', 'from']);
const namingWords = new Set([
  'named', 'titled', 'entitled', 'labelled', 'labeled', 'nicknamed', 'dubbed', 'so-called', 'word', 'words', 'term',
  'terms', 'phrase', 'name', 'slogan', 'hashtag', 'headline', 'caption', 'title', 'called', 'known',
]);
const namingBeforeAs = new Set(['known', 'nicknamed', 'referred', 'billed', 'branded', 'labelled', 'labeled', 'listed', 'registered']);

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** True when every content word of a short text is capitalised, as in a title or a name (`Cowboys and Indians`). */
export function isTitleCase(text: string): boolean {
  const words = wordsOf(text);
  const content = words.filter((word) => !minorWords.has(word.toLowerCase()));
  return content.length > 0 && content.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

function hasNamingWordBefore(paragraph: ParagraphModel, quoteToken: number): boolean {
  let index = quoteToken - 1;
  const token = paragraph.tokens[index];
  if (token?.kind === 'punct' && token.text !== ',') index -= 1;
  const before = paragraph.tokens[index];
  if (before?.kind !== 'word') return false;
  if (before.lower !== 'as') return namingWords.has(before.lower);
  return paragraph.tokens.slice(Math.max(0, index - 4), index).some((token) => namingBeforeAs.has(token.lower));
}

function isWholeSentence(paragraph: ParagraphModel, sentence: SentenceRange, quoteToken: number, text: string): boolean {
  return sentence.start === quoteToken && /[.!?]\s*$/.test(text) && /^\s*\p{Lu}/u.test(text);
}

/** Decides whether a quoted span is a statement someone made. */
export function isStatement(paragraph: ParagraphModel, sentence: SentenceRange, quoteToken: number, cue: Cue | null): boolean {
  const text = paragraph.tokens[quoteToken]?.text ?? '';
  const count = wordsOf(text).length;
  const span = paragraph.spans[paragraph.tokens[quoteToken]?.quote ?? -1];
  if (count > shortLimit || span?.isRunOn) return true;
  if (isTitleCase(text) || hasNamingWordBefore(paragraph, quoteToken)) return false;
  if (isWholeSentence(paragraph, sentence, quoteToken, text)) return true;
  if (!cue) return false;
  if (cue.side === 'tail') return true;
  return cue.distance <= maxPartialDistance && !cue.isEmbedded;
}
