/**
 * The document that speaks through an inverted `read` (`"…," read the statement`, `"…," reads a
 * letter from the council`): a verb only a document can be the subject of, written before it.
 */
import { documentNouns } from './lexicon';
import { phraseAfter, type Range } from './phrases';
import type { Token } from './tokens';

const phraseBreaks = new Set(['from', 'of', 'by', 'in', 'on', 'at', 'to', 'with', 'for', 'signed', 'issued', 'released']);

/**
 * The noun phrase right after an inverted document verb when its head is a document noun
 * (`the statement`, `a letter from the council`), else null: `read Ana Roe` names no document.
 */
export function documentAfter(tokens: readonly Token[], verbEnd: number, to: number): Range | null {
  const phrase = phraseAfter(tokens, verbEnd, to);
  if (!phrase) return null;
  for (let index = phrase.start; index < phrase.end; index += 1) {
    const token = tokens[index] as Token;
    if (phraseBreaks.has(token.lower)) return null;
    if (documentNouns.has(token.lower) && /^\p{Ll}/u.test(token.text)) return phrase;
  }
  return null;
}
