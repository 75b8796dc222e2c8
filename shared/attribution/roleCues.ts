/**
 * Cues read by grammatical role. Tail cues (`"…," Toomey fumed`, `"…," Ana Roe, who chairs the
 * committee, told reporters`): after a quote that ends in a comma, question or exclamation mark,
 * the noun phrase that follows is the subject and the first finite verb after it (and after any
 * appositive or parenthetical) is the cue, whatever the verb. The noun phrase after the verb is
 * its object and is never taken as the speaker. A partial quote inside the reporter's sentence
 * (`De Blasio repeated his claim that "profit-making" …`) belongs to the sentence's subject.
 */
import { afterParticipleClause } from './notSpeakers';
import type { CueContext, Cue } from './cues';
import { parseName } from './names';
import { classifyPhrase, isStopWord, type SpeakerRef } from './phrases';
import { sentenceOf, type SentenceRange } from './sentences';
import type { Token } from './tokens';
import { verbAt, type VerbMatch } from './verbs';

const maxSubjectWords = 9;
const maxAppositiveWords = 30;

/** A finite verb; the tagger reads some past tenses (`fumed`) as adjectives, so those count too. */
function isFiniteVerb(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || !/^\p{Ll}/u.test(token.text)) return false;
  return (token.tag === 'VERB' && !/ing$/u.test(token.lower)) || (token.tag === 'ADJ' && /ed$/u.test(token.lower));
}

function endsClause(token: Token | undefined): boolean {
  return token === undefined || token.kind === 'quote' || /^[.!?;]$/u.test(token.text);
}

function skipParenthetical(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== '(') return at;
  for (let index = at + 1; index < at + 10 && !endsClause(tokens[index]); index += 1) {
    if (tokens[index]?.text === ')') return index + 1;
  }
  return at;
}

function skipAdverbs(tokens: readonly Token[], at: number): number {
  let index = at;
  while (tokens[index]?.tag === 'ADV' && /^\p{Ll}/u.test(tokens[index]?.text ?? '')) index += 1;
  return index;
}

/** The verb after an appositive: the first finite verb right after a closing comma, else the first speech verb. */
function verbAfterAppositive(context: CueContext, from: number): number {
  const tokens = context.paragraph.tokens;
  let speechVerb = -1;
  for (let index = from; index < from + maxAppositiveWords && !endsClause(tokens[index]); index += 1) {
    if (tokens[index]?.text === ',') {
      const next = skipAdverbs(tokens, index + 1);
      if (isFiniteVerb(tokens[next]) || verbAt(tokens, next, context.verbs)) return next;
    }
    if (speechVerb < 0 && verbAt(tokens, index, context.verbs)) speechVerb = index;
  }
  return speechVerb;
}

function quoteInvitesTail(tokens: readonly Token[], quoteToken: number): boolean {
  const quote = tokens[quoteToken] as Token;
  return /[,?!\u2014-]\s*$/u.test(quote.text) || tokens[quoteToken + 1]?.text === ',';
}

/** A person's full name set off by commas right after a description (`the assailant, John McGraw, told`), or null. */
function nameInAppositive(context: CueContext, comma: number): SpeakerRef | null {
  const tokens = context.paragraph.tokens;
  if (tokens[comma]?.text !== ',') return null;
  let end = comma + 1;
  while (end < comma + 6 && tokens[end]?.kind === 'word' && tokens[end]?.isUpper) end += 1;
  if (end - comma < 3 || tokens[end]?.text !== ',') return null;
  const name = classifyPhrase(context.paragraph, { start: comma + 1, end }, context.isCommon);
  return name?.type === 'name' && name.parsed.kind === 'person' && name.parsed.name.length > 1 ? name : null;
}

