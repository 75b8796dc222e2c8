/**
 * Interruptions between a subject and its verb (see `subjects.ts`): appositives, asides and
 * relative clauses set off by commas or dashes (`Ana Roe, who chairs the board,`), and
 * parentheticals (`(R-Ohio)`); a name in an appositive, and the noun a relative pronoun stands for.
 */
import { appositiveOpeners, isLower, isModifier, isNominal, isVerbToken, isWord, nounPhraseBefore, possessivePronouns, relativePronouns, withoutContraction } from './nounPhrases';
import { isGivenName } from './givenNames';
import { isPlaceName } from './places';
import type { Range } from './phrases';
import type { Token } from './tokens';

const maxInterruptionWords = 40;

/** True for a finite verb that makes a comma-bounded segment a clause rather than an appositive (`went`, `Trump called`). */
function isClauseVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!isVerbToken(token)) return false;
  if (/ing$/u.test(token.lower)) return false;
  const before = tokens[index - 1];
  if (before?.lower === 'to') return false;
  if (!/ed$/u.test(token.lower)) return true;
  // `hired by the campaign`, `a detailed plan` are participles, not clause verbs.
  return tokens[index + 1]?.lower !== 'by' && before?.tag !== 'DET' && before?.tag !== 'ADJ';
}

/** True when a token ends a clause: a comma, a dash, or a quote that closes with a comma (`"…," said Roe`). */
export function isCommaLike(token: Token | undefined): boolean {
  return token !== undefined && (token.text === ',' || token.text === '\u2014' || (token.kind === 'quote' && /,\s*$/u.test(token.text)));
}

/** True when the comma at `index` can open an interruption ending before `close` (see `interruptionStart`). */
function opensInterruption(tokens: readonly Token[], index: number, close: number): boolean {
  const opener = tokens[index + 1];
  const before = tokens[index - 1]?.text === '.' ? tokens[index - 2] : tokens[index - 1];
  if (!isWord(opener) || !(isNominal(before) || isModifier(before) || before?.text === ')' || isAge(tokens, index - 1))) return false;
  // A participle right after the comma opens an aside (`Roe, asked about the vote, said`; `Roe, citing …,`).
  const isParticiple = isLower(opener) && (/ing$/u.test(opener.lower) || (opener.tag === 'VERB' && /ed$/u.test(opener.lower)));
  const isClause = relativePronouns.has(withoutContraction(opener.lower)) || opener.lower === 'whose' || opener.lower === 'where' || isParticiple;
  if (isClause) return true;
  const isPhrase =
    appositiveOpeners.has(opener.lower) || possessivePronouns.has(opener.lower) || isNominal(opener) || isModifier(opener) || opener.tag === 'ADV' || /self$/u.test(opener.lower);
  if (!isPhrase) return false;
  for (let at = index + 1; at < close; at += 1) {
    // Verbs after a relative pronoun belong to a clause inside the appositive (`the senator who heads the panel`).
    const word = tokens[at]?.lower ?? '';
    if (relativePronouns.has(word) || (word === 'that' && isNominal(tokens[at - 1]))) return true;
    if (isClauseVerb(tokens, at)) return false;
  }
  return true;
}

/**
 * Index of the opening comma (or dash) of an interruption that ends with the comma at `close`,
 * or -1: the nearest comma that opens an appositive, relative clause or aside, or a farther one
 * right after a name that opens a description with commas of its own (`Ana Roe, curator of the
 * museum in Fayetteville, Arkansas, said`).
 */
export function interruptionStart(tokens: readonly Token[], floor: number, close: number): number {
  const start = interruptionOpening(tokens, floor, close);
  return start >= 0 && isAge(tokens, start - 1) && start - 2 >= floor ? start - 2 : start;
}

/** True for an age set off by commas after a name (`Ana Roe, 49, a nurse,`). */
function isAge(tokens: readonly Token[], index: number): boolean {
  return /^\d{1,3}$/u.test(tokens[index]?.text ?? '') && tokens[index - 1]?.text === ',' && isNominal(tokens[index - 2]);
}

function interruptionOpening(tokens: readonly Token[], floor: number, close: number): number {
  let nearest = -1;
  for (let index = close - 1; index >= floor && close - index <= maxInterruptionWords; index -= 1) {
    const token = tokens[index] as Token;
    if (/^[;:!?]$/u.test(token.text) || (token.text === '.' && !isAbbreviationDot(tokens, index))) break;
    if (token.text !== ',' && token.text !== '\u2014') continue;
    if (!opensInterruption(tokens, index, close)) continue;
    if (nearest < 0) {
      nearest = index;
      continue;
    }
    const opener = tokens[index + 1] as Token;
    if (tokens[index - 1]?.tag === 'PROPN' && (isLower(opener) || opener.tag === 'DET')) return index;
  }
  return nearest;
}

/** A full stop that closes an abbreviation in mid-sentence (`R-Wis.,`). */
function isAbbreviationDot(tokens: readonly Token[], index: number): boolean {
  return isWord(tokens[index - 1]) && (tokens[index + 1]?.text === ',' || tokens[index + 1]?.text === ')');
}

/** Index of the `(` that the `)` at `close` closes, within 15 tokens and no quote between, or -1. */
export function matchingOpenParen(tokens: readonly Token[], floor: number, close: number): number {
  for (let index = close - 1; index >= floor && close - index <= 15; index -= 1) {
    if (tokens[index]?.text === '(') return index;
    if (tokens[index]?.kind === 'quote') return -1;
  }
  return -1;
}

function isLoneGivenName(word: string): boolean {
  return isGivenName(word) && !isPlaceName([word]);
}

/** A name in a comma-bounded appositive right before the verb (`the director, Ana Roe, said`), preferred to a description. */
export function appositiveName(tokens: readonly Token[], opening: number, close: number): Range | null {
  const inner = nounPhraseBefore(tokens, opening + 1, close);
  if (!inner || inner.start !== opening + 1) return null;
  let start = inner.end;
  while (start > inner.start && !isLower(tokens[start - 1] as Token) && tokens[start - 1]?.tag !== 'DET') start -= 1;
  const hasOnlyModifiers = tokens.slice(inner.start, start).every((token) => isModifier(token));
  // A lone given name names a relative or friend (`his son, Grant, said`); another lone capitalised word may be a place or a body.
  const isName = inner.end - start >= 2 || (inner.end - start === 1 && start === inner.start && isLoneGivenName(tokens[start]?.text ?? ''));
  return isName && hasOnlyModifiers ? { start, end: inner.end } : null;
}

/** The noun a relative pronoun before a phrase stands for (`supporters who still back Roe` → `supporters`). */
export function relativeAntecedent(tokens: readonly Token[], floor: number, phraseStart: number): Range | null {
  for (let index = phraseStart - 1; index >= floor && phraseStart - index <= 6; index -= 1) {
    const token = tokens[index] as Token;
    if (token.kind !== 'word') return null;
    if (relativePronouns.has(token.lower)) return nounPhraseBefore(tokens, floor, tokens[index - 1]?.text === ',' ? index - 1 : index);
  }
  return null;
}
