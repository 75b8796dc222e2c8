/**
 * Sentence boundaries over a paragraph's tokens, aware of abbreviations, initials and quotes
 * that end a sentence.
 */
import { isCapitalised, type Token } from './tokens';

const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'sgt', 'capt', 'st', 'jr',
  'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'no', 'mt', 'ft', 'ald', 'rev', 'det', 'supt', 'insp', 'hon',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'approx', 'est', 'dept', 'e.g', 'i.e',
]);

/** Capitalised words that usually open a sentence, used after an acronym such as `D.C.`. */
const sentenceOpeners = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'in', 'on',
  'at', 'but', 'and', 'however', 'after', 'before', 'when', 'while', 'his', 'her', 'their', 'its', 'there',
]);

/** A sentence as a half-open range of token indices. */
export interface SentenceRange {
  start: number;
  end: number;
}

const terminalEnd = /[.!?]['\u2019)\]\s]*$/u;
const dottedAcronym = /^(?:\p{Lu}-)?(?:\p{Lu}\.){2,}$/u;
const labelAcronym = /^\p{Lu}-\p{Lu}[\p{L}.]*\.$/u;

function endsWithTerminal(text: string): boolean {
  return terminalEnd.test(text);
}

/** `D.C.`, `U.S.`, `R-N.Y.`: both forms end in a full stop, so most words are ruled out without a regular expression. */
function isAcronym(text: string): boolean {
  return text.endsWith('.') && (dottedAcronym.test(text) || labelAcronym.test(text));
}

function isBoundaryAfter(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (next === undefined) return true;
  if (token.kind === 'quote') {
    return endsWithTerminal(token.text) && (isCapitalised(next) || next.kind === 'quote');
  }
  if (token.kind === 'word') {
    return isAcronym(token.text) && (next.kind === 'quote' || (isCapitalised(next) && sentenceOpeners.has(next.lower)));
  }
  // A closing bracket after a full stop ends the sentence only when a new one follows (`(D-N.Y.) said` goes on).
  if (/^[)\]]$/u.test(token.text) && /^[.!?]$/u.test(tokens[index - 1]?.text ?? '')) return isCapitalised(next) || next.kind === 'quote';
  if (!/^[.!?]$/.test(token.text)) return false;
  if (/^[.,;:)\]]$/.test(next.text) || (next.kind === 'word' && /^\p{Ll}/u.test(next.text))) return false;
  const previous = tokens[index - 1];
  if (token.text === '.' && previous?.kind === 'word') {
    if (abbreviations.has(previous.lower) || /^\p{Lu}$/u.test(previous.text)) return false;
  }
  return true;
}

/** Splits a paragraph's tokens into sentences. */
export function splitSentences(tokens: readonly Token[]): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let start = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    if (isBoundaryAfter(tokens, index)) {
      sentences.push({ start, end: index + 1 });
      start = index + 1;
    }
  }
  if (start < tokens.length) sentences.push({ start, end: tokens.length });
  return sentences;
}

/** Index of the sentence containing a token. Sentences are sorted, so a binary search suffices. */
export function sentenceOf(sentences: readonly SentenceRange[], tokenIndex: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as SentenceRange).end <= tokenIndex) low = middle + 1;
    else high = middle;
  }
  return low;
}
