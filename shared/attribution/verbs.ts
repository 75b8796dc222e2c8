/**
 * Speech verbs and attribution phrases, compiled once into a lookup keyed by first word.
 */
import type { Token } from './tokens';

/**
 * The default list of words and phrases that attribute a quotation (`said`, `told`,
 * `according to` …), in every form a news report uses. `AnalyserInput.speechVerbs` replaces it.
 */
export const defaultSpeechVerbs: readonly string[] = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'added', 'adds', 'adding',
  'asked', 'asks', 'asking', 'wrote', 'writes', 'writing', 'noted', 'notes', 'noting', 'argued',
  'argues', 'arguing', 'explained', 'explains', 'explaining', 'warned', 'warns', 'warning', 'stated',
  'states', 'stating', 'insisted', 'insists', 'recalled', 'recalls', 'replied', 'replies', 'tweeted',
  'tweets', 'posted', 'posts', 'according to', 'in the words of', 'continued', 'continues', 'commented',
  'comments', 'observed', 'remarked', 'declared', 'announced', 'acknowledged', 'admitted', 'admits',
  'conceded', 'claimed', 'claims', 'contended', 'countered', 'responded', 'answered', 'suggested',
  'cautioned', 'predicted', 'promised', 'promising', 'pledged', 'urged', 'recommended', 'recommending',
  'reported', 'reporting', 'asserted', 'asserts', 'described', 'describes', 'characterized',
  'characterised', 'called', 'calls', 'call', 'calling', 'dubbed', 'joked', 'quipped', 'shouted',
  'complained', 'emphasised', 'emphasized', 'stressed', 'testified', 'confirmed', 'reasoned',
  'concluded', 'maintained', 'alleged', 'reads', 'cited', 'texted', 'emailed', 'mused', 'wondered',
  'agreed', 'disagreed', 'objected', 'protested', 'pleaded', 'demanded', 'vowed', 'boasted', 'lamented', 'conceded',
  'read', 'issued a statement', 'issued a short statement', 'issued a brief statement', 'issued a joint statement',
  'issued a written statement', 'released a statement', 'put it', 'summed up', 'shot back', 'fired back', 'hit back',
];

/** Phrases after which the speaker follows (`according to X`) rather than precedes. */
export const forwardCues: ReadonlySet<string> = new Set(['according to', 'in the words of']);

/** Verbs a writer puts before the speaker (`said Ambassador Mohib`); after others a name is the listener. */
export const invertibleVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'continued', 'explained', 'noted', 'replied',
  'stated', 'argued', 'insisted', 'recalled', 'declared', 'observed', 'remarked', 'commented', 'answered', 'responded',
  'countered', 'warned', 'tweeted', 'posted', 'reads', 'concluded', 'cautioned', 'quipped', 'joked', 'shouted',
]);

/** Verbs only a document can be the subject of (`the letter reads`); a person who `read` something did not speak. */
export const documentVerbs: ReadonlySet<string> = new Set(['read', 'reads']);

/** A compiled verb list: phrases (as word arrays) grouped by their first word. */
export type VerbIndex = ReadonlyMap<string, readonly string[][]>;

/** Compiles a verb list once; phrases are matched longest first. */
export function compileVerbs(verbs: readonly string[]): VerbIndex {
  const index = new Map<string, string[][]>();
  for (const verb of verbs) {
    const words = verb.toLowerCase().trim().split(/\s+/);
    const first = words[0];
    if (!first) throw new RangeError(`empty speech verb in list: "${verb}"`);
    const list = index.get(first) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    index.set(first, list);
  }
  return index;
}

/** A speech verb found in a token range. */
export interface VerbMatch {
  /** Index of the first token of the phrase. */
  start: number;
  /** Index after the last token of the phrase. */
  end: number;
  phrase: string;
}

/** True when every candidate phrase is a single word (a noun reading of it, `her warning`, is then no cue). */
function words1(candidates: readonly string[][]): boolean {
  return candidates.every((words) => words.length === 1);
}

/** True after a determiner, possessive or adjective, where a word is read as a noun (`her warning`, `the call`). */
function isNounSlot(previous: Token | undefined): boolean {
  if (previous?.kind !== 'word') return false;
  return previous.tag === 'DET' || previous.tag === 'ADJ' || /^(?:his|her|its|their|our|my|your)$/u.test(previous.lower) || /['\u2019]s$/u.test(previous.text);
}

/** The verb phrase starting at `index`, if any. */
export function verbAt(tokens: readonly Token[], index: number, verbs: VerbIndex): VerbMatch | null {
  const token = tokens[index];
  if (token?.kind !== 'word') return null;
  const candidates = verbs.get(token.lower);
  if (candidates === undefined) return null;
  if (token.isUpper && tokens[index - 1]?.kind === 'word') return null;
  if (token.tag === 'NOUN' && words1(candidates) && isNounSlot(tokens[index - 1])) return null;
  for (const words of candidates) {
    const isMatch = words.every((word, offset) => tokens[index + offset]?.lower === word);
    if (isMatch) return { start: index, end: index + words.length, phrase: words.join(' ') };
  }
  return null;
}

/** Every speech verb in `[from, to)`, in order. */
export function findVerbs(tokens: readonly Token[], from: number, to: number, verbs: VerbIndex): VerbMatch[] {
  const found: VerbMatch[] = [];
  for (let index = from; index < to; index += 1) {
    const match = verbAt(tokens, index, verbs);
    if (match && match.end <= to) {
      found.push(match);
      index = match.end - 1;
    }
  }
  return found;
}
