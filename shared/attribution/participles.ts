/**
 * Participle clauses that open a sentence (`Asked whether the plan would pass, Smith said`): they
 * tell what the speaker did, so their words are never the speaker.
 */
import { isGivenName } from './givenNames';
import type { Token } from './tokens';

/** Words that follow a participle opening a clause (`Asked whether …`, `Pressed on …`), never a name. */
const participleComplements = new Set(['whether', 'if', 'about', 'on', 'by', 'for', 'why', 'how', 'what', 'when', 'to', 'in', 'at', 'after', 'during', 'over', 'with']);

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
