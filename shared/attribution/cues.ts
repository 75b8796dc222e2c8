/**
 * Speaker cues: the speech verb next to a quote and the words that name who spoke, looked for
 * after the quote (`," Durbin said`) and before it (`Rathbun wrote, "`).
 */
import type { ParagraphModel } from './article';
import { isVerbTag, type Range, type SpeakerRef } from './phrases';
import type { SentenceRange } from './sentences';
import type { Token } from './tokens';
import { findVerbs, forwardCues, type VerbIndex, type VerbMatch } from './verbs';
import { bodyNouns, personNouns } from './lexicon';
import { isCommunicationVerb } from './communication';
import { chainWords, subjectBySegments, subjectOf } from './cueSubjects';
import { isVerbToken } from './nounPhrases';
import { subjectOfVerb } from './subjects';
import { isTellingVerb } from './tellingVerbs';

/** A speech verb with the phrase that names its speaker. */
export interface Cue {
  verb: VerbMatch;
  subject: SpeakerRef;
  /** Token range of the attributing words, for display. */
  range: Range;
  side: 'head' | 'tail' | 'sentence';
  /** Words between the verb and the quote (head cues), 0 for tail cues. */
  distance: number;
  /** True when a relative clause or indirect question separates the verb from the quote. */
  isEmbedded: boolean;
  /** True when the cue is a noun of saying with its owner (`Roe’s claim`), not a verb (see `nounCues.ts`). */
  isNoun?: boolean;
}

/** What the cue finder needs from the article. */
export interface CueContext {
  paragraph: ParagraphModel;
  verbs: VerbIndex;
  isCommon: (token: Token, index: number) => boolean;
}

const embeddingWords = new Set(['that', 'which', 'who', 'how', 'why', 'where', 'whether']);

function isEmbedded(context: CueContext, from: number, to: number): boolean {
  const tokens = context.paragraph.tokens;
  for (let index = from; index < to; index += 1) {
    const token = tokens[index] as Token;
    if (!embeddingWords.has(token.lower)) continue;
    if (token.lower !== 'that' && token.lower !== 'which' && token.lower !== 'who') return true;
    if (index - from > 3) return true;
  }
  return false;
}

function cueRange(subject: SpeakerRef, verb: VerbMatch, to: number): Range {
  return { start: Math.min(subject.start, verb.start), end: Math.max(subject.end, verb.end, to) };
}

/** The cue after a quote: the clause up to the next sentence end or quote, when it has a speech verb. */
export function tailCue(context: CueContext, quoteToken: number): Cue | null {
  const tokens = context.paragraph.tokens;
  let end = quoteToken + 1;
  while (end < tokens.length && tokens[end]?.kind !== 'quote' && !/^[.!?;]$/.test(tokens[end]?.text ?? '')) end += 1;
  // A participle after a quote (`"…", the government recommending …`) does not attribute it.
  const verbs = findVerbs(tokens, quoteToken + 1, end, context.verbs).filter((verb) => verb.start - quoteToken <= 14 && !/ing$/u.test(verb.phrase));
  const quote = tokens[quoteToken] as Token;
  const endsSentence = /[.!?]\s*$/.test(quote.text);
  let firstWord = quoteToken + 1;
  while (firstWord < end && tokens[firstWord]?.kind === 'punct') firstWord += 1;
  // `"…," as Roe said on Monday,`: the speaker follows the reporter's `as`.
  if (tokens[firstWord]?.lower === 'as' && firstWord + 1 < end) firstWord += 1;
  // After a quote ending in `?` or `!`, a clause opening in lower case (`said Roe, …`) still attributes it.
  const opensLower = /[!?]\s*$/u.test(quote.text) && /^\p{Ll}/u.test(tokens[firstWord]?.text ?? '');
  if (endsSentence && !opensLower && (end - quoteToken > 9 || tokens[end]?.kind === 'quote')) return null;
  let earlier: SpeakerRef | null = null;
  for (const verb of verbs) {
    const subject = subjectOf(context, verb, quoteToken + 1, end, earlier);
    if (subject && subject.start !== firstWord && verb.start !== firstWord) return null;
    if (subject) {
      let clauseEnd = verb.end;
      while (clauseEnd < end && tokens[clauseEnd]?.kind === 'word') clauseEnd += 1;
      return { verb, subject, range: cueRange(subject, verb, clauseEnd), side: 'tail', distance: 0, isEmbedded: false };
    }
    earlier = subject;
  }
  return null;
}

/**
 * True when the subject of the clause before a colon can be the quote's speaker: a name; or, in
 * a clause with a verb of its own (`The ministry gave its answer:`), a personal pronoun or a
 * description headed by a body or a person (`the ministry`, `the mayor`), never a thing (`The
 * plan has three parts:`).
 */
