/**
 * Titles of works and programmes, and nicknames, set in quotation marks: positive evidence, read
 * from the words around a title-case span, that the span names a thing or a person rather than
 * reporting what someone said.
 */
import type { ParagraphModel } from './article';

/** Nouns for a work, a programme or a publication that a title may stand beside (`his memoir, "…"`). */
const workNouns = new Set(
  ('book books memoir memoirs autobiography biography novel novels film films movie movies documentary show shows ' +
    'programme program series sitcom podcast album song songs play musical column newsletter blog project reboot ' +
    'remake sequel episode ad ads commercial video').split(' '),
);

/** People and versions defined by a work (`the author of "…"`, `its revival of "…"`). */
const workOfNouns = new Set(
  ('author authors co-author co-authors writer host hosts co-host star stars creator creators producer producers ' +
    'director editor publisher revival remake reboot version episode episodes season sequel premiere finale cast').split(' '),
);

/** Words before `with`, `to` or `on` that make the title after them a programme someone appeared on. */
const appearanceWords = new Set(
  ('interview interviews appearance appearances speaking spoke speaks talking talked talks appeared appearing ' +
    'told telling').split(' '),
);
const addresseeVerbs = new Set(['told', 'tells', 'telling', 'tell']);

/** A title set beside a work noun after a comma (`her memoir, "Tough Choices."`), possibly with a year or owner between. */
function isAppositiveTitle(paragraph: ParagraphModel, quoteToken: number): boolean {
  if (paragraph.tokens[quoteToken - 1]?.text !== ',') return false;
  const noun = paragraph.tokens[quoteToken - 2];
  return noun?.kind === 'word' && workNouns.has(noun.lower);
}

/** Most words of an appositive after a title before its work noun (`"…," the 1960s police show`). */
const maxAppositiveWords = 4;

/** A title followed by an appositive that says what work it is (`"Trump Revealed," a biography by …`). */
function isTitleBeforeAppositive(paragraph: ParagraphModel, quoteToken: number, text: string): boolean {
  const tokens = paragraph.tokens;
  let index = quoteToken + 1;
  if (tokens[index]?.text === ',') index += 1;
  else if (!/,\s*$/u.test(text)) return false;
  const article = tokens[index]?.lower;
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let at = index + 1; at <= index + maxAppositiveWords; at += 1) {
    const token = tokens[at];
    if (token?.kind !== 'word') return false;
    if (workNouns.has(token.lower)) return true;
  }
  return false;
}

/** A title after `author of`, `hosts of`, `revival of` and the like. */
function isTitleAfterOf(paragraph: ParagraphModel, quoteToken: number): boolean {
  if (paragraph.tokens[quoteToken - 1]?.lower !== 'of') return false;
  const noun = paragraph.tokens[quoteToken - 2];
  return noun?.kind === 'word' && workOfNouns.has(noun.lower);
}

/** A programme told, spoken to or interviewed on (`told "Morning Today"`, `in an interview with "Sunday Talk"`). */
function isProgramme(paragraph: ParagraphModel, quoteToken: number): boolean {
  const before = paragraph.tokens[quoteToken - 1];
  if (before?.kind !== 'word') return false;
  if (addresseeVerbs.has(before.lower)) return true;
  if (before.lower !== 'with' && before.lower !== 'to') return false;
  const word = paragraph.tokens[quoteToken - 2];
  return word?.kind === 'word' && appearanceWords.has(word.lower);
}

/** A nickname inside a name (`John "Red" Hale`): between two proper nouns, with no punctuation (`Felt "Invisible" As A Child` is no name). */
function isNickname(paragraph: ParagraphModel, quoteToken: number, text: string): boolean {
  const before = paragraph.tokens[quoteToken - 1];
  const after = paragraph.tokens[quoteToken + 1];
  const isNameWord = (token: typeof before): boolean => token?.kind === 'word' && token.isUpper && (token.tag === 'PROPN' || token.tag === '');
  return isNameWord(before) && isNameWord(after) && !/[\p{P}]\s*$/u.test(text) && text.trim().split(/\s+/u).length <= 2;
}

/**
 * True when a title-case quoted span names a work, a programme or a person: beside a work noun after
 * a comma, before an appositive naming the work, after `author of` or `hosts of`, after `told` or
 * `interview with`, or inside a name. The
 * caller checks that the span is in title case. (A title before a noun, `the "Gang of Two" bill`,
 * is left a quote: annotated news counts such spans as quotes about as often as not.)
 */
export function isTitleOfWork(paragraph: ParagraphModel, quoteToken: number): boolean {
  return (
    isAppositiveTitle(paragraph, quoteToken) ||
    isTitleAfterOf(paragraph, quoteToken) ||
    isProgramme(paragraph, quoteToken) ||
    isTitleBeforeAppositive(paragraph, quoteToken, paragraph.tokens[quoteToken]?.text ?? '') ||
    isNickname(paragraph, quoteToken, paragraph.tokens[quoteToken]?.text ?? '')
  );
}
