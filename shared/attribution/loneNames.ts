/**
 * One-word names. News style introduces a person by full name (or with a title) the first time;
 * a single capitalised word the article never expands, never gives a title and that is not a
 * given name is the name of an organisation or a publication (`Politico reported`, `Gallup
 * found`), as is an acronym (`CNN`) or a word with a capital inside it (`HuffPost`).
 */
import { isGivenName } from './givenNames';
import type { Entity } from './registry';

/** Surname prefixes that take a capital after them (`McCain`, `DeSantis`, `LaHood`, `VanDyke`). */
const surnamePrefix = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}/u;

/** True for `CNN`, `HuffPost`, `eBay`: spellings no personal name has. */
export function isBrandSpelling(word: string): boolean {
  if (/^\p{Lu}{2,}s?$/u.test(word)) return true;
  return /^\p{L}\p{Ll}+\p{Lu}/u.test(word) && !surnamePrefix.test(word);
}

/**
 * True when a person entity of one word should be read as an organisation: no title, no gender,
 * not a given name, and not hyphenated (`Ramirez-Rosa` is a surname).
 */
export function isLoneOrganisationName(entity: Entity): boolean {
  if (entity.kind !== 'person' || entity.words.length !== 1 || entity.title !== '' || entity.gender !== null) return false;
  const word = entity.words[0] as string;
  if (isBrandSpelling(word)) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !isGivenName(word);
}
