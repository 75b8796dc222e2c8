/**
 * Noun phrases next to a speech verb: the words before it (`Durbin said`), after it
 * (`said Ambassador Mohib`), and what such a phrase names.
 */
import type { ParagraphModel } from './article';
import { documentNouns, groupNouns, organisationNouns } from './lexicon';
import { findRuns, parseName, type NameRun, type ParsedName } from './names';
import type { Token } from './tokens';

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
const skippable = new Set('also has have had then later reportedly previously recently publicly once again further just repeatedly subsequently initially first finally simply would will did does do never always often earlier today yesterday still already'.split(' '));
const passiveMarkers = new Set(['been', 'was', 'were', 'is', 'are', 'be', 'being']);
const phrasePrepositions = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'on', 'by', 'to']);
/** Words that may follow a speaker named after the verb (`said Bolden to the crowd`, `said Smith on Friday`). */
const clauseContinuations = new Set(['to', 'in', 'at', 'on', 'after', 'before', 'during', 'with']);

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
  return token?.kind === 'word' && (pronouns.has(token.lower) || token.text === 'I');
}

function isAdverb(token: Token): boolean {
  return token.kind === 'word' && (skippable.has(token.lower) || /^\p{Ll}+ly$/u.test(token.text));
}

/** Skips adverbs before a verb; returns the index just after the subject, or -1 for a passive (`was told`). */
function subjectEnd(tokens: readonly Token[], from: number, verbStart: number): number {
  let index = verbStart - 1;
  while (index >= from && isAdverb(tokens[index] as Token)) index -= 1;
  const token = tokens[index];
  if (token?.kind === 'word' && passiveMarkers.has(token.lower)) return -1;
  return index + 1;
}


/** Collects a noun phrase backwards from `end`; returns its first index and whether it opened with a determiner. */
function collectBackwards(tokens: readonly Token[], from: number, end: number): { start: number; hasDeterminer: boolean } {
  let index = end - 1;
  while (index >= from && end - index <= 9) {
    const token = tokens[index] as Token;
    if (token.kind !== 'word' || isVerbTag(token)) {
      break;
    } else if (stopWords.has(token.lower) && !isNameLink(tokens, index)) {
      break;
    } else if (determiners.has(token.lower) && !isNameLink(tokens, index)) {
      return { start: index, hasDeterminer: true };
    } else if (isPronoun(token)) {
      return { start: index === end - 1 ? index : index + 1, hasDeterminer: false };
    }
    index -= 1;
  }
  return { start: index + 1, hasDeterminer: false };
}

/**
 * The noun phrase ending just before a verb (`a spokesperson for the union said`), or null;
 * `passive` when the verb is passive (`was told`) and says nothing about who spoke.
 */
export function phraseBefore(tokens: readonly Token[], from: number, verbStart: number): Range | 'passive' | null {
  const end = subjectEnd(tokens, from, verbStart);
  if (end < 0) return 'passive';
  const found = collectBackwards(tokens, from, end);
  let start = found.start;
  const preposition = tokens[start - 1];
  const head = tokens[start - 2];
  const isRoleBefore = head?.tag === 'NOUN' && preposition !== undefined && ['to', 'for', 'of'].includes(preposition.lower);
  if ((found.hasDeterminer || isRoleBefore) && preposition && phrasePrepositions.has(preposition.lower) && head?.kind === 'word' && !stopWords.has(head.lower) && !/ed$/.test(head.lower) && start - 1 > from) {
    const outer = collectBackwards(tokens, from, start - 1);
    if (outer.hasDeterminer) start = outer.start;
  }
  return start < end ? { start, end } : null;
}

function isUpper(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

function isNameLink(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!['of', 'for', 'the', 'to', 'and', '&'].includes(token.lower)) return false;
  const isOfThe = token.lower !== 'the' && tokens[index + 1]?.lower === 'the' && isUpper(tokens[index + 2]);
  if (!isUpper(tokens[index + 1]) && !isOfThe) return false;
  const before = tokens[index - 1];
  if (token.lower === 'the') return ['of', 'for', 'to'].includes(before?.lower ?? '') && isUpper(tokens[index - 2]);
  return isUpper(before);
}

const relativeOpeners = new Set(['who', 'whose', 'which']);

/** A lower-case common noun between capitalised words of one phrase (`ACLU executive Director Ana Roe`). */
function isInnerNoun(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.tag === 'NOUN' && isUpper(tokens[index + 1]) && (isUpper(tokens[index - 1]) || tokens[index - 1]?.tag === 'NOUN');
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
  if (range.end - range.start === 1 && isPronoun(first)) return { type: 'pronoun', word: (first as Token).lower, start: range.start, end: range.end };
  if (range.end - range.start === 1 && first && groupNouns.has(first.lower)) {
    return { type: 'description', text: first.lower, isOrganisation: organisationNouns.has(first.lower), start: range.start, end: range.end };
  }
  const runs = findRuns(tokens, range.start, range.end, isCommon);
  const head = headWord(tokens, range);
  const lastRun: NameRun | undefined = runs[runs.length - 1];
  const endsWithName = lastRun !== undefined && lastRun.end >= range.end;
  const preposition = lastRun ? tokens[lastRun.start - 1] : undefined;
  const roleHead = lastRun ? tokens[lastRun.start - 2] : undefined;
  const isRoleOfName =
    first !== undefined && determiners.has(first.lower) && preposition !== undefined && phrasePrepositions.has(preposition.lower) &&
    roleHead?.kind === 'word' && /^\p{Ll}/u.test(roleHead.text) && !documentNouns.has(roleHead.lower);
  if (isRoleOfName) return describe(paragraph, range, organisationNouns.has(roleHead?.lower ?? ''));
  if (endsWithName && lastRun) return nameRef(preferredRun(runs) ?? lastRun, range);
  if (head?.kind !== 'word') return null;
  if (documentNouns.has(head.lower) && lastRun) return nameRef(lastRun, range);
  return describe(paragraph, range, organisationNouns.has(head.lower) || runs.some((run) => parseName(run.words).kind === 'organisation'));
}

function preferredRun(runs: readonly NameRun[]): NameRun | undefined {
  return runs.findLast((run) => !run.isPossessive && parseName(run.words).kind === 'person');
}

function nameRef(run: NameRun, range: Range): SpeakerRef {
  return { type: 'name', parsed: parseName(run.words), start: range.start, end: range.end };
}
