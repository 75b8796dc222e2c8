/**
 * An organisation introduced by the description after its name (`Harbor Mobil, the oil company,
 * said`): the head of the appositive says what kind of thing the name is, as `the company Harbor
 * Mobil` does before it.
 */
import type { ParagraphModel } from './article';
import type { NameRun } from './names';
import { documentNouns, organisationNouns } from './lexicon';
import type { Token } from './tokens';

const extraBodyNouns = new Set([
  'corporation', 'conglomerate', 'tabloid', 'daily', 'outlet', 'publication', 'publisher', 'nonprofit', 'giant', 'maker',
  'retailer', 'airline', 'insurer', 'lender', 'automaker', 'manufacturer', 'startup', 'chain', 'pac', 'watchdog',
]);
const articles = new Set(['the', 'a', 'an']);
/** Words that end the head noun phrase of an appositive (`the head of the agency` is headed by `head`). */
const phraseBreaks = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on', 'to', 'by', 'and', 'or', 'who', 'which', 'that']);
/** Most words of an appositive before its head (`the Texas-based oil company`). */
const maxModifiers = 4;

function isBodyNoun(token: Token): boolean {
  return token.kind === 'word' && !token.isUpper && (extraBodyNouns.has(token.lower) || (organisationNouns.has(token.lower) && !documentNouns.has(token.lower)));
}

/**
 * The organisation noun heading an appositive right after a name run (`, the oil company,`), or ''
 * when there is none. The noun must end the appositive: in `, the company's founder,` or
 * `, the company spokeswoman,` the name is a person's.
 */
export function trailingDescriptor(paragraph: ParagraphModel, run: NameRun): string {
  const tokens = paragraph.tokens;
  if (tokens[run.end]?.text !== ',' || !articles.has(tokens[run.end + 1]?.lower ?? '')) return '';
  for (let index = run.end + 2; index <= run.end + 2 + maxModifiers; index += 1) {
    const token = tokens[index];
    if (token?.kind !== 'word' || phraseBreaks.has(token.lower)) return '';
    const next = tokens[index + 1];
    const isEnd = next === undefined || next.text === ',' || next.text === '.' || next.text === ';';
    if (isEnd) return isBodyNoun(token) ? token.lower : '';
    if (token.isUpper && index > run.end + 2) return '';
  }
  return '';
}
