/**
 * Bare time phrases between a subject and its verb (`Roe last week said`, `Roe two weeks ago
 * said`, `Roe Tuesday called the plan …`, `Roe, the mayor, earlier this month told …`): American
 * news puts them there without a preposition, and they are never the subject themselves.
 */
import type { Range } from './phrases';
import type { Token } from './tokens';

/** The days of the week, in lower case: the heads of time phrases here and after nouns of saying (`nounCues.ts`). */
export const weekdays: ReadonlySet<string> = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const dayWords = new Set([...weekdays, 'yesterday', 'today', 'tonight']);
const periodNouns = new Set('week weekend month year morning afternoon evening night spring summer fall autumn winter'.split(' '));
const periodLeads = new Set(['last', 'this', 'next', 'earlier', 'later', 'early', 'late']);

/**
 * Where a bare time phrase that ends a noun phrase starts (`last week` in `Jane Roe last week`,
 * `Monday` in `Jane Roe Monday`), or -1 when the phrase does not end in one.
 */
export function trailingTimeStart(tokens: readonly Token[], phrase: Range): number {
  const last = tokens[phrase.end - 1];
  if (last?.kind !== 'word') return -1;
  if (tokens[phrase.end]?.lower === 'ago') return agoStart(tokens, phrase, last);
  let start: number;
  if (dayWords.has(last.lower)) start = phrase.end - 1;
  else if (periodNouns.has(last.lower) && /^\p{Ll}/u.test(last.text) && periodLeads.has(tokens[phrase.end - 2]?.lower ?? '')) start = phrase.end - 2;
  else return -1;
  // `last Monday`, `earlier this week`.
  while (start > phrase.start && periodLeads.has(tokens[start - 1]?.lower ?? '') && /^\p{Ll}/u.test(tokens[start - 1]?.text ?? '')) start -= 1;
  return start;
}

const amountWords = new Set(['less', 'more', 'than', 'about', 'nearly', 'almost', 'just', 'some', 'over', 'under', 'only', 'a', 'an', 'few', 'several']);

function isMeasure(token: Token | undefined): boolean {
  return token?.kind === 'word' && (token.tag === 'NUM' || /^\d+$/u.test(token.text) || amountWords.has(token.lower));
}

/** Where `two weeks ago`, `less than a year ago` starts: the period before `ago` and the words that measure it. */
function agoStart(tokens: readonly Token[], phrase: Range, last: Token): number {
  if (!periodNouns.has(last.lower.replace(/s$/u, ''))) return -1;
  let start = phrase.end - 1;
  while (start > 0 && isMeasure(tokens[start - 1])) start -= 1;
  return start;
}
