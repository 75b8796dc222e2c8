/**
 * Words at a clause opening that are never the speaker: a participle clause (`Asked whether the
 * plan would pass, Smith said`) tells what the speaker did, and a headline in capitals (`VOTERS
 * CARE MORE ABOUT …`) is the writer's own.
 */
import { isGivenName } from './givenNames';
import type { Token } from './tokens';

/** Words that follow a participle opening a clause (`Asked whether …`, `Pressed on …`), never a name. */
const participleComplements = new Set(['whether', 'if', 'about', 'on', 'by', 'for', 'why', 'how', 'what', 'when', 'to', 'in', 'at', 'after', 'during', 'over', 'with', 'which', 'who', 'where']);

/**
 * True when the word at `index` is a past participle opening a clause set off by a comma
 * (`Asked whether …, Smith shot back:`): a capitalised `-ed` word, not a given name, followed by a
 * preposition or question word. Such a clause says what the speaker did, never who spoke.
 */
export function opensParticipleClause(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  const next = tokens[index + 1];
  if (word?.kind !== 'word' || !/^\p{Lu}\p{Ll}+ed$/u.test(word.text) || isGivenName(word.text)) return false;
  return next?.kind === 'word' && participleComplements.has(next.text);
}

/** The token after the comma that closes a participle clause opening at `index`, or `index` when none opens there. */
export function afterParticipleClause(tokens: readonly Token[], index: number, limit: number): number {
  if (!opensParticipleClause(tokens, index)) return index;
  for (let at = index + 2; at < limit; at += 1) {
    const token = tokens[at] as Token;
    if (token.kind === 'quote') return index;
    if (token.text === ',') return at + 1;
  }
  return index;
}

/** Fewest words of two or more letters, in capitals and in a row, that make a headline or kicker rather than a name. */
const minHeadlineWords = 3;

function isCapitalsWord(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^[\p{Lu}\p{N}'\u2019.&-]+$/u.test(token.text) && /\p{Lu}/u.test(token.text);
}

/**
 * True when the word at `index` is part of a headline or kicker set in capitals (`VOTERS CARE MORE
 * ABOUT …`, `POLLS SHOW A TIGHT RACE`): a run of words in capitals with at least three of two or
 * more letters. A name in capitals is shorter (`ROE:`, `JANE ROE:` in a transcript), and an
 * acronym stands alone (`CNN`).
 */
export function isHeadlineRun(tokens: readonly Token[], index: number): boolean {
  if (!isCapitalsWord(tokens[index])) return false;
  let start = index;
  while (start > 0 && index - start < 12 && isCapitalsWord(tokens[start - 1])) start -= 1;
  let count = 0;
  for (let at = start; at < start + 24 && isCapitalsWord(tokens[at]) && count < minHeadlineWords; at += 1) {
    if ((tokens[at] as Token).text.replace(/[^\p{Lu}]/gu, '').length >= 2) count += 1;
  }
  return count >= minHeadlineWords;
}