function canIntroduceByColon(context: CueContext, subject: SpeakerRef, colon: number): boolean {
  if (subject.type === 'name') return true;
  const tokens = context.paragraph.tokens;
  let hasVerb = false;
  for (let index = subject.end; index < colon && !hasVerb; index += 1) hasVerb = isVerbTag(tokens[index] as Token);
  if (!hasVerb) return false;
  if (subject.type === 'pronoun') return ['he', 'she', 'they'].includes(subject.word);
  const head = tokens[subject.end - 1]?.lower ?? '';
  return bodyNouns.has(head) || personNouns.has(head);
}

/** A quote introduced by a colon after a named subject (`Reyes read the ruling aloud: "…"`) is that subject's. */
function colonCue(context: CueContext, sentence: SentenceRange, quoteToken: number): Cue | null {
  return cueBeforeColon(context, sentence, quoteToken - 1);
}

/** The cue of a clause that ends in a colon at `colon`: its subject, when that subject can introduce what follows. */
function cueBeforeColon(context: CueContext, sentence: SentenceRange, colon: number): Cue | null {
  if (context.paragraph.tokens[colon]?.text !== ':' || colon <= sentence.start) return null;
  const subject = subjectBySegments(context, sentence.start, colon);
  if (!subject || !canIntroduceByColon(context, subject, colon)) return null;
  const verb: VerbMatch = { start: colon, end: colon + 1, phrase: ':' };
  return { verb, subject, range: { start: subject.start, end: subject.end }, side: 'head', distance: 0, isEmbedded: false };
}

/** The cue before a quote within its sentence: the nearest speech verb with a speaker, else a colon after a name. */
export function headCue(context: CueContext, sentence: SentenceRange, quoteToken: number): Cue | null {
  return verbHeadCue(context, sentence, quoteToken) ?? colonCue(context, sentence, quoteToken);
}

/** Speech verbs of the list and other verbs of saying, naming or judging (`called`, `described`) in a range, in order. */
function attributingVerbs(context: CueContext, from: number, to: number): VerbMatch[] {
  const tokens = context.paragraph.tokens;
  const listed = findVerbs(tokens, from, to, context.verbs);
  const found: VerbMatch[] = [];
  let next = 0;
  for (let index = from; index < to; index += 1) {
    const match = listed[next];
    if (match && match.start === index) {
      found.push(match);
      next += 1;
      index = match.end - 1;
    } else if (isVerbToken(tokens[index]) && isCommunicationVerb((tokens[index] as Token).lower) && !chainWords.has((tokens[index] as Token).lower) && !isNounReading(tokens, index)) {
      found.push({ start: index, end: index + 1, phrase: (tokens[index] as Token).lower });
    }
  }
  return found;
}

/** True when a verb form stands where a noun goes (`her call`, `the report`). */
function isNounReading(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous?.kind === 'word' && (previous.tag === 'DET' || /^(?:his|her|its|their|our|my|your)$/u.test(previous.lower));
}

/**
 * Where the clause holding a quote starts: after an earlier quote of the sentence that closes
 * with a comma and is followed by a new subject and verb (`… called it "absurd," Roe wrote that
 * "…"`), else at the sentence start.
 */
function clauseStart(context: CueContext, sentence: SentenceRange, quoteToken: number): number {
  const tokens = context.paragraph.tokens;
  for (let index = quoteToken - 1; index > sentence.start; index -= 1) {
    const token = tokens[index] as Token;
    if (token.kind !== 'quote') continue;
    const closesWithComma = /,\s*$/u.test(token.text) || tokens[index + 1]?.text === ',';
    if (!closesWithComma) continue;
    const after = tokens[index + 1]?.text === ',' ? index + 2 : index + 1;
    for (let verb = after; verb < quoteToken; verb += 1) {
      const subject = isVerbToken(tokens[verb]) ? subjectOfVerb(tokens, after, verb) : null;
      if (subject && subject !== 'passive') return after;
    }
    return sentence.start;
  }
  return sentence.start;
}

function verbHeadCue(context: CueContext, sentence: SentenceRange, quoteToken: number): Cue | null {
  const start = clauseStart(context, sentence, quoteToken);
  return nearestVerbCue(context, start, quoteToken) ?? (start > sentence.start ? nearestVerbCue(context, sentence.start, start) : null);
}

/** Words that open an adverbial clause inside what a speaker says (`He says if people think …`). */
const clauseSubordinators = new Set(['if', 'when', 'because', 'unless', 'although', 'though', 'once', 'since', 'while']);

