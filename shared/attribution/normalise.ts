/**
 * Text normalisation shared by quote keys, review matching and scoring: one definition of
 * "the same quote" everywhere.
 */

const curlyDouble = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const curlySingle = /[\u2018\u2019\u201A\u201B\u2032`]/g;
const edgeCharacter = /[\s\p{P}\p{S}]/u;

function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && edgeCharacter.test(text[start] as string)) start += 1;
  while (end > start && edgeCharacter.test(text[end - 1] as string)) end -= 1;
  return text.slice(start, end);
}

/**
 * Normalises quote text the way the accuracy rules define it: NFKC, straight quotes and
 * apostrophes, collapsed whitespace, edge punctuation removed, lower case.
 */
export function normaliseQuoteText(text: string): string {
  const known = normalised.get(text);
  if (known !== undefined) return known;
  const result = normaliseUncached(text);
  if (normalised.size >= maxRemembered) normalised.clear();
  normalised.set(text, result);
  return result;
}

/** Quote texts seen recently and their normal forms: re-analysis meets the same quotes again and again. */
const normalised = new Map<string, string>();
const maxRemembered = 20_000;

function normaliseUncached(text: string): string {
  const straight = text.normalize('NFKC').replace(curlyDouble, '"').replace(curlySingle, "'").replace(/\s+/g, ' ');
  return trimEdges(straight).toLowerCase();
}

const wordPattern = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** The words of a normalised text, in order: letters and digits with inner apostrophes and hyphens. */
export function normalisedWords(text: string): string[] {
  return normaliseQuoteText(text).match(wordPattern) ?? [];
}

/** Words that carry no content when comparing descriptions (`the report's authors` → report, authors). */
export const functionWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'one', 'some', 'any', 'this', 'that', 'these', 'those', 'of', 'on', 'in', 'at',
  'by', 'for', 'to', 'from', 'with', 'and', 'or', 'its', 'their', 'his', 'her', 'our', 'i', 's',
  'who', 'which', 'as', 'is', 'was', 'are', 'were', 'be', 'two', 'several', 'many', 'another',
]);

/** Content words of a phrase: normalised words minus function words, possessive `'s` dropped. */
export function contentWords(text: string): string[] {
  return normalisedWords(text)
    .map((word) => word.replace(/'s$/, '').replace(/'$/, ''))
    .filter((word) => word.length > 0 && !functionWords.has(word));
}
