/**
 * A speaker's aside between the verb and the quote (`Roe said, and I quote, "…"`, `Roe wrote
 * — I quote — "…"`): the reporter's `I quote` marks the words as exact and names nobody; the
 * cue is the verb before the aside.
 */
import { headCue, type Cue, type CueContext } from './cues';
import type { SentenceRange } from './sentences';
import type { Token } from './tokens';

/** True for a token that sets off an aside: a comma or a dash. */
function isAsideMark(token: Token | undefined): boolean {
  return token !== undefined && /^[,—–-]$/u.test(token.text);
}

/** Index of the mark that opens an `(and) I quote` aside right before the quote at `token`, or -1. */
function asideStart(tokens: readonly Token[], token: number): number {
  let index = token - 1;
  if (isAsideMark(tokens[index])) index -= 1;
  if (tokens[index]?.lower !== 'quote' || tokens[index - 1]?.text !== 'I') return -1;
  index -= 2;
  if (tokens[index]?.lower === 'and') index -= 1;
  return isAsideMark(tokens[index]) ? index : -1;
}

/** The cue before an `and I quote` aside for the quote at `token`, or null when there is no such aside. */
export function quoteAsideCue(context: CueContext, sentence: SentenceRange, token: number): Cue | null {
  const start = asideStart(context.paragraph.tokens, token);
  if (start <= sentence.start) return null;
  return headCue(context, sentence, start);
}
