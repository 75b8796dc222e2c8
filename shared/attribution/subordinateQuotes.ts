/**
 * Quotes inside a clause that opens with `When`, `As` or `While` (`When someone in the audience
 * shouted, "…," Roe joked, "…"`): the verb of saying right before the quote, inside that clause,
 * introduces it, so its subject said it, not the subject of the main clause after it.
 */
import { headCue, type Cue, type CueContext } from './cues';
import type { SentenceRange } from './sentences';

const subordinators = new Set(['when', 'as', 'while', 'after', 'before', 'once', 'until']);
/** Most words of an object between the verb and the quote (`told the crowd`). */
const maxObjectWords = 2;

/**
 * The cue of a quote introduced by a verb of saying and a comma inside a subordinate clause that
 * opens the sentence, whose subject is inside that clause too; null otherwise.
 */
export function subordinateHeadCue(context: CueContext, sentence: SentenceRange, quoteToken: number): Cue | null {
  const tokens = context.paragraph.tokens;
  if (!subordinators.has(tokens[sentence.start]?.lower ?? '') || tokens[quoteToken - 1]?.text !== ',') return null;
  const head = headCue(context, sentence, quoteToken);
  if (!head || head.subject.start <= sentence.start || head.subject.start > head.verb.start) return null;
  // At most a short object between the verb and the comma (`told reporters, "…"`, `told the crowd, "…"`).
  const object = tokens.slice(head.verb.end, quoteToken - 1);
  return object.length <= maxObjectWords && object.every((token) => token.kind === 'word' && /^\p{Ll}/u.test(token.text)) ? head : null;
}
