/**
 * Capitalised words after a determiner. A person's name takes no article in English, so a run
 * of capitals after one is either a description of a person by party or origin (`a New
 * Hampshire Democrat`, `one Wisconsin Republican`) or the name of an organisation or
 * publication (`the Orlando Sentinel`).
 */
import { partyLabels } from './lexicon';
import { isTitleWord, type NameRun } from './names';
import type { Token } from './tokens';

/** What a determiner does to the run right after it: `description`, `organisation`, or nothing (`null`). */
export type DeterminedRun = 'description' | 'organisation' | null;

const determiners = new Set(['a', 'an', 'one', 'another', 'the', 'each', 'every', 'some', 'two', 'three', 'several', 'many']);

/** True for a party label, singular or plural (`Democrat`, `Republicans`). */
function isPartyLabel(word: string): boolean {
  return partyLabels.has(word) || (word.endsWith('s') && partyLabels.has(word.slice(0, -1)));
}

/**
 * How to read a name run that ends a speaker phrase and follows a determiner directly: one that
 * ends in a party label is a description of a person; otherwise, after `the`, a run of two or
 * more words with no title (`the Orlando Sentinel`, not `the Rev. Ana Roe`) is an organisation,
 * as is one word after `The` printed in capitals inside a sentence (`The Blaze reported`).
 */
export function determinedRun(tokens: readonly Token[], run: NameRun): DeterminedRun {
  const before = tokens[run.start - 1];
  if (before?.kind !== 'word' || !determiners.has(before.lower) || run.isPossessive) return null;
  if (isPartyLabel(run.words[run.words.length - 1] ?? '')) return 'description';
  if (before.lower !== 'the' || run.words.some((word) => isTitleWord(word))) return null;
  return run.words.length >= 2 || isCapitalisedArticle(tokens, run.start - 1) ? 'organisation' : null;
}

/**
 * True when `The` at `index` is capitalised inside a sentence, so it belongs to a name (`according
 * to The Blaze`, `"…," The Hill reported`): an article printed in capitals names a publication.
 */
function isCapitalisedArticle(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (tokens[index]?.text !== 'The' || previous === undefined) return false;
  if (previous.kind === 'quote') return !/[.!?]['"\u2019\u201D]*\s*$/u.test(previous.text);
  return previous.kind === 'word' || previous.text === ',';
}
