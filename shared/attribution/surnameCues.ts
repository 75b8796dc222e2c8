/**
 * The cue of a quote followed by a surname spelled like a function word and a verb of saying
 * (`"…," From said`): a preposition never stands between a quote and its verb like that, so the
 * word is the speaker's surname, resolved to the full name later like any other surname.
 */
import type { Cue, CueContext } from './cues';
import { parseName } from './names';
import { isSurnameSpelling } from './surnameWords';
import { verbAt } from './verbs';

/** The cue of `"…," From said` (a comma outside the marks allowed), or null. */
export function surnameTailCue(context: CueContext, quoteToken: number): Cue | null {
  const tokens = context.paragraph.tokens;
  const at = tokens[quoteToken + 1]?.text === ',' ? quoteToken + 2 : quoteToken + 1;
  const name = tokens[at];
  if (name?.kind !== 'word' || !isSurnameSpelling(name.text)) return null;
  const verb = verbAt(tokens, at + 1, context.verbs);
  if (!verb || verb.start !== at + 1) return null;
  const subject = { type: 'name', parsed: parseName([name.text]), start: at, end: at + 1 } as const;
  return { verb, subject, range: { start: at, end: verb.end }, side: 'tail', distance: 0, isEmbedded: false };
}
