/**
 * Tokens of a paragraph with every quoted span collapsed into one `quote` token, so the rules
 * that look for speakers only ever read the reporter's own words.
 */
import type { QuoteSpan } from './marks';

/** A word, a punctuation character, or a whole quoted span. Offsets index the paragraph text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** Index into the paragraph's quote spans for `quote` tokens, else -1. */
  quote: number;
  /** True for a word that starts with a capital letter (after an optional `@`, `#` or `$`). */
  isUpper: boolean;
  /** Universal part-of-speech tag from the language layer (`PROPN`, `VERB` …), or '' when the sentence was not tagged. */
  tag: string;
}

const upperStart = /^[@#$]?\p{Lu}/u;

/** Abbreviations whose full stop belongs to the word (`Sen.`, `Mr.`, `Inc.`), so it never ends a sentence. */
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr', 'inc',
  'ltd', 'co', 'corp', 'vs', 'no', 'mt', 'ft', 'ald', 'rev', 'det', 'supt', 'insp', 'hon', 'cmdr', 'adm', 'maj', 'pres',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'approx', 'dept', 'univ', 'assn', 'bros',
]);

function takesFullStop(word: string): boolean {
  // A single capital after a dot or hyphen ends a dotted abbreviation (`D-N.Y.`, `R-S.C.`).
  return abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /[.-]\p{Lu}$/u.test(word);
}
/** A party-and-state label whose full stop is followed by a bracket or comma (`(D-Nev.)`, `R-Pa.,`): the stop is the label's. */
function isLabelBeforeBracket(word: string, next: string | undefined): boolean {
  return /^[RDI]-\p{Lu}/u.test(word) && (next === ')' || next === ',');
}
/**
 * A full stop followed at once by a comma never ends a sentence: it closes an abbreviation
 * (`Cambridge, Mass., said`, `Ore.,`), so a short capitalised word keeps it.
 */
function isStopBeforeComma(word: string, next: string | undefined): boolean {
  return next === ',' && /^\p{Lu}\p{Ll}{0,4}$/u.test(word);
}
const letterOrDigit = /[\p{L}\p{N}]/u;

/** `upperStart.test(word)`, answered without the regular expression for words that start with an ASCII letter (most of them). */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122) return false;
  return upperStart.test(word);
}

const tokenPattern =
  /(?:\p{Lu}\.){2,}|[@#$]?[\p{L}\p{N}]+(?:(?:['\u2019`\-.&/]|,(?=\p{N}))[\p{L}\p{N}]+)*(?:['\u2019](?![\p{L}\p{N}]))?|\S/gu;

function pushWords(tokens: Token[], text: string, from: number, to: number): void {
  tokenPattern.lastIndex = from;
  for (let match = tokenPattern.exec(text); match !== null && match.index < to; match = tokenPattern.exec(text)) {
    // Sliced only when the match runs past `to` (the opening mark of a quote), which few do.
    let value = match.index + match[0].length <= to ? match[0] : match[0].slice(0, Math.max(1, to - match.index));
    const after = match.index + value.length;
    if (text[after] === '.' && after < to && (takesFullStop(value) || isLabelBeforeBracket(value, text[after + 1]) || isStopBeforeComma(value, text[after + 1]))) {
      value += '.';
      tokenPattern.lastIndex = after + 1;
    }
    const isWord = value.length > 1 || letterOrDigit.test(value);
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start: match.index,
      end: match.index + value.length,
      kind: isWord ? 'word' : 'punct',
      quote: -1,
      isUpper: isWord && startsUpper(value),
      tag: '',
    });
  }
}

/** Tokenises one paragraph, replacing each quoted span (marks included) by a single quote token. */
export function tokenise(text: string, spans: readonly QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  spans.forEach((span, index) => {
    pushWords(tokens, text, cursor, span.openAt);
    const end = span.isRunOn ? span.end : span.end + 1;
    const content = text.slice(span.start, span.end);
    tokens.push({ text: content, lower: content.toLowerCase(), start: span.openAt, end, kind: 'quote', quote: index, isUpper: false, tag: '' });
    cursor = end;
  });
  pushWords(tokens, text, cursor, text.length);
  return tokens;
}

/** True when a word token starts with a capital letter (or is an all-capitals acronym). */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.isUpper;
}

/** The word without a trailing possessive (`Lightfoot's` → `Lightfoot`, `Thomas'` → `Thomas`). */
export function stripPossessive(word: string): string {
  return word.replace(/['\u2019`]s$/u, '').replace(/(?<=s)['\u2019]$/u, '');
}

/** True when the word carries a possessive ending. */
export function isPossessive(word: string): boolean {
  return /['\u2019`]s$/u.test(word) || /s['\u2019]$/u.test(word);
}
