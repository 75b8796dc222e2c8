/**
 * A quote named by a passive participle with its agent after it (`the town, called "the Gateway"
 * by its residents,`, `a plan labelled "reckless" by critics`): the agent of `by` said the words.
 */
import type { Cue, CueContext } from './cues';
import { classifyPhrase, phraseAfter } from './phrases';

/** Participles of naming or judging that take a quoted name or label right after them. */
const namingParticiples = new Set(['called', 'dubbed', 'labeled', 'labelled', 'branded', 'nicknamed', 'deemed', 'termed', 'hailed']);

/** Most tokens the agent phrase after `by` may run to, so a long clause is never read as one. */
const maxAgentTokens = 8;

/** The cue of a quote between a naming participle and `by <agent>`; null when the quote stands otherwise. */
export function passiveAgentCue(context: CueContext, token: number): Cue | null {
  const tokens = context.paragraph.tokens;
  // `called the "Crossroads of America" by …`: an article may stand before the quoted name.
  const before = tokens[token - 1]?.lower === 'the' ? token - 1 : token;
  const participle = tokens[before - 1];
  const isLabel = participle?.lower === 'as' && tokens[before - 2]?.lower === 'described';
  if (!participle || (!namingParticiples.has(participle.lower) && !isLabel) || tokens[token + 1]?.lower !== 'by') return null;
  const start = token + 2;
  const after = phraseAfter(tokens, start, Math.min(tokens.length, start + maxAgentTokens));
  if (!after) return null;
  const subject = classifyPhrase(context.paragraph, after, context.isCommon);
  if (!subject || subject.type === 'pronoun') return null;
  const verbStart = isLabel ? before - 2 : before - 1;
  const verb = { start: verbStart, end: before, phrase: isLabel ? 'described as' : participle.lower };
  return { verb, subject, range: { start: verbStart, end: after.end }, side: 'tail', distance: 0, isEmbedded: false };
}
