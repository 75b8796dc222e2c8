/**
 * A sentence that is only a speaker's label and a colon before the quote (`Former secretary of
 * state Jane Roe: "…"`, `Secretary of State Jane Roe: "…"`): the name that ends the label speaks,
 * not its first word, whatever the case of the title before it.
 */
import type { Cue, CueContext } from './cues';
import { isGivenName } from './givenNames';
import { classifyPhrase, isVerbTag } from './phrases';
import type { SentenceRange } from './sentences';
import type { VerbMatch } from './verbs';

/** Most words of a label (`Former secretary of state for the north Jane Roe`). */
const maxLabelWords = 10;

/** The cue of a quote after a label that opens its sentence and ends in a person's name and a colon; else null. */
export function labelCue(context: CueContext, sentence: SentenceRange, token: number): Cue | null {
  const tokens = context.paragraph.tokens;
  const colon = token - 1;
  if (tokens[colon]?.text !== ':' || colon - sentence.start > maxLabelWords) return null;
  for (let index = sentence.start; index < colon; index += 1) {
    if (tokens[index]?.kind !== 'word' || isVerbTag(tokens[index])) return null;
  }
  let start = colon;
  while (start > sentence.start && /^\p{Lu}/u.test(tokens[start - 1]?.text ?? '')) start -= 1;
  if (colon - start < 2 || start === sentence.start) return null;
  // `Secretary of State Jane Roe`: the name starts at its given name, not at the title's last capital.
  const given = tokens.slice(start, colon - 1).findIndex((word) => isGivenName(word.text));
  if (given > 0) start += given;
  const subject = classifyPhrase(context.paragraph, { start, end: colon }, context.isCommon);
  if (subject?.type !== 'name' || subject.parsed.kind !== 'person') return null;
  const verb: VerbMatch = { start: colon, end: token, phrase: ':' };
  return { verb, subject, range: { start: sentence.start, end: token }, side: 'head', distance: 0, isEmbedded: false };
}
