/**
 * Noun phrases for the subject walk (see `subjects.ts`): which words can stand in a noun phrase,
 * the phrase that ends before a verb or starts after one, and setting phrases (`on Wednesday`,
 * `in a statement`) that stand between a subject and its verb without being it.
 */
import type { Range } from './phrases';
import { isPlaceName } from './places';
import type { Token } from './tokens';

const maxPhraseWords = 12;
/** Possessive determiners (`his`, `their`): a noun phrase can open with one. */
export const possessivePronouns = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const personalPronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Relative pronouns that open a clause about the noun before them. */
export const relativePronouns = new Set(['who', 'which']);
/** Forms of `be` and `get` that make a following participle passive (`was told`). */
export const beForms = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', "'s", 'get', 'got', 'gets']);
/** Prepositions that join a noun to its complement inside one phrase (`director of the museum`). */
export const linkPrepositions = new Set(['of', 'for', 'at', 'from', 'with', 'to', 'in', 'on']);
const adverbialPrepositions = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'since', 'over', 'throughout', 'earlier', 'later', 'last', 'this', 'for']);
/** Conjunctions that join a second verb to the subject of the first (`arrived and said`). */
export const coordinators = new Set(['and', 'but', 'or', 'yet']);
const auxiliaries = new Set('have has had having be been being do does did will would can could may might must shall should'.split(' '));
/** Words before a participle that leave its subject to the main clause (`… before saying`). */
export const participleLeads = new Set(['before', 'after', 'while', 'by', 'when', 'without', 'in', 'since', 'for']);
/** Words that can open an appositive or aside after a comma (`, a lawyer`, `, who`). */
export const appositiveOpeners = new Set(['who', 'whose', 'which', 'where', 'a', 'an', 'the', 'for', 'in', 'at', 'on', 'as', 'like', 'after', 'before', 'during', 'with', 'of', 'from', 'speaking', 'according']);

/**
 * Head nouns of a setting phrase rather than of the subject (`at the time`, `in a statement`,
 * `on Fox News Sunday`): after such a phrase the walk goes on to the subject before it.
 */
const settingNouns = new Set((
  'time times past moment day days week weeks month months year years morning afternoon evening night weekend ' +
  'interview interviews statement statements speech speeches debate debates rally rallies hearing hearings event events ' +
  'appearance appearances email emails letter letters tweet tweets post posts conference meeting meetings call calls ' +
  'video videos broadcast broadcasts show shows program programme episode release remarks address op-ed column book ' +
  'memo message messages report filing court session campaign stop trail town hall end start beginning wake ' +
  'part turn response answer reply note notes radio television tv podcast room stage floor'
).split(' '));
const timeNames = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tonight'.split(' '),
);

