/**
 * Noun phrases next to a speech verb: the words before it (`Durbin said`), after it
 * (`said Ambassador Mohib`), and what such a phrase names.
 */
import { opensSentence, type ParagraphModel } from './article';
import { determinedRun } from './determinedNames';
import { isGivenName } from './givenNames';
import { bodyNouns, documentNouns, groupNouns, organisationNouns, personEnding, speakerNouns } from './lexicon';
import { isPlaceName } from './places';
import { isHeadlineRun } from './notSpeakers';
import { quantifierPronouns } from './quantifiers';
import { isSpeechNoun } from './speechNouns';
import { isUnknownPerson } from './nounPhrases';
import { findRuns, isNameParticle, isTitleWord, parseName, type NameRun, type ParsedName } from './names';
import { stripPossessive, type Token } from './tokens';

/** What the words next to a speech verb refer to. */
export type SpeakerRef =
  | { type: 'pronoun'; word: string; start: number; end: number }
  | { type: 'name'; parsed: ParsedName; start: number; end: number }
  | { type: 'description'; text: string; isOrganisation: boolean; start: number; end: number };

/** Half-open token range. */
export interface Range {
  start: number;
  end: number;
}

const pronouns = new Set(['he', 'she', 'they', 'it', 'we']);
const determiners = new Set(['the', 'a', 'an', 'one', 'this', 'these', 'those', 'some', 'many', 'several', 'another', 'each', 'every', 'its', 'their', 'his', 'her', 'our', 'two', 'three', 'four', 'most', 'other']);
const stopWords = new Set((
  'that which who whom when because if as while whilst although though and but or so after before with by for in of ' +
  'at on from to than since where how what why whether until including like about into over under during per via ' +
  'is was were are be been being has have had will would could should may might must can did does do not never ' +
  'also then later there here said says'
).split(' '));
const phrasePrepositions = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'on', 'by', 'to']);
const linkDeterminers = new Set(['the', 'both', 'all']);
/**
 * Words that may follow a speaker named after the verb (`said Bolden to the crowd`, `said Smith on
 * Friday`, `says Stu Roe of the non-partisan Roe Election Letter`, `said Ana Ruiz from the ministry`).
 */
const clauseContinuations = new Set(['to', 'in', 'at', 'on', 'after', 'before', 'during', 'with', 'when', 'while', 'as', 'by', 'of', 'from']);

/** True when the language layer tagged the token as a verb or auxiliary: a noun phrase never runs across one. */
export function isVerbTag(token: Token | undefined): boolean {
  return token !== undefined && (token.tag === 'VERB' || token.tag === 'AUX') && /^\p{Ll}/u.test(token.text);
}

/** True when the token is a function word, auxiliary or conjunction that cannot open a speaker phrase. */
export function isStopWord(token: Token): boolean {
  return token.kind === 'word' && stopWords.has(token.lower) && !determiners.has(token.lower);
}

/** True when the token is a pronoun that can be a speaker. */
export function isPronoun(token: Token | undefined): boolean {
  return token?.kind === 'word' && (pronouns.has(pronounWord(token)) || token.text === 'I');
}

