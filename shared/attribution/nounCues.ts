/**
 * Cues by a noun of saying (`Roe’s claim that the plan was "a con"`, `his warning of "dark
 * days"`, `the contention of Jane Roe that …`): the quote belongs to whoever owns the claim, the
 * possessor before the noun or the name after `of`, not to the sentence's subject
 * (`Voters punished Roe for her claim that …` quotes Roe).
 */
import type { Cue, CueContext } from './cues';
import { classifyPhrase, type SpeakerRef } from './phrases';
import type { SentenceRange } from './sentences';
import { isSpeechNoun } from './speechNouns';
import type { Token } from './tokens';
import { weekdays } from './timePhrases';
import { verbAt } from './verbs';

/** Most words between the noun of saying and the quote (`his claim that the plan was "…"`). */
const maxNounDistance = 10;
const maxOwnerWords = 4;
/** Most words of an owner named after the noun (`the contention of former secretary of state Jane Roe`). */
const maxOfOwnerWords = 8;
const maxModifiers = 3;
const possessivePronouns: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);
const possessiveEnding = /^\p{Lu}.*(?:['\u2019]s|s['\u2019])$/u;

function isModifier(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\p{Ll}/u.test(token.text) && (token.tag === 'ADJ' || token.tag === 'ADV' || /-/u.test(token.text));
}

/** The owner written before the noun: a possessive name (`Mr. Roe’s`) or pronoun (`her`). */
function ownerBefore(context: CueContext, noun: number): SpeakerRef | null {
  const tokens = context.paragraph.tokens;
  let at = noun - 1;
  while (at > noun - 1 - maxModifiers && isModifier(tokens[at])) at -= 1;
  const owner = tokens[at];
  if (owner?.kind !== 'word') return null;
  const pronoun = possessivePronouns.get(owner.lower);
  if (pronoun) return { type: 'pronoun', word: pronoun, start: at, end: at + 1 };
  if (!possessiveEnding.test(owner.text)) return null;
  let start = at;
  while (start > at - maxOwnerWords && tokens[start - 1]?.kind === 'word' && tokens[start - 1]?.isUpper) start -= 1;
  const ref = classifyPhrase(context.paragraph, { start, end: at + 1 }, context.isCommon);
  return ref?.type === 'name' ? ref : null;
}

/** The owner named after the noun (`the contention of Jane Roe that`): a name that ends at `that` or a comma. */
function ownerAfter(context: CueContext, noun: number, quoteToken: number): SpeakerRef | null {
  const tokens = context.paragraph.tokens;
  if (tokens[noun + 1]?.lower !== 'of') return null;
  let end = noun + 2;
  while (end < quoteToken && tokens[end]?.kind === 'word' && tokens[end]?.lower !== 'that') end += 1;
  if (end === noun + 2 || end - noun - 2 > maxOfOwnerWords || !(tokens[end]?.lower === 'that' || tokens[end]?.text === ',')) return null;
  const ref = classifyPhrase(context.paragraph, { start: noun + 2, end }, context.isCommon);
  return ref?.type === 'name' && ref.parsed.kind !== 'organisation' ? ref : null;
}

/** Parts of speech of a short phrase between the noun and the quote (`warning of dark "days"`, `claim about the "plan"`). */
const phraseTags = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const maxPhraseWords = 4;

/**
 * True when the quote is what the noun reports: inside its `that` clause with no other verb of
 * saying, or after a short phrase with no verb (`her warning of "dark days"`). A noun that is
 * the object of a verb (`Roe called Lee's remarks "racist"`) reports the quote only through a
 * `that` clause, since otherwise the verb's subject is judging the remarks in words of their own.
 */
