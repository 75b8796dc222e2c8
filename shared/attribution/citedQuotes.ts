/**
 * A quote a speaker cites in a participle clause before their own verb of saying (`Roe, citing
 * "grave concerns," said …`): the words are the subject's, who goes on to speak, not nobody's.
 */
import type { Cue, CueContext } from './cues';
import { classifyPhrase } from './phrases';
import type { SentenceRange } from './sentences';
import { subjectOfVerb } from './subjects';
import { verbAt } from './verbs';

/** The cue of a quote right after `, citing` when a verb of saying follows it; else null. */
export function citedQuoteCue(context: CueContext, sentence: SentenceRange, token: number): Cue | null {
  const tokens = context.paragraph.tokens;
  if (tokens[token - 1]?.lower !== 'citing' || tokens[token - 2]?.text !== ',') return null;
  const at = tokens[token + 1]?.text === ',' ? token + 2 : token + 1;
  const verb = verbAt(tokens, at, context.verbs);
  if (!verb || /ing$/u.test(verb.phrase)) return null;
  const range = subjectOfVerb(tokens, sentence.start, verb.start);
  if (!range || range === 'passive' || range.end > token) return null;
  const subject = classifyPhrase(context.paragraph, range, context.isCommon);
  if (!subject) return null;
  return { verb, subject, range: { start: range.start, end: verb.end }, side: 'tail', distance: 0, isEmbedded: false };
}
