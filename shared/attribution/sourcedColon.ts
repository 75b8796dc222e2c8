/**
 * Quotes introduced by a colon after a text and its source (`this headline from the Daily
 * Ledger: "…"`, `a statement from the ministry, which …: "…"`): the source the text comes from
 * said it, as an issuer is the speaker of its statement.
 */
import type { Cue, CueContext } from './cues';
import { documentNouns } from './lexicon';
import { classifyPhrase } from './phrases';
import type { SentenceRange } from './sentences';
import type { Token } from './tokens';

/** Texts that come from a source, beyond the documents that speak (`headline`, `editorial` …). */
const sourcedTexts = new Set(['headline', 'headlines', 'editorial', 'column', 'excerpt', 'passage', 'caption', 'banner']);
/** Words that end the source's name (`from the Post, which …`, `from the Post that …`). */
const sourceEnds = new Set([',', ':', 'which', 'that', 'who', 'where']);
/** Most words between the text noun and `from` (`this headline today from`). */
const maxGap = 2;
const maxSourceWords = 6;

function isSourcedText(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\p{Ll}/u.test(token.text) && (sourcedTexts.has(token.lower) || documentNouns.has(token.lower));
}

/** The index of the text noun before `from`, or -1. */
function textNounBefore(tokens: readonly Token[], from: number, start: number): number {
  for (let index = from - 1; index >= Math.max(start, from - 1 - maxGap); index -= 1) {
    if (isSourcedText(tokens[index])) return index;
    if (tokens[index]?.kind !== 'word') return -1;
  }
  return -1;
}

/** The cue of a quote right after a colon whose sentence names a text `from` a source, or null. */
export function sourcedColonCue(context: CueContext, sentence: SentenceRange, quoteToken: number): Cue | null {
  const tokens = context.paragraph.tokens;
  if (tokens[quoteToken - 1]?.text !== ':') return null;
  for (let from = quoteToken - 2; from > sentence.start; from -= 1) {
    if (tokens[from]?.kind === 'quote') return null;
    if (tokens[from]?.lower !== 'from') continue;
    const noun = textNounBefore(tokens, from, sentence.start);
    if (noun < 0) return null;
    let end = from + 1;
    while (end < quoteToken - 1 && !sourceEnds.has(tokens[end]?.lower ?? '')) end += 1;
    if (end === from + 1 || end - from - 1 > maxSourceWords) return null;
    const subject = classifyPhrase(context.paragraph, { start: from + 1, end }, context.isCommon);
    if (!subject || subject.type === 'pronoun') return null;
    const verb = { start: noun, end: noun + 1, phrase: tokens[noun]?.lower ?? '' };
    return { verb, subject, range: { start: noun, end }, side: 'head', distance: quoteToken - end, isEmbedded: false, isNoun: true };
  }
  return null;
}