function reportsQuote(context: CueContext, noun: number, owner: SpeakerRef, quoteToken: number): boolean {
  const tokens = context.paragraph.tokens;
  // `… as "…"` is a characterisation by someone else (`dismissed Lee's remarks as "noise"`); a quote right after the noun is said of it (`Lee's remarks "show bias"`).
  if (quoteToken === noun + 1) return false;
  for (let index = noun + 1; index < quoteToken; index += 1) if (tokens[index]?.lower === 'as') return false;
  // The `that` clause follows the owner when the owner is named after the noun (`the contention of Jane Roe that …`).
  const that = afterTime(tokens, owner.start > noun ? owner.end : noun + 1, quoteToken);
  if (tokens[that]?.lower === 'that') {
    for (let index = that + 1; index < quoteToken; index += 1) if (verbAt(tokens, index, context.verbs)) return false;
    return true;
  }
  const before = tokens[owner.start - 1];
  if (owner.start < noun && (before?.tag === 'VERB' || before?.tag === 'AUX') && !neutralLeads.has(before.lower)) return false;
  if (isPledgeInfinitive(tokens, noun, quoteToken)) return true;
  if (quoteToken - noun - 1 > maxPhraseWords) return false;
  for (let index = noun + 1; index < quoteToken; index += 1) {
    const token = tokens[index] as Token;
    if (token.kind === 'word' ? !phraseTags.has(token.tag) : token.text !== ':' && token.text !== ',') return false;
  }
  return true;
}

/** Words before an owner that do not judge what the owner said (`It was Roe's claim …`, `including her vow …`). */
const neutralLeads = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'including']);

/** Where a clause goes on after a time phrase right after the noun (`his statement on Wednesday that`, `her claim last week that`). */
function afterTime(tokens: readonly Token[], from: number, quoteToken: number): number {
  const isPrepositional = ['on', 'in', 'last', 'this', 'earlier'].includes(tokens[from]?.lower ?? '');
  if (!isPrepositional) return from;
  let end = from + 1;
  while (end < quoteToken && end - from <= 3 && tokens[end]?.kind === 'word' && tokens[end]?.lower !== 'that') end += 1;
  return end - from <= 3 && isTimeHead(tokens[end - 1]) ? end : from;
}

/** Periods that end a time phrase after a noun of saying, besides the days of the week and years (`on Monday`, `last week`, `in 2015`). */
const periodHeads = new Set(['week', 'month', 'year', 'weekend']);

function isTimeHead(token: Token | undefined): boolean {
  return token?.kind === 'word' && (weekdays.has(token.lower) || periodHeads.has(token.lower) || /^\d{4}$/u.test(token.lower));
}

/** Nouns of promising whose content follows as an infinitive (`his promise to be "neutral"`, `her vow to "fight on"`). */
const pledgeNouns = new Set(['promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'call', 'calls', 'plea', 'pleas', 'warning', 'warnings']);

/** True when the quote ends the infinitive after a noun of promising, within two words of `to`. */
function isPledgeInfinitive(tokens: readonly Token[], noun: number, quoteToken: number): boolean {
  if (!pledgeNouns.has(tokens[noun]?.lower ?? '') || tokens[noun + 1]?.lower !== 'to') return false;
  if (quoteToken - noun - 2 > 2) return false;
  for (let index = noun + 2; index < quoteToken; index += 1) {
    const tag = tokens[index]?.tag ?? '';
    if (tag !== 'VERB' && tag !== 'AUX' && tag !== 'ADV') return false;
  }
  return true;
}

/** The cue of a quote reported through a noun of saying owned by a named person or a pronoun, or null. */
export function speechNounCue(context: CueContext, sentence: SentenceRange, quoteToken: number): Cue | null {
  const tokens = context.paragraph.tokens;
  // An owner named after the noun (`the contention of former mayor Jane Roe that …`) does not count towards the distance.
  const from = Math.max(sentence.start, quoteToken - maxNounDistance - maxOfOwnerWords - 2);
  for (let noun = quoteToken - 1; noun >= from; noun -= 1) {
    const token = tokens[noun] as Token;
    if (token.kind === 'quote') return null;
    if (token.kind !== 'word' || token.tag !== 'NOUN' || !isSpeechNoun(token.lower)) continue;
    const isNear = quoteToken - noun - 1 <= maxNounDistance;
    const after = ownerAfter(context, noun, quoteToken);
    const subject = (isNear ? ownerBefore(context, noun) : null) ?? (isNear || (after && quoteToken - after.end <= maxNounDistance) ? after : null);
    if (!subject || !reportsQuote(context, noun, subject, quoteToken)) return null;
    const verb = { start: noun, end: noun + 1, phrase: token.lower };
    const range = { start: Math.min(subject.start, noun), end: Math.max(subject.end, noun + 1) };
    return { verb, subject, range, side: 'sentence', distance: quoteToken - noun - 1, isEmbedded: false, isNoun: true };
  }
  return null;
}
