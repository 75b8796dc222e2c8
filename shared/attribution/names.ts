/**
 * Runs of capitalised words and what they are: a person (title kept apart from the name), an
 * organisation, or a single word still to be resolved against the article's people.
 */
import { nonPersonLeads, occupationalEnding, organisationWords, partyLabels, peerageTitles, titleWords } from './lexicon';
import { isGivenName } from './givenNames';
import { lexicalTag } from './language';
import { isNationality, isPlaceName } from './places';
import { isFunctionWordSurname } from './surnameWords';
import { isPossessive, stripPossessive, type Token } from './tokens';

/** A maximal run of name words in a token range. */
export interface NameRun {
  start: number;
  end: number;
  words: string[];
  isPossessive: boolean;
  /** `parseName(words)`, kept once computed. */
  parsed?: ParsedName;
}

/** What a run of capitals names. */
export interface ParsedName {
  kind: 'person' | 'organisation' | 'single';
  name: string[];
  title: string[];
}

const particleHyphen = /^\p{Ll}+-\p{Lu}/u;
const particles = new Set(['de', 'van', 'von', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos']);

/** True for a lower-case particle inside a name (`de` in `Federico de Jesús`, `van` in `Pieter van Dijk`). */
export function isNameParticle(lower: string): boolean {
  return particles.has(lower);
}
const connectors = new Set(['of', 'for', 'the', '&']);
/** Words that begin the names of places and states (`United States of America`), never of people. */
const placeWords = new Set(['United', 'States', 'State', 'Kingdom', 'Republic', 'New', 'North', 'South', 'East', 'West', 'Islamic', 'Democratic', 'People', "People's", 'Federal', 'Central', 'Saint', 'St.', 'Isle', 'Bay', 'Gulf']);

/** True when a word (without a trailing full stop) is a title word such as `Senator` or `Dr`. */
export function isTitleWord(word: string): boolean {
  const bare = word.replace(/\.$/, '');
  if (titleWords.has(bare) || partyLabels.has(bare) || /-born$/u.test(bare)) return true;
  // Plurals label a name too (`Senators Roe and Poe`, `Republicans Vole and Ruiz`).
  if (bare.length > 3 && bare.endsWith('s') && (titleWords.has(bare.slice(0, -1)) || partyLabels.has(bare.slice(0, -1)))) return true;
  return bare.includes('-') && bare.split('-').some((part) => titleWords.has(part.charAt(0).toUpperCase() + part.slice(1)));
}

/** Tags of words that are never part of a name, even when capitalised (`However`, `Six`, `Ever`). */
const nonNameTags = new Set(['ADV', 'DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'NUM', 'AUX', 'PART', 'INTJ', 'PUNCT', 'SYM']);

function isCapitalWord(token: Token | undefined): token is Token {
  return token?.kind === 'word' && (token.isUpper || (token.text.includes('-') && particleHyphen.test(token.text)));
}

function isProperNoun(token: Token | undefined): boolean {
  return isCapitalWord(token) && token.tag === 'PROPN';
}

/**
 * True when a token can be part of a name. Where the language layer tagged the sentence, a
 * capitalised word must be a proper noun, or stand next to one (the tagger reads some first names,
 * such as `Ted`, as verbs); untagged text falls back to capitalisation.
 */
function isNameToken(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!isCapitalWord(token) || partyStateLabel.test(token.text)) return false;
  if (isFunctionWordSurname(tokens, index)) return true;
  if (token.tag === '' || token.tag === 'PROPN' || token.tag === 'X') return true;
  // A capitalised word straight after a name, in mid-sentence, is part of it (`Robert Lewis Dear`).
  const previous = tokens[index - 1];
  const isAfterName = isCapitalWord(previous) && !closedClassWords.has(previous.lower) && (previous.tag === 'PROPN' || (isCapitalWord(tokens[index - 2]) && !closedClassWords.has(tokens[index - 2]?.lower ?? '')));
  if (isAfterName && !closedClassWords.has(token.lower) && !/[.!?]$/u.test(previous.text)) return true;
  if (nonNameTags.has(token.tag)) return false;
  return isProperNoun(previous) || isProperNoun(tokens[index + 1]);
}

/** A party and state label written after a name (`D-MA`, `R-Fla`): never part of a name. */
const partyStateLabel = /^[RDI]-\p{Lu}/u;
/** Words that stay function words even when capitalised. */
const closedClassWords = new Set('the a an and or but of for to in on at by with as from is was are were be i he she it we they this that'.split(' '));
/** Days and months: they end a name run (`said Obama Monday`). */
const timeNames = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march july september october november december'.split(' '),
);

function isLink(tokens: readonly Token[], index: number, to: number, previous: string): boolean {
  const token = tokens[index] as Token;
  const isLinkWord =
    connectors.has(token.lower) || particles.has(token.lower) || (token.lower === 'to' && isTitleWord(previous));
  if (!isLinkWord || index + 1 >= to) return false;
  const next = tokens[index + 1];
  if (isNameToken(tokens, index + 1)) return true;
  // Two particles in a row (`Maria de la Cruz`).
  if (particles.has(token.lower) && next !== undefined && particles.has(next.lower) && index + 2 < to && isNameToken(tokens, index + 2)) return true;
  return next?.lower === 'the' && token.lower !== 'the' && index + 2 < to && isNameToken(tokens, index + 2);
}

function extendRun(tokens: readonly Token[], from: number, to: number): NameRun {
  const run: NameRun = { start: from, end: from, words: [], isPossessive: false };
  let cursor = from;
  while (cursor < to) {
    const token = tokens[cursor] as Token;
    const previous = run.words[run.words.length - 1] ?? '';
    if (run.words.length > 0 && timeNames.has(token.lower)) {
      break;
    } else if (isNameToken(tokens, cursor)) {
      run.words.push(token.text);
      cursor += 1;
      if (isPossessive(token.text)) {
        run.isPossessive = true;
        break;
      }
    } else if (isLink(tokens, cursor, to, previous)) {
      run.words.push(token.text);
      cursor += 1;
    } else {
      break;
    }
  }
  run.end = cursor;
  return run;
}

/**
 * Finds the runs of name words in `[from, to)`. `isCommonWord` rejects a would-be first word
 * (`The`, or a sentence-initial word the article also uses in lower case).
 */
export function findRuns(
  tokens: readonly Token[],
  from: number,
  to: number,
  isCommonWord: (token: Token, index: number) => boolean,
  opensSentence: (index: number) => boolean = () => false,
): NameRun[] {
  const runs: NameRun[] = [];
  let index = from;
  while (index < to) {
    const token = tokens[index] as Token;
    if (!isNameToken(tokens, index) || isCommonWord(token, index)) {
      index += 1;
      continue;
    }
    let run = extendRun(tokens, index, to);
    if (opensSentence(index) && isCommonOpener(tokens, run)) run = extendRun(tokens, index + 1, to);
    runs.push(run);
    index = Math.max(run.end, index + 1);
  }
  return runs;
}

/**
 * True when a run opening a sentence starts with an ordinary word capitalised only because it
 * opens the sentence (`Billionaire Donald Trump`, `Continued Stone`): a word of the English
 * lexicon, not a title, label or given name, before a given name, or read as a verb.
 */
function isCommonOpener(tokens: readonly Token[], run: NameRun): boolean {
  const first = tokens[run.start] as Token;
  const next = tokens[run.start + 1];
  if (run.words.length < 2 || isTitleWord(first.text) || isNationality(first.text) || isGivenName(first.text)) return false;
  const tag = lexicalTag(first.lower);
  if (tag === null || tag === 'PROPN' || run.words.some((word) => organisationWords.has(word))) return false;
  if (isPlaceName(run.words.slice(0, 2)) || isPlaceName(run.words)) return false;
  // Untagged paragraphs (no quote, no cue) have only the lexicon: a verb form ending in -ing or -ed.
  const isVerb = first.tag === '' ? tag === 'VERB' && /(?:ing|ed)$/u.test(first.lower) : first.tag === 'VERB';
  return isVerb || (run.words.length >= 3 && next !== undefined && isGivenName(next.text));
}

function splitAtTitle(words: string[], titleIndex: number): ParsedName {
  const title = words.slice(0, titleIndex + 1);
  let rest = words.slice(titleIndex + 1);
  if (rest[0] !== undefined && ['of', 'to', 'for'].includes(rest[0].toLowerCase())) {
    const capitals = rest.filter((word) => /^\p{Lu}/u.test(word));
    const orgAt = rest.findLastIndex((word) => organisationWords.has(word));
    const nameStart = orgAt >= 0 ? orgAt + 1 : capitals.length >= 3 ? rest.length - 2 : rest.length;
    title.push(...rest.slice(0, nameStart));
    rest = rest.slice(nameStart);
  }
  // An affiliation after the name (`Mr. Hale of the Pension Research Center`) does not make the name an organisation's.
  const affiliationAt = rest.findIndex((word, index) => index > 0 && connectors.has(word.toLowerCase()));
  const named = affiliationAt > 0 ? rest.slice(0, affiliationAt) : rest;
  if (rest.length === 0 || named.some((word) => organisationWords.has(word))) return { kind: 'organisation', name: words, title: [] };
  if (rest.length === 1 && peerageTitles.has(title[title.length - 1] ?? '')) return { kind: 'person', name: [title.pop() as string, ...rest], title };
  if (affiliationAt > 0) return { kind: 'person', name: rest.slice(0, affiliationAt), title: [...title, ...rest.slice(affiliationAt)] };
  return { kind: 'person', name: rest, title };
}

function isOccupation(word: string): boolean {
  const lower = word.toLowerCase();
  return occupationalEnding.test(lower) && !isGivenName(lower);
}

/** Classifies the words of a run (possessive endings already stripped). */
export function parseName(rawWords: readonly string[]): ParsedName {
  const words = rawWords.map(stripPossessive);
  let titleIndex = words.findLastIndex((word) => isTitleWord(word));
  if (titleIndex < 0 && words.length >= 3 && isOccupation(words[0] as string)) titleIndex = 0;
  if (titleIndex >= 0 && titleIndex < words.length - 1) return splitAtTitle(words, titleIndex);
  const connectorAt = words.findIndex((word) => connectors.has(word.toLowerCase()));
  const personal = connectorAt > 0 ? words.slice(0, connectorAt) : words;
  if (connectorAt >= 2 && personal.length <= 3 && !personal.some((word) => organisationWords.has(word) || placeWords.has(word))) {
    return { kind: 'person', name: personal, title: words.slice(connectorAt) };
  }
  const orgAt = words.findLastIndex((word) => organisationWords.has(word));
  const tail = words.slice(orgAt + 1);
  if (orgAt >= 0 && tail.length >= 2 && tail.every((word) => /^\p{Lu}/u.test(word) && !connectors.has(word.toLowerCase()))) {
    return { kind: 'person', name: tail, title: words.slice(0, orgAt + 1) };
  }
  if (orgAt >= 0) return { kind: 'organisation', name: words, title: [] };
  if (personal.length === 1) {
    const word = personal[0] as string;
    const isAcronym = /^[\p{Lu}.&]{2,}$/u.test(word) && word.length <= 6;
    return { kind: isAcronym || titleIndex >= 0 ? 'organisation' : 'single', name: personal, title: [] };
  }
  return { kind: 'person', name: personal, title: [] };
}

/** True when the word before a multi-word run marks it as a place or thing (`in Los Angeles`). */
export function hasNonPersonLead(tokens: readonly Token[], runStart: number): boolean {
  const before = tokens[runStart - 1];
  if (before?.kind !== 'word' || !nonPersonLeads.has(before.lower)) return false;
  return !(before.lower === 'to' && tokens[runStart - 2]?.lower === 'according');
}

/** `parseName` of a run's words, computed once per run. */
export function parseRun(run: NameRun): ParsedName {
  run.parsed ??= parseName(run.words);
  return run.parsed;
}
