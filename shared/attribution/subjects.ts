/**
 * The grammatical subject of a verb, read from part-of-speech tags: walking back from the verb
 * over adverbs and auxiliaries (`also`, `has`), time and setting phrases (`on Wednesday`, `in a
 * statement`), parentheticals (`(R-Ohio)`), appositives and relative clauses set off by commas
 * (`Ana Roe, who chairs the board,`), to the noun phrase that does the verb. A relative pronoun
 * stands for the noun before it; a verb joined by `and` or a participle after a comma shares
 * the subject of the verb before it.
 */
import type { Range } from './phrases';
import { isPlaceName } from './places';
import type { Token } from './tokens';

const maxPhraseWords = 12;
const maxInterruptionWords = 40;

const possessivePronouns = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const personalPronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const relativePronouns = new Set(['who', 'which']);
const beForms = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', "'s", 'get', 'got', 'gets']);
const linkPrepositions = new Set(['of', 'for', 'at', 'from', 'with', 'to', 'in', 'on']);
const adverbialPrepositions = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'since', 'over', 'throughout', 'earlier', 'later', 'last', 'this', 'for']);
const coordinators = new Set(['and', 'but', 'or', 'yet']);
const auxiliaries = new Set('have has had having be been being do does did will would can could may might must shall should'.split(' '));
/** Words before a participle that leave its subject to the main clause (`… before saying`). */
const participleLeads = new Set(['before', 'after', 'while', 'by', 'when', 'without', 'in', 'since', 'for']);
const appositiveOpeners = new Set(['who', 'whose', 'which', 'where', 'a', 'an', 'the', 'for', 'in', 'at', 'on', 'as', 'like', 'after', 'before', 'during', 'with', 'of', 'from', 'speaking', 'according']);

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
function withoutContraction(lower: string): string {
  return lower.replace(/['\u2019](?:s|d|ll|re|ve)$/u, '');
}

function isWord(token: Token | undefined): token is Token {
  return token?.kind === 'word';
}

function isLower(token: Token): boolean {
  return /^\p{Ll}/u.test(token.text);
}

/** A word that can be part of a noun phrase. */
function isNominal(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  if (token.tag === '') return !isLower(token) || /['\u2019]s$/u.test(token.text);
  if (token.tag === 'PROPN' || token.tag === 'NOUN' || token.tag === 'NUM' || token.tag === 'X') return true;
  // Capitalised words inside names are sometimes read as verbs or adjectives (`Ted`, `Prime`).
  return !isLower(token) && token.tag !== 'PRON' && token.tag !== 'DET' && token.tag !== 'ADP' && token.tag !== 'CCONJ' && token.tag !== 'SCONJ';
}

function isModifier(token: Token | undefined): boolean {
  return isWord(token) && (token.tag === 'ADJ' || token.tag === 'NUM' || (token.tag === 'VERB' && /ed$/u.test(token.lower) && isLower(token)));
}

/** True for an adverb, negation or auxiliary that may stand between a subject and its verb (`also`, `has`, `did not`). */
function isVerbSatellite(token: Token | undefined): boolean {
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
function isSetting(tokens: readonly Token[], phrase: Range): boolean {
  const head = tokens[phrase.end - 1] as Token;
  const preposition = tokens[phrase.start - 1];
  if (!isWord(preposition) || !adverbialPrepositions.has(preposition.lower)) return false;
  if ((settingNouns.has(head.lower) && isLower(head)) || timeNames.has(head.lower) || /^\d{4}s?$/u.test(head.text)) return true;
  return ['in', 'at', 'from'].includes(preposition.lower) && isPlaceName(tokens.slice(phrase.start, phrase.end).map((token) => token.text));
}

/** True for a finite verb that makes a comma-bounded segment a clause rather than an appositive (`went`, `Trump called`). */
function isClauseVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!isVerbToken(token)) return false;
  if (/ing$/u.test(token.lower)) return false;
  const before = tokens[index - 1];
  if (before?.lower === 'to') return false;
  if (!/ed$/u.test(token.lower)) return true;
  // `hired by the campaign`, `a detailed plan` are participles, not clause verbs.
  return tokens[index + 1]?.lower !== 'by' && before?.tag !== 'DET' && before?.tag !== 'ADJ';
}

/** True when a token ends a clause: a comma, a dash, or a quote that closes with a comma (`"…," said Roe`). */
function isCommaLike(token: Token | undefined): boolean {
  return token !== undefined && (token.text === ',' || token.text === '\u2014' || (token.kind === 'quote' && /,\s*$/u.test(token.text)));
}

/** True when the comma at `index` can open an interruption ending before `close` (see `interruptionStart`). */
function opensInterruption(tokens: readonly Token[], index: number, close: number): boolean {
  const opener = tokens[index + 1];
  const before = tokens[index - 1]?.text === '.' ? tokens[index - 2] : tokens[index - 1];
  if (!isWord(opener) || !(isNominal(before) || isModifier(before) || before?.text === ')')) return false;
  const isClause = relativePronouns.has(withoutContraction(opener.lower)) || opener.lower === 'whose' || opener.lower === 'where' || (isLower(opener) && /ing$/u.test(opener.lower));
  if (isClause) return true;
  const isPhrase =
    appositiveOpeners.has(opener.lower) || possessivePronouns.has(opener.lower) || isNominal(opener) || isModifier(opener) || opener.tag === 'ADV' || /self$/u.test(opener.lower);
  if (!isPhrase) return false;
  for (let at = index + 1; at < close; at += 1) {
    // Verbs after a relative pronoun belong to a clause inside the appositive (`the senator who heads the panel`).
    const word = tokens[at]?.lower ?? '';
    if (relativePronouns.has(word) || (word === 'that' && isNominal(tokens[at - 1]))) return true;
    if (isClauseVerb(tokens, at)) return false;
  }
  return true;
}

/**
 * Index of the opening comma (or dash) of an interruption that ends with the comma at `close`,
 * or -1: the nearest comma that opens an appositive, relative clause or aside, or a farther one
 * right after a name that opens a description with commas of its own (`Ana Roe, curator of the
 * museum in Fayetteville, Arkansas, said`).
 */
function interruptionStart(tokens: readonly Token[], floor: number, close: number): number {
  let nearest = -1;
  for (let index = close - 1; index >= floor && close - index <= maxInterruptionWords; index -= 1) {
    const token = tokens[index] as Token;
    if (/^[;:!?]$/u.test(token.text) || (token.text === '.' && !isAbbreviationDot(tokens, index))) break;
    if (token.text !== ',' && token.text !== '\u2014') continue;
    if (!opensInterruption(tokens, index, close)) continue;
    if (nearest < 0) {
      nearest = index;
      continue;
    }
    const opener = tokens[index + 1] as Token;
    if (tokens[index - 1]?.tag === 'PROPN' && (isLower(opener) || opener.tag === 'DET')) return index;
  }
  return nearest;
}

/** A full stop that closes an abbreviation in mid-sentence (`R-Wis.,`). */
function isAbbreviationDot(tokens: readonly Token[], index: number): boolean {
  return isWord(tokens[index - 1]) && (tokens[index + 1]?.text === ',' || tokens[index + 1]?.text === ')');
}

function matchingOpenParen(tokens: readonly Token[], floor: number, close: number): number {
  for (let index = close - 1; index >= floor && close - index <= 15; index -= 1) {
    if (tokens[index]?.text === '(') return index;
    if (tokens[index]?.kind === 'quote') return -1;
  }
  return -1;
}

const subordinators = new Set(['when', 'if', 'because', 'while', 'although', 'though', 'as', 'since', 'after', 'before', 'until', 'unless', 'whereas', 'once']);

/** True when the verb sits in a relative clause (`who still backs Roe`) or in an adverbial clause closed by a comma before `limit`. */
function isSubordinate(tokens: readonly Token[], floor: number, verb: number, limit: number): boolean {
  let index = verb - 1;
  while (index >= floor && isVerbSatellite(tokens[index])) index -= 1;
  if (relativePronouns.has(tokens[index]?.lower ?? '') || tokens[index]?.lower === 'that') return true;
  return isInClosedClause(tokens, floor, verb, limit);
}

/** True when an adverbial clause (`when Roe spoke,`) holds the verb and closes with a comma before `limit`. */
export function isInClosedClause(tokens: readonly Token[], floor: number, verb: number, limit: number): boolean {
  let opener = -1;
  for (let index = verb - 1; index >= floor; index -= 1) {
    const token = tokens[index] as Token;
    if (token.text === ',' || token.kind === 'quote') break;
    if (subordinators.has(token.lower) && (token.tag === 'SCONJ' || token.tag === 'ADP' || token.tag === 'ADV' || token.tag === '')) {
      opener = index;
      break;
    }
  }
  if (opener < 0) return false;
  for (let index = verb + 1; index < limit; index += 1) {
    const token = tokens[index] as Token;
    if (token.text === ',') return true;
    if (token.kind === 'quote' || /^[.;:!?]$/u.test(token.text)) return false;
  }
  return false;
}

/** True for a verb or auxiliary that can head a clause (`said`, `would`, `was`), not one used as a modifier (`a sitting governor`). */
function canBeMainVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!isWord(token) || !isLower(token) || (token.tag !== 'VERB' && token.tag !== 'AUX')) return false;
  const previous = tokens[index - 1];
  if (previous?.tag === 'DET' || possessivePronouns.has(previous?.lower ?? '') || /['\u2019]s$/u.test(previous?.text ?? '') || previous?.lower === 'to') return false;
  if (token.tag === 'AUX' && (previous?.tag === 'AUX' || previous?.tag === 'PART')) return false;
  return !(/ing$/u.test(token.lower) && tokens[index + 1]?.tag === 'NOUN');
}

/**
 * The subject of the main clause that starts at `floor`, before `before`: that of the first verb
 * outside relative and adverbial clauses whose subject is found (a passive one included).
 */
function mainSubject(tokens: readonly Token[], floor: number, before: number): SubjectResult {
  for (let index = floor; index < before; index += 1) {
    if (/^[.;:!?]$/u.test(tokens[index]?.text ?? '')) return null;
    if (!canBeMainVerb(tokens, index) || isSubordinate(tokens, floor, index, before)) continue;
    const found = subjectOfVerb(tokens, floor, index, 1);
    const subject = found === 'passive' ? passiveSubject(tokens, floor, index) : found;
    if (subject) return subject;
  }
  return null;
}

/** True when a subject phrase may begin here: at a clause edge, not after a verb or preposition that makes it an object. */
function opensClause(tokens: readonly Token[], floor: number, start: number): boolean {
  if (start <= floor) return true;
  const before = tokens[start - 1] as Token;
  if (before.kind !== 'word') return true;
  return !(before.tag === 'VERB' || before.tag === 'ADP' || before.tag === 'AUX') || subordinators.has(before.lower) || before.lower === 'that';
}

/** Where a subject search ended: a subject phrase, or `passive` when the verb is passive (`was told`) and names no speaker. */
export type SubjectResult = Range | 'passive' | null;

/** A name in a comma-bounded appositive right before the verb (`the director, Ana Roe, said`), preferred to a description. */
function appositiveName(tokens: readonly Token[], opening: number, close: number): Range | null {
  const inner = nounPhraseBefore(tokens, opening + 1, close);
  if (!inner || inner.start !== opening + 1) return null;
  let start = inner.end;
  while (start > inner.start && !isLower(tokens[start - 1] as Token) && tokens[start - 1]?.tag !== 'DET') start -= 1;
  const hasOnlyModifiers = tokens.slice(inner.start, start).every((token) => isModifier(token));
  return inner.end - start >= 2 && hasOnlyModifiers ? { start, end: inner.end } : null;
}

/** The noun a relative pronoun before a phrase stands for (`supporters who still back Roe` → `supporters`). */
function relativeAntecedent(tokens: readonly Token[], floor: number, phraseStart: number): Range | null {
  for (let index = phraseStart - 1; index >= floor && phraseStart - index <= 6; index -= 1) {
    const token = tokens[index] as Token;
    if (token.kind !== 'word') return null;
    if (relativePronouns.has(token.lower)) return nounPhraseBefore(tokens, floor, tokens[index - 1]?.text === ',' ? index - 1 : index);
  }
  return null;
}

/**
 * The subject of the verb at `verb`, searched back to `floor` (the sentence start). Returns the
 * noun phrase, `passive` for a passive verb, or null when the verb has no subject before it.
 * A verb joined to an earlier one (`… and warned`, `…, calling him`, `… to defend`) takes the
 * subject of the clause's main verb.
 */
export function subjectOfVerb(tokens: readonly Token[], floor: number, verb: number, depth = 0): SubjectResult {
  const verbToken = tokens[verb];
  let index = verb - 1;
  let name: Range | null = null;
  const shared = (at: number): SubjectResult => (depth === 0 ? mainSubject(tokens, floor, at) : null);
  const isParticiple = verbToken !== undefined && /ing$/u.test(verbToken.lower);
  // A participle right after a noun (`a message stating`, `one poster writing`) is done by that noun.
  if (isParticiple && isNominal(tokens[verb - 1]) && isLower(tokens[verb - 1] as Token)) {
    const phrase = nounPhraseBefore(tokens, floor, verb);
    if (phrase) return phrase;
  }
  for (let steps = 0; index >= floor && steps < 12; steps += 1) {
    while (index >= floor && isVerbSatellite(tokens[index]) && tokens[index - 1]?.tag !== 'DET') {
      const token = tokens[index] as Token;
      if (beForms.has(token.lower) && verbToken !== undefined && !/ing$/u.test(verbToken.lower) && index === verb - 1) return 'passive';
      index -= 1;
    }
    const token = tokens[index];
    if (!token) return null;
    if (token.text === ')') {
      const open = matchingOpenParen(tokens, floor, index);
      if (open < 0) return null;
      index = open - 1;
      continue;
    }
    if (isCommaLike(token)) {
      const opening = interruptionStart(tokens, floor, index);
      if (opening >= 0) {
        name ??= appositiveName(tokens, opening, index);
        index = opening - 1;
        continue;
      }
      // An adverb set off by commas (`Sanders, meanwhile, said`).
      if (tokens[index - 1]?.tag === 'ADV' && isCommaLike(tokens[index - 2])) {
        index -= 2;
        continue;
      }
      // A participle after a comma (`Trump hit back, calling him …`, `Roe, citing …, said`) shares the main clause's subject.
      if (!isParticiple) return null;
      const main = shared(index);
      if (main || depth > 0) return main;
      const before = nounPhraseBefore(tokens, floor, index);
      return before && opensClause(tokens, floor, before.start) ? before : null;
    }
    if (isWord(token) && isParticiple && participleLeads.has(token.lower)) return shared(index);
    if (isWord(token) && relativePronouns.has(token.lower)) {
      const before = tokens[index - 1]?.text === ',' ? index - 1 : index;
      return nounPhraseBefore(tokens, floor, before);
    }
    if (isWord(token) && (coordinators.has(token.lower) || token.lower === 'to')) return shared(index);
    const phrase = nounPhraseBefore(tokens, floor, index + 1);
    if (!phrase) return null;
    if (isSetting(tokens, phrase)) {
      index = phrase.start - 2;
      continue;
    }
    // A noun with a participle phrase after it (`a letter seen by Sky News says`).
    if (tokens[phrase.start - 1]?.lower === 'by' && isVerbToken(tokens[phrase.start - 2]) && isNominal(tokens[phrase.start - 3])) {
      index = phrase.start - 3;
      continue;
    }
    if (!opensClause(tokens, floor, phrase.start)) {
      // An object inside an appositive or relative clause (`Ana Roe, who heads the panel, said`): go on before it.
      const opening = interruptionStart(tokens, floor, phrase.end);
      if (opening >= 0) {
        index = opening - 1;
        continue;
      }
      const antecedent = relativeAntecedent(tokens, floor, phrase.start);
      return name ?? antecedent;
    }
    return name && !/^\p{Lu}/u.test(tokens[phraseHead(tokens, phrase)]?.text ?? '') ? name : phrase;
  }
  return null;
}

/** The head of a noun phrase: the word before its first linking preposition (`the secretary general of CEI` → `general`), else its last word. */
function phraseHead(tokens: readonly Token[], phrase: Range): number {
  for (let index = phrase.start + 1; index < phrase.end; index += 1) {
    if (linkPrepositions.has(tokens[index]?.lower ?? '')) return index - 1;
  }
  return phrase.end - 1;
}

/** The subject of a passive main verb (`Trump was forced to … and said`), for the verbs joined to it. */
function passiveSubject(tokens: readonly Token[], floor: number, verb: number): SubjectResult {
  let index = verb - 1;
  while (index >= floor && isVerbSatellite(tokens[index])) index -= 1;
  const phrase = nounPhraseBefore(tokens, floor, index + 1);
  return phrase && opensClause(tokens, floor, phrase.start) ? phrase : null;
}