/** A word without a contracted verb (`who’s` → `who`). */
export function withoutContraction(lower: string): string {
  return lower.replace(/['\u2019](?:s|d|ll|re|ve)$/u, '');
}

/** True for a word token (not punctuation or a quote). */
export function isWord(token: Token | undefined): token is Token {
  return token?.kind === 'word';
}

/** True for a word written in lower case. */
export function isLower(token: Token): boolean {
  return /^\p{Ll}/u.test(token.text);
}

const unknownPersons = new Set(['someone', 'somebody']);
/** Adverbs that open a clause (`When someone shouted`, `Then someone said`): never part of the noun phrase after them. */
const clauseOpeners = new Set(['when', 'then', 'while', 'whenever', 'once']);

/** True for a pronoun of one unknown person (`someone in the crowd shouted`): a speaker the reader cannot name, so it heads a noun phrase. */
export function isUnknownPerson(token: Token): boolean {
  return unknownPersons.has(token.lower);
}

/** A word that can be part of a noun phrase. */
export function isNominal(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  if (isUnknownPerson(token)) return true;
  if (clauseOpeners.has(token.lower)) return false;
  if (token.tag === '') return !isLower(token) || /['\u2019]s$/u.test(token.text);
  if (token.tag === 'PROPN' || token.tag === 'NOUN' || token.tag === 'NUM' || token.tag === 'X') return true;
  // Capitalised words inside names are sometimes read as verbs or adjectives (`Ted`, `Prime`).
  return !isLower(token) && token.tag !== 'PRON' && token.tag !== 'DET' && token.tag !== 'ADP' && token.tag !== 'CCONJ' && token.tag !== 'SCONJ';
}

/** True for a word that can modify a noun: an adjective, a number or a past participle (`a detailed plan`). */
export function isModifier(token: Token | undefined): boolean {
  return isWord(token) && (token.tag === 'ADJ' || token.tag === 'NUM' || (token.tag === 'VERB' && /ed$/u.test(token.lower) && isLower(token)));
}

/** True for an adverb, negation or auxiliary that may stand between a subject and its verb (`also`, `has`, `did not`). */
export function isVerbSatellite(token: Token | undefined): boolean {
  if (!isWord(token) || !isLower(token)) return false;
  if (token.lower === 'to') return false;
  return auxiliaries.has(token.lower) || token.tag === 'ADV' || token.tag === 'AUX' || token.tag === 'PART' || token.lower === 'not' || /n['\u2019]t$/u.test(token.lower);
}

/** True for a finite verb form a subject can go with (not a participle opening a phrase). */
export function isVerbToken(token: Token | undefined): token is Token {
  return isWord(token) && isLower(token) && token.tag === 'VERB';
}

/** The core of a noun phrase ending just before `end`: determiner, modifiers, nouns and names, no complement. */
function corePhraseBefore(tokens: readonly Token[], floor: number, end: number): Range | null {
  const last = tokens[end - 1];
  if (!isWord(last)) return null;
  if (personalPronouns.has(last.lower) && (last.tag === 'PRON' || last.tag === '')) return { start: end - 1, end };
  // A word after a determiner is a noun whatever its tag (`in the past`).
  const isNounAfterDeterminer = isLower(last) && tokens[end - 2]?.tag === 'DET' && end - 2 >= floor;
  const isAdjectiveHead = last.tag === 'ADJ' && isNominal(tokens[end - 2]) && end - 2 >= floor;
  if (!isNominal(last) && !isNounAfterDeterminer && !isAdjectiveHead) return null;
  let start = end - 1;
  for (let index = end - 2; index >= floor && end - index <= maxPhraseWords; index -= 1) {
    const token = tokens[index];
    if (!isWord(token)) break;
    if (token.tag === 'DET' || possessivePronouns.has(token.lower)) return { start: index, end };
    const isInnerAnd = token.lower === 'and' && isNominal(tokens[index - 1]) && isNominal(tokens[index + 1]) && isLower(tokens[index - 1] as Token) === isLower(tokens[index + 1] as Token);
    if (!isNominal(token) && !isModifier(token) && token.text !== '&' && !isInnerAnd) break;
    start = index;
  }
  return { start, end };
}

/**
 * The noun phrase that ends just before `end`, no further back than `floor`: determiners,
 * possessives, adjectives, nouns and names, with `of`, `for` or `to` joining a noun to its
 * complement (`a spokesperson for the union`, `executive director of Democrats for Life`). A
 * setting phrase (`at the time`) is returned alone, so the caller can step over it.
 */
export function nounPhraseBefore(tokens: readonly Token[], floor: number, end: number): Range | null {
  const core = corePhraseBefore(tokens, floor, end);
  if (!core || isSetting(tokens, core)) return core;
  let start = core.start;
  for (let links = 0; links < 3; links += 1) {
    const link = tokens[start - 1];
    const head = tokens[start - 2];
    const joins = isWord(link) && linkPrepositions.has(link.lower) && start - 2 >= floor;
    const isAdjectiveHead = head?.tag === 'ADJ' && isNominal(tokens[start - 3]);
    if (!joins || !(isNominal(head) || isAdjectiveHead || (head?.tag === 'NUM' && link.lower === 'in'))) break;
    const outer = corePhraseBefore(tokens, floor, start - 1);
    if (!outer || start - outer.start + (end - start) > maxPhraseWords) break;
    start = outer.start;
  }
  return { start, end };
}

/** The noun phrase starting at `start` (`said Dr. Ana Roe`, `according to the union's president`), up to `limit`. */
export function nounPhraseAfter(tokens: readonly Token[], start: number, limit: number): Range | null {
  let end = start;
  let hasHead = false;
  while (end < limit && end - start < maxPhraseWords) {
    const token = tokens[end];
    if (!isWord(token)) break;
    if (end === start && (token.tag === 'DET' || possessivePronouns.has(token.lower))) {
      end += 1;
      continue;
    }
    if (isNominal(token) || isModifier(token)) {
      hasHead ||= isNominal(token);
      end += 1;
      continue;
    }
    const next = tokens[end + 1];
    if (hasHead && linkPrepositions.has(token.lower) && (isNominal(next) || next?.tag === 'DET' || possessivePronouns.has(next?.lower ?? ''))) {
      end += 1;
      continue;
    }
    break;
  }
  while (end > start && !isNominal(tokens[end - 1])) end -= 1;
  return hasHead && end > start ? { start, end } : null;
}

/** True when the phrase is a setting (`on Wednesday`, `in a statement`) rather than a subject. */
export function isSetting(tokens: readonly Token[], phrase: Range): boolean {
  const head = tokens[phrase.end - 1] as Token;
  const preposition = tokens[phrase.start - 1];
  if (!isWord(preposition) || !adverbialPrepositions.has(preposition.lower)) return false;
  if ((settingNouns.has(head.lower) && isLower(head)) || timeNames.has(head.lower) || /^\d{4}s?$/u.test(head.text)) return true;
  return ['in', 'at', 'from'].includes(preposition.lower) && isPlaceName(tokens.slice(phrase.start, phrase.end).map((token) => token.text));
}
