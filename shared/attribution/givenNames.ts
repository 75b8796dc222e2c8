/**
 * Given names and the gender most people bearing them have, from the English table (US birth
 * records) of `gender-detection-from-name`: 32,000 names, general knowledge rather than a list
 * fitted to any text.
 */
import names from 'gender-detection-from-name/names/en.js';

/** The usual gender of a given name (`hillary` → `f`), or null when the table does not know it. */
export function genderOfGivenName(word: string): 'm' | 'f' | null {
  const found = names.get(word.toLowerCase());
  return found === 'male' ? 'm' : found === 'female' ? 'f' : null;
}

/** True when a word is a given name in the table (`Donald`, `Kellyanne`; also `King` and `Story`, so use it with other evidence). */
export function isGivenName(word: string): boolean {
  return names.has(word.toLowerCase());
}
