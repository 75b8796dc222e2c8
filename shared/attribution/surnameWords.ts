/**
 * Surnames spelled like function words (`Al From`). A capitalised `From` straight after a given
 * name, in mid-sentence, cannot open a phrase there, so it is the person's surname, as a copy
 * editor would read it.
 */
import { isGivenName } from './givenNames';
import type { Token } from './tokens';

/** Function words that are also surnames, in the spelling a name takes. */
const surnameFunctionWords = new Set(['From']);

/** True for a function word spelled as a surname (`From`), wherever it stands. */
export function isSurnameSpelling(text: string): boolean {
  return surnameFunctionWords.has(text);
}

/**
 * True when the token at `index` is a function word used as a surname: straight after a given
 * name that the tagger reads as a proper noun (`said Al From, who …`), with no capitalised word
 * after it (`Ana From Ohio` stays open to doubt and is left alone).
 */
export function isFunctionWordSurname(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.kind !== 'word' || !surnameFunctionWords.has(token.text)) return false;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  const isAfterGivenName = previous?.kind === 'word' && previous.tag === 'PROPN' && isGivenName(previous.text);
  return isAfterGivenName && (next?.kind !== 'word' || !next.isUpper);
}