/**
 * True when a verb's subject sits in an adverbial clause governed by the speech verb before it
 * (`He says if people think …, "…"`): the speaker is the subject of the governing verb.
 */
function isGovernedClause(tokens: readonly Token[], governor: VerbMatch | undefined, governorSubject: SpeakerRef | null | undefined, subject: SpeakerRef): boolean {
  if (!governor || !governorSubject || governorSubject.start >= governor.start || forwardCues.has(governor.phrase)) return false;
  let at = governor.end;
  if (tokens[at]?.lower === 'that') at += 1;
  return clauseSubordinators.has(tokens[at]?.lower ?? '') && subject.start > at && subject.start - at <= 3;
}

function nearestVerbCue(context: CueContext, from: number, quoteToken: number): Cue | null {
  const tokens = context.paragraph.tokens;
  const verbs = attributingVerbs(context, from, quoteToken);
  const subjects: (SpeakerRef | null)[] = [];
  verbs.forEach((verb, index) => {
    subjects.push(subjectOf(context, verb, from, quoteToken, index > 0 ? (subjects[index - 1] ?? null) : null));
  });
  for (let index = verbs.length - 1; index >= 0; index -= 1) {
    const verb = verbs[index] as VerbMatch;
    const subject = subjects[index];
    if (!subject || isGovernedClause(tokens, verbs[index - 1], subjects[index - 1], subject)) continue;
    const isForward = forwardCues.has(verb.phrase);
    const distance = isForward && verb.start === from ? 0 : quoteToken - verb.end;
    let end = quoteToken;
    while (end > verb.end && tokens[end - 1]?.kind === 'punct') end -= 1;
    return { verb, subject, range: cueRange(subject, verb, end), side: 'head', distance, isEmbedded: isEmbedded(context, verb.end, quoteToken) };
  }
  return null;
}

/**
 * A reporting clause set off by commas later in the sentence (`Trump's "excesses" are
 * sickening, Hollande said Tuesday.`): a speech verb of the list with its subject, both after a
 * comma, in a clause of a few words that holds no quote.
 */
export function reportingClauseCue(context: CueContext, sentence: SentenceRange, quoteToken: number): Cue | null {
  const tokens = context.paragraph.tokens;
  for (const verb of findVerbs(tokens, quoteToken + 1, sentence.end, context.verbs)) {
    if (forwardCues.has(verb.phrase)) continue;
    let open = verb.start - 1;
    while (open > quoteToken && tokens[open]?.text !== ',' && tokens[open]?.kind !== 'quote' && verb.start - open <= 8) open -= 1;
    if (tokens[open]?.text !== ',') continue;
    let close = verb.end;
    while (close < sentence.end && tokens[close]?.text !== ',' && !/^[.!?;]$/u.test(tokens[close]?.text ?? '') && tokens[close]?.kind !== 'quote') close += 1;
    if (tokens[close]?.kind === 'quote' || close - verb.end > 6) continue;
    const subject = subjectOf(context, verb, open + 1, close, null);
    if (subject) return { verb, subject, range: cueRange(subject, verb, close), side: 'tail', distance: 0, isEmbedded: false };
  }
  return null;
}

/**
 * The first speech verb with a speaker in a sentence without quotes of its own (`Heald noted the
 * findings …`); else, for a sentence that ends the paragraph in a colon, the subject that
 * introduces the quote below it (`Mayor Ana Roe issued the following statement:`).
 */
export function sentenceCue(context: CueContext, sentence: SentenceRange): Cue | null {
  const listed = new Set(findVerbs(context.paragraph.tokens, sentence.start, sentence.end, context.verbs).map((verb) => verb.start));
  let earlier: SpeakerRef | null = null;
  for (const verb of attributingVerbs(context, sentence.start, sentence.end)) {
    if (!listed.has(verb.start) && !isTellingVerb(verb.phrase)) continue;
    const subject = subjectOf(context, verb, sentence.start, sentence.end, earlier);
    // A verb beyond the list (`Roe touted her record.`) names who speaks next only when a person or a pronoun does it.
    const isSpeaker = listed.has(verb.start) || subject?.type === 'pronoun' || (subject?.type === 'name' && subject.parsed.kind !== 'organisation');
    if (subject && isSpeaker && (subject.start < verb.start || forwardCues.has(verb.phrase))) {
      return { verb, subject, range: cueRange(subject, verb, verb.end), side: 'sentence', distance: 0, isEmbedded: false };
    }
    earlier = subject;
  }
  const last = sentence.end - 1;
  if (last !== context.paragraph.tokens.length - 1) return null;
  const cue = cueBeforeColon(context, sentence, last);
  return cue && { ...cue, side: 'sentence' };
}
