/**
 * Unnamed speakers written as a quantity: a quantifier standing for people (`most said`, `Others
 * warned`) or a share with a word of approximation before it (`About four in 10 said`). Exit-poll
 * and survey paragraphs report speech this way; the speaker is the quantity, as written.
 */
import { opensClause } from './clauses';
import type { Range } from './phrases';
import type { Token } from './tokens';

/** Quantifiers that stand alone for people as the subject of a verb of saying. */
export const quantifierPronouns: ReadonlySet<string> = new Set(['most', 'many', 'some', 'others', 'several', 'both', 'few', 'all']);

/** Words of approximation before a share (`about`, `more than`, `at least`). */
const approximators = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'over', 'under', 'more', 'fewer', 'less', 'than', 'just', 'only', 'at', 'least']);
const shareWords = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'percent', '%']);
const shareLinks = new Set(['in', 'of', 'a', 'out']);

function isShareToken(token: Token): boolean {
  return token.tag === 'NUM' || /^\d/u.test(token.text) || shareWords.has(token.lower);
}

/** A share with approximators before it ending right before `verb` (`About four in 10`), or null. */
function approximateShare(tokens: readonly Token[], floor: number, verb: number): Range | null {
  let start = verb;
  while (start > floor && (isShareToken(tokens[start - 1] as Token) || shareLinks.has((tokens[start - 1] as Token).lower))) start -= 1;
  if (start === verb || !isShareToken(tokens[start] as Token)) return null;
  let lead = start;
  while (lead > floor && approximators.has((tokens[lead - 1] as Token).lower)) lead -= 1;
  return lead < start && opensClause(tokens, floor, lead) ? { start: lead, end: verb } : null;
}

/**
 * The subject of the verb at `verb` when it is a quantity of unnamed people right before it and at
 * the start of its clause (`…; most said`, `About four in 10 said`), else null. Used only where
 * the ordinary subject search found nothing.
 */
export function quantitySubject(tokens: readonly Token[], floor: number, verb: number): Range | null {
  const before = tokens[verb - 1];
  const isOpen = opensClause(tokens, floor, verb - 1) && tokens[verb - 2]?.tag !== 'DET';
  if (before?.kind === 'word' && quantifierPronouns.has(before.lower) && isOpen) return { start: verb - 1, end: verb };
  return approximateShare(tokens, floor, verb);
}
