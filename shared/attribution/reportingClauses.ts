/**
 * Reporting clauses set off by commas after what was said (`The mayor will resign, Roe said,
 * adding that …`): a participle after one is done by the reporting clause's subject, not by the
 * subject of the reported words before it.
 */
import type { Range } from './phrases';
import type { Token } from './tokens';

/** Verbs of a reporting clause (`Roe said,`, `Roe told reporters,`). */
const reportingVerbs = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'explained', 'noted', 'argued', 'insisted']);
const maxClauseWords = 8;

/** Finds the subject of a verb searched back to a floor (see `subjectOfVerb`), passed in to keep the modules acyclic. */
export type SubjectFinder = (tokens: readonly Token[], floor: number, verb: number, depth: number) => Range | 'passive' | null;

function reportingVerbBefore(tokens: readonly Token[], comma: number): number {
  if (reportingVerbs.has(tokens[comma - 1]?.lower ?? '')) return comma - 1;
  // `Roe told reporters,`: one object word after `told`.
  const object = tokens[comma - 1];
  const isObject = object?.kind === 'word' && /^\p{Ll}/u.test(object.text) && (object.tag === 'NOUN' || object.tag === 'PRON');
  return isObject && ['told', 'tells'].includes(tokens[comma - 2]?.lower ?? '') ? comma - 2 : -1;
}

/**
 * The subject of a reporting clause that ends at the comma at `comma` and opens right after an
 * earlier comma (`…, Mr. Roe said,`), or null when the words before the comma are no such clause.
 */
export function reportingClauseSubject(tokens: readonly Token[], floor: number, comma: number, subjectOf: SubjectFinder): Range | null {
  const verb = reportingVerbBefore(tokens, comma);
  if (verb < 0) return null;
  let open = verb - 1;
  while (open > floor && verb - open <= maxClauseWords && tokens[open]?.text !== ',' && tokens[open]?.kind !== 'quote') open -= 1;
  if (tokens[open]?.text !== ',') return null;
  const subject = subjectOf(tokens, open + 1, verb, 1);
  return subject && subject !== 'passive' && subject.start === open + 1 ? subject : null;
}