/** The tail cue of a quote by grammatical role, or null. */
export function roleTailCue(context: CueContext, quoteToken: number): Cue | null {
  const tokens = context.paragraph.tokens;
  if (!quoteInvitesTail(tokens, quoteToken)) return null;
  let first = quoteToken + 1;
  while (tokens[first]?.kind === 'punct' && tokens[first]?.text !== '(') first += 1;
  const head = tokens[first];
  if (isFiniteVerb(head) && !verbAt(tokens, first, context.verbs)) return invertedTailCue(context, first);
  if (head?.kind !== 'word' || isStopWord(head) || isFiniteVerb(head) || verbAt(tokens, first, context.verbs)) return null;
  let end = first;
  while (end < first + maxSubjectWords && tokens[end]?.kind === 'word' && !isFiniteVerb(tokens[end]) && !verbAt(tokens, end, context.verbs)) end += 1;
  const described = classifyPhrase(context.paragraph, { start: first, end }, context.isCommon);
  if (!described) return null;
  const subject = described.type === 'description' ? (nameInAppositive(context, end) ?? described) : described;
  let at = skipAdverbs(tokens, skipParenthetical(tokens, end));
  if (tokens[at]?.text === ',') at = verbAfterAppositive(context, at);
  if (at < 0) return null;
  const listed = verbAt(tokens, at, context.verbs);
  if ((!listed && !isFiniteVerb(tokens[at])) || /ing$/u.test(tokens[at]?.lower ?? '')) return null;
  const verb: VerbMatch = listed ?? { start: at, end: at + 1, phrase: (tokens[at] as Token).lower };
  return { verb, subject, range: { start: first, end: verb.end }, side: 'tail', distance: 0, isEmbedded: false };
}

/**
 * An inverted reporting clause with any verb (`"…," scoffed Ana Roe, 22, who …`): a past or
 * present verb right after the quote, then a person's name that ends the clause or is followed
 * by a comma. Only a name counts, so `"…," said nothing about …` and `"…," added to the cost` never do.
 */
function invertedTailCue(context: CueContext, at: number): Cue | null {
  const tokens = context.paragraph.tokens;
  if (!/(?:ed|s)$/u.test(tokens[at]?.lower ?? '')) return null;
  let end = at + 1;
  while (end < at + 1 + maxSubjectWords && tokens[end]?.kind === 'word' && tokens[end]?.isUpper) end += 1;
  if (end === at + 1 || !(tokens[end]?.text === ',' || endsClause(tokens[end]))) return null;
  const subject = classifyPhrase(context.paragraph, { start: at + 1, end }, context.isCommon);
  if (subject?.type !== 'name' || subject.parsed.kind !== 'person' || subject.start !== at + 1 || subject.end !== end) return null;
  const verb: VerbMatch = { start: at, end: at + 1, phrase: (tokens[at] as Token).lower };
  return { verb, subject, range: { start: at, end }, side: 'tail', distance: 0, isEmbedded: false };
}

const passiveAuxiliaries = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', 'get', 'got', 'gets']);
const openers = new Set(['but', 'and', 'so', 'yet', 'still', 'also', 'then', 'now', 'instead', 'meanwhile']);

const settingLeads = new Set(['this', 'last', 'next', 'later', 'earlier']);
const maxSettingWords = 8;

/** The token after an opening setting set off by a comma (`In an interview,`, `Earlier this week,`), or `index` when none opens there. */
function afterSettingClause(tokens: readonly Token[], index: number, limit: number): number {
  const lead = tokens[index];
  if (lead?.kind !== 'word' || !(lead.tag === 'ADP' || lead.tag === 'SCONJ' || settingLeads.has(lead.lower))) return index;
  for (let at = index + 1; at < limit && at <= index + maxSettingWords; at += 1) {
    const token = tokens[at] as Token;
    if (token.text === ',') return at + 1;
    if (token.kind !== 'word' || token.tag === 'VERB' || token.tag === 'AUX') return index;
  }
  return index;
}

/**
 * The subject of a sentence whose quote has no speech cue: the noun phrase that opens the
 * sentence (after a conjunction or adverb, and unless `isPastSetting` is false an opening setting
 * such as `In an interview,`) and is followed by a finite verb before the quote.
 */