/** The pronoun of a token, without a contracted verb (`he’d` → `he`). */
export function pronounWord(token: Token): string {
  return token.lower.replace(/['\u2019](?:d|s|ll|re|ve|m)$/u, '');
}

function isUpper(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/** A particle between the parts of one name (`Federico de Jesús`, `Maria de la Cruz`): after a capital or a particle, before one. */
function isParticleLink(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const isAfterName = isUpper(before) || (before !== undefined && isNameParticle(before.lower) && isUpper(tokens[index - 2]));
  return isAfterName && (isUpper(after) || (after !== undefined && isNameParticle(after.lower) && isUpper(tokens[index + 2])));
}

function isNameLink(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (token.kind === 'word' && /^\p{Ll}/u.test(token.text) && isNameParticle(token.lower)) return isParticleLink(tokens, index);
  if (!['of', 'for', 'the', 'to', 'and', '&'].includes(token.lower)) return false;
  const isOfThe = token.lower !== 'the' && tokens[index + 1]?.lower === 'the' && isUpper(tokens[index + 2]);
  if (!isUpper(tokens[index + 1]) && !isOfThe) return false;
  const before = tokens[index - 1];
  if (token.lower === 'the') return ['of', 'for', 'to'].includes(before?.lower ?? '') && isUpper(tokens[index - 2]);
  return isUpper(before);
}

const relativeOpeners = new Set(['who', 'whose', 'which']);

const innerTags = new Set(['NOUN', 'ADJ']);

/**
 * A lower-case common noun or adjective between capitalised words of one phrase (`ACLU executive
 * Director Ana Roe`, `Oversight ranking Democrat Ana Roe`, `Idaho dairy-farm owner Ana Roe`).
 */
function isInnerNoun(tokens: readonly Token[], index: number): boolean {
  if (!innerTags.has(tokens[index]?.tag ?? '') || !(isUpper(tokens[index - 1]) || innerTags.has(tokens[index - 1]?.tag ?? ''))) return false;
  // Up to three common nouns or adjectives before the name (`Huckabee campaign spokesman Hogan Gidley`).
  for (let next = index + 1; next <= index + 3; next += 1) {
    if (isUpper(tokens[next])) return true;
    if (!innerTags.has(tokens[next]?.tag ?? '') || !/^\p{Ll}/u.test(tokens[next]?.text ?? '')) return false;
  }
  return false;
}

/** The noun phrase right after a verb (`said Ambassador Mohib`), accepted only when the clause ends there. */
export function phraseAfter(tokens: readonly Token[], verbEnd: number, to: number): Range | null {
  const first = tokens[verbEnd];
  if (first?.kind !== 'word' || isPronoun(first) || (stopWords.has(first.lower) && !determiners.has(first.lower))) return null;
  const isDescription = determiners.has(first.lower) || /^\p{Ll}/u.test(first.text);
  let index = verbEnd;
  while (index < to) {
    const token = tokens[index] as Token;
    const isLink = isNameLink(tokens, index) || (isDescription && phrasePrepositions.has(token.lower));
    if (token.kind !== 'word' || (stopWords.has(token.lower) && !isLink)) {
      break;
    } else if (!isDescription && /^\p{Ll}/u.test(token.text) && !isNameLink(tokens, index) && !isInnerNoun(tokens, index)) {
      break;
    }
    index += 1;
  }
  const next = tokens[index];
  const isClauseEnd =
    next === undefined || index >= to || next.kind !== 'word' || clauseContinuations.has(next.lower) || relativeOpeners.has(next.lower) || /day$/.test(next.lower);
  const hasNoun = index - verbEnd > (determiners.has(first.lower) ? 1 : 0);
  return isClauseEnd && hasNoun ? { start: verbEnd, end: index } : null;
}

function headWord(tokens: readonly Token[], range: Range): Token | undefined {
  for (let index = range.start + 1; index < range.end; index += 1) {
    if (phrasePrepositions.has((tokens[index] as Token).lower) && !isNameLink(tokens, index)) return tokens[index - 1];
  }
  return tokens[range.end - 1];
}

function describe(paragraph: ParagraphModel, range: Range, isOrganisation: boolean): SpeakerRef {
  const first = paragraph.tokens[range.start] as Token;
  const last = paragraph.tokens[range.end - 1] as Token;
  let text = paragraph.text.slice(first.start, last.end);
  if (determiners.has(first.lower)) text = first.lower + text.slice(first.text.length);
  return { type: 'description', text, isOrganisation, start: range.start, end: range.end };
}

/** What a phrase names: a pronoun, the last name run in it, an owner of a document, or a description. */
export function classifyPhrase(paragraph: ParagraphModel, range: Range, isCommon: (token: Token, index: number) => boolean): SpeakerRef | null {
  const tokens = paragraph.tokens;
  const first = tokens[range.start];
  if (range.end - range.start === 1 && isPronoun(first)) return { type: 'pronoun', word: pronounWord(first as Token), start: range.start, end: range.end };
  if (isHeadlineRun(tokens, range.start)) return null;
  if (range.end - range.start === 1 && first && (groupNouns.has(first.lower) || quantifierPronouns.has(first.lower))) {
    return { type: 'description', text: first.lower, isOrganisation: organisationNouns.has(first.lower), start: range.start, end: range.end };
  }
  const runs = findRuns(tokens, range.start, range.end, isCommon, (at) => paragraph.isTagged && opensSentence(paragraph, at));
  const head = headWord(tokens, range);
  const lastRun: NameRun | undefined = runs[runs.length - 1];
  const endsWithName = lastRun !== undefined && lastRun.end >= range.end;
  // `an adviser to both Clintons`, `a friend of the Roes`: a determiner may stand between the preposition and the name.
  const gap = lastRun && linkDeterminers.has(tokens[lastRun.start - 1]?.lower ?? '') ? 1 : 0;
  const preposition = lastRun ? tokens[lastRun.start - 1 - gap] : undefined;
  const roleHead = lastRun ? tokens[lastRun.start - 2 - gap] : undefined;
  const isRoleOfName =
    first !== undefined && determiners.has(first.lower) && preposition !== undefined && phrasePrepositions.has(preposition.lower) &&
    roleHead?.kind === 'word' && /^\p{Ll}/u.test(roleHead.text) && !documentNouns.has(roleHead.lower) && !isSpeechNoun(roleHead.lower);
  if (isRoleOfName) return describe(paragraph, range, organisationNouns.has(roleHead?.lower ?? ''));
  if (endsWithName && lastRun) {
    const determined = range.start === lastRun.start - 1 ? determinedRun(tokens, lastRun) : null;
    if (determined === 'description') return describe(paragraph, range, false);
    if (determined === 'organisation' && !isPlaceRun(lastRun)) return { type: 'name', parsed: { ...parseName(lastRun.words), kind: 'organisation' }, start: range.start, end: range.end };
    const run = preferredRun(runs) ?? lastRun;
    return isPlaceRun(run) ? null : nameRef(run, range);
  }
  if (head?.kind !== 'word') return null;
  const bare = bareCapitalName(tokens, range, head);
  if (bare) return nameRef(bare, range);
  if (documentNouns.has(head.lower) && lastRun) return nameRef(lastRun, range);
  if (!canHeadSpeaker(tokens, range, head)) return null;
  return describe(paragraph, range, organisationNouns.has(head.lower) || bodyNouns.has(head.lower) || runs.some((run) => parseName(run.words).kind === 'organisation'));
}

/**
 * A capitalised word that is also an English word (`Grant`, `Price`, `Young`) standing alone as
 * the subject of a speech verb, with no determiner: an English singular common noun needs one, so
 * such a word is a surname (`"…," Grant said`). Plurals (`Republicans`), times and places stay out.
 */
function bareCapitalName(tokens: readonly Token[], range: Range, head: Token): NameRun | null {
  if (range.end - range.start !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(head.text)) return null;
  if (timeWords.has(head.lower) || isStopWord(head) || isPronoun(head) || isPlaceName([head.text]) || isTitleWord(head.text)) return null;
  if (/s$/u.test(head.lower) && !isGivenName(head.text)) return null;
  if (speakerNouns.has(head.lower) && !isGivenName(head.text)) return null;
  return { start: range.start, end: range.end, words: [head.text], isPossessive: false };
}

/** A run that names a place (`New Hampshire`; a one-word place only when it is not also a given name, like `Jordan`). */
function isPlaceRun(run: NameRun): boolean {
  const words = run.words.map(stripPossessive);
  return isPlaceName(words) && (words.length > 1 || !isGivenName(words[0] as string));
}

const timeWords = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight week month year time past future morning night weekend'.split(' '),
);

/**
 * True when the head of an unnamed phrase can speak: a noun for a person, group, body or
 * document (`the aide`, `critics`, `the ministry`, `the letter`), a capitalised plural group
 * (`Republicans`), or a share of people (`four in 10`, `half of voters`). Never a time, a place
 * or any other thing (`the past`, `Wednesday`, `the number`).
 */
function canHeadSpeaker(tokens: readonly Token[], range: Range, head: Token): boolean {
  if (timeWords.has(head.lower)) return false;
  if (isUnknownPerson(head)) return true;
  if (head.tag === 'NUM' || /^\d/u.test(head.text)) return tokens.slice(range.start, range.end).some((token) => token.lower === 'in' || token.lower === 'of');
  if (/^\p{Lu}/u.test(head.text)) return head.lower.endsWith('s') && !isPlaceName([head.text]);
  if (head.tag !== '' && head.tag !== 'NOUN' && head.tag !== 'PROPN' && head.tag !== 'ADJ') return false;
  return speakerNouns.has(head.lower) || personEnding.test(head.lower) || ['half', 'majority', 'most', 'some', 'many', 'third', 'quarter'].includes(head.lower);
}

function preferredRun(runs: readonly NameRun[]): NameRun | undefined {
  return runs.findLast((run) => !run.isPossessive && parseName(run.words).kind === 'person');
}

function nameRef(run: NameRun, range: Range): SpeakerRef {
  return { type: 'name', parsed: parseName(run.words), start: range.start, end: range.end };
}
