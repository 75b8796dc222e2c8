/**
 * Clause boundaries for the subject walk (see `subjects.ts`): relative and adverbial clauses
 * (`who still backs Roe`, `when Roe spoke,`) whose verbs are not the main verb, the verbs that can
 * head a main clause, and where a subject phrase may begin.
 */
import { isLower, isVerbSatellite, isWord, possessivePronouns, relativePronouns } from './nounPhrases';
import type { Token } from './tokens';

const subordinators = new Set(['when', 'if', 'because', 'while', 'although', 'though', 'as', 'since', 'after', 'before', 'until', 'unless', 'whereas', 'once']);

/** True when the verb sits in a relative clause (`who still backs Roe`) or in an adverbial clause closed by a comma before `limit`. */
export function isSubordinate(tokens: readonly Token[], floor: number, verb: number, limit: number): boolean {
  let index = verb - 1;
  while (index >= floor && isVerbSatellite(tokens[index])) index -= 1;
  if (relativePronouns.has(tokens[index]?.lower ?? '') || tokens[index]?.lower === 'that') return true;
  return isInClosedClause(tokens, floor, verb, limit);
}

/** True when an adverbial clause (`when Roe spoke,`) holds the verb and closes with a comma before `limit`. */
export function isInClosedClause(tokens: readonly Token[], floor: number, verb: number, limit: number): boolean {
  let opener = -1;
  for (let index = verb - 1; index >= floor; index -= 1) {
    const token = tokens[index] as Token;
    if (token.text === ',' || token.kind === 'quote') break;
    if (subordinators.has(token.lower) && (token.tag === 'SCONJ' || token.tag === 'ADP' || token.tag === 'ADV' || token.tag === '')) {
      opener = index;
      break;
    }
  }
  if (opener < 0) return false;
  for (let index = verb + 1; index < limit; index += 1) {
    const token = tokens[index] as Token;
    if (token.text === ',') return true;
    if (token.kind === 'quote' || /^[.;:!?]$/u.test(token.text)) return false;
  }
  return false;
}

/** True for a verb or auxiliary that can head a clause (`said`, `would`, `was`), not one used as a modifier (`a sitting governor`). */
export function canBeMainVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!isWord(token) || !isLower(token) || (token.tag !== 'VERB' && token.tag !== 'AUX')) return false;
  const previous = tokens[index - 1];
  if (previous?.tag === 'DET' || possessivePronouns.has(previous?.lower ?? '') || /['\u2019]s$/u.test(previous?.text ?? '') || previous?.lower === 'to') return false;
  if (token.tag === 'AUX' && (previous?.tag === 'AUX' || previous?.tag === 'PART')) return false;
  return !(/ing$/u.test(token.lower) && tokens[index + 1]?.tag === 'NOUN');
}

/** True when a subject phrase may begin here: at a clause edge, not after a verb or preposition that makes it an object. */
export function opensClause(tokens: readonly Token[], floor: number, start: number): boolean {
  if (start <= floor) return true;
  const before = tokens[start - 1] as Token;
  if (before.kind !== 'word') return true;
  return !(before.tag === 'VERB' || before.tag === 'ADP' || before.tag === 'AUX') || subordinators.has(before.lower) || before.lower === 'that';
}