export function subjectCue(context: CueContext, sentence: SentenceRange, quoteToken: number, isPastSetting = true): Cue | null {
  const tokens = context.paragraph.tokens;
  let first = sentence.start;
  while (first < quoteToken && (openers.has(tokens[first]?.lower ?? '') || tokens[first]?.tag === 'ADV' || tokens[first]?.kind === 'punct')) first += 1;
  first = afterParticipleClause(tokens, first, quoteToken);
  if (isPastSetting) first = afterSettingClause(tokens, first, quoteToken);
  if (first >= quoteToken || tokens[first]?.kind !== 'word' || isStopWord(tokens[first] as Token)) return null;
  let end = first;
  while (end < quoteToken && end < first + maxSubjectWords && tokens[end]?.kind === 'word' && !isFiniteVerb(tokens[end]) && tokens[end]?.tag !== 'AUX') end += 1;
  let at = skipAdverbs(tokens, end);
  if (tokens[at]?.tag === 'AUX') {
    if (passiveAuxiliaries.has(tokens[at]?.lower ?? '')) return null;
    at = skipAdverbs(tokens, at + 1);
  }
  if (end === first || at >= quoteToken || !isFiniteVerb(tokens[at])) return null;
  const subject = classifyPhrase(context.paragraph, { start: first, end }, context.isCommon);
  if (!subject) return null;
  const verb: VerbMatch = { start: at, end: at + 1, phrase: (tokens[at] as Token).lower };
  return { verb, subject, range: { start: first, end: at + 1 }, side: 'sentence', distance: quoteToken - at - 1, isEmbedded: false };
}

const dashes = new Set(['\u2015', '\u2014', '\u2013', '-']);

/** Dash attribution after a quote (`"…" ― Jane Roe`, `"…" — Jane Roe, mayor`): the name after the dash. */
export function dashCue(context: CueContext, quoteToken: number): Cue | null {
  const tokens = context.paragraph.tokens;
  const dash = quoteToken + 1;
  if (!dashes.has(tokens[dash]?.text ?? '')) return null;
  let end = dash + 1;
  while (end < dash + 1 + maxSubjectWords && tokens[end]?.kind === 'word') end += 1;
  const after = tokens[end];
  if (end === dash + 1 || (after !== undefined && after.text !== ',' && !endsClause(after))) return null;
  const subject = classifyPhrase(context.paragraph, { start: dash + 1, end }, context.isCommon);
  if (subject?.type !== 'name') return null;
  const verb: VerbMatch = { start: dash, end: dash + 1, phrase: '\u2014' };
  return { verb, subject, range: { start: dash, end }, side: 'tail', distance: 0, isEmbedded: false };
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** A transcript line (`ROE: "…"`): a paragraph that opens with a name in capitals and a colon. */
export function transcriptCue(context: CueContext, quoteToken: number): Cue | null {
  const tokens = context.paragraph.tokens;
  let colon = 0;
  while (colon < 4 && tokens[colon]?.kind === 'word' && /^[\p{Lu}.'\u2019-]{2,}$/u.test(tokens[colon]?.text ?? '')) colon += 1;
  if (colon === 0 || tokens[colon]?.text !== ':' || quoteToken <= colon) return null;
  // The label speaks only its own line: a quote in a later sentence (`UPDATE: … "…," he told`) is not the label's.
  const sentences = context.paragraph.sentences;
  if (sentenceOf(sentences, quoteToken) !== sentenceOf(sentences, colon)) return null;
  const words = tokens.slice(0, colon).map((token) => titleCase(token.text));
  const parsed = parseName(words);
  const subject = { type: 'name' as const, parsed: { ...parsed, kind: 'person' as const }, start: 0, end: colon };
  const verb: VerbMatch = { start: colon, end: colon + 1, phrase: ':' };
  return { verb, subject, range: { start: 0, end: colon + 1 }, side: 'head', distance: 0, isEmbedded: false };
}
