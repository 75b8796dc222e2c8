/**
 * The phrase that names the speaker of a speech verb: its grammatical subject before it, the
 * name after an inverted verb (`said Ambassador Mohib`), or a name among the comma-separated
 * segments before it (`Khaled Al-Maeena, editor at large, said`).
 */
import type { CueContext } from './cues';
import { isHeadlineRun, opensParticipleClause } from './notSpeakers';
import { classifyPhrase, isStopWord, isVerbTag, phraseAfter, type Range, type SpeakerRef } from './phrases';
import type { Token } from './tokens';
import { documentVerbs, forwardCues, invertibleVerbs, verbAt, type VerbMatch } from './verbs';
import { documentNouns } from './lexicon';
import { subjectOfVerb } from './subjects';
import { quantitySubject } from './quantifiers';
import { documentAfter } from './documentSubjects';

/** Participles that pass a quote on from someone else (`quoting`, `citing`): what follows names the original speaker. */
export const chainWords: ReadonlySet<string> = new Set(['quoting', 'citing']);
const adjunctOpeners = new Set(['after', 'before', 'during', 'in', 'on', 'at', 'speaking', 'writing', 'according', 'as', 'when', 'while', 'following', 'despite', 'for', 'with', 'since', 'by', 'from', 'under', 'allegedly']);

function segments(tokens: readonly Token[], from: number, to: number): Range[] {
  const list: Range[] = [];
  let start = from;
  for (let index = from; index < to; index += 1) {
    const text = (tokens[index] as Token).text;
    if (text === ',' || text === '(' || text === ')' || text === ';' || text === ':' || text === '—' || text === '–' || text === '-') {
      if (index > start) list.push({ start, end: index });
      start = index + 1;
    }
  }
  if (to > start) list.push({ start, end: to });
  return list;
}

function leadingPhrase(context: CueContext, range: Range): SpeakerRef | null {
  const tokens = context.paragraph.tokens;
  const first = tokens[range.start];
  if (first?.kind !== 'word' || adjunctOpeners.has(first.lower) || isStopWord(first) || opensParticipleClause(tokens, range.start) || isHeadlineRun(tokens, range.start)) return null;
  for (let end = range.start + 1; end <= range.end; end += 1) {
    const token = tokens[end];
    const isBreak =
      end === range.end || token?.kind !== 'word' || /^\p{Ll}+ed$/u.test(token.text) || isStopWord(token) || isVerbTag(token) || verbAt(tokens, end, context.verbs) !== null;
    if (!isBreak) continue;
    const subject = classifyPhrase(context.paragraph, { start: range.start, end }, context.isCommon);
    return subject?.type === 'name' || subject?.type === 'description' ? subject : null;
  }
  return null;
}

/** Walks comma-separated segments back from a verb (`Khaled Al-Maeena, editor at large, said`). */
export function subjectBySegments(context: CueContext, from: number, verbStart: number): SpeakerRef | null {
  const list = segments(context.paragraph.tokens, from, verbStart).slice(-5);
  const found = list.map((range) => leadingPhrase(context, range)).filter((ref): ref is SpeakerRef => ref !== null);
  return found.find((ref) => ref.type === 'name' && ref.parsed.kind !== 'organisation') ?? found[0] ?? null;
}

function forwardSubject(context: CueContext, verbEnd: number, to: number): SpeakerRef | null {
  const tokens = context.paragraph.tokens;
  const list = segments(tokens, verbEnd, to);
  let refs: SpeakerRef[] = [];
  for (const range of list) {
    const first = tokens[range.start];
    if (first && chainWords.has(first.lower)) {
      refs = [];
      range.start += 1;
    }
    const ref = classifyPhrase(context.paragraph, range, context.isCommon);
    if (ref && ref.type !== 'pronoun') refs.push(ref);
  }
  return refs.find((ref) => ref.type === 'name' && ref.parsed.kind === 'person' && ref.parsed.name.length > 1) ?? refs[0] ?? null;
}

/** The speaker phrase of one verb within `[from, to)`, trying before, after, then the earlier segments. */
export function subjectOf(context: CueContext, verb: VerbMatch, from: number, to: number, earlier: SpeakerRef | null): SpeakerRef | null {
  if (forwardCues.has(verb.phrase)) return forwardSubject(context, verb.end, to);
  const before = subjectOfVerb(context.paragraph.tokens, from, verb.start) ?? quantitySubject(context.paragraph.tokens, from, verb.start);
  if (before === 'passive') return null;
  if (documentVerbs.has(verb.phrase)) {
    const document = before ?? documentAfter(context.paragraph.tokens, verb.end, to);
    return document && (!before || documentNouns.has(context.paragraph.tokens[before.end - 1]?.lower ?? '')) ? classifyPhrase(context.paragraph, document, context.isCommon) : null;
  }
  if (before) return classifyPhrase(context.paragraph, before, context.isCommon);
  const named = invertibleVerbs.has(verb.phrase) ? appositiveNameAfter(context, verb.end, to) : null;
  if (named) return named;
  const after = invertibleVerbs.has(verb.phrase) ? phraseAfter(context.paragraph.tokens, verb.end, to) : null;
  if (after) return classifyPhrase(context.paragraph, after, context.isCommon);
  return earlier;
}

/**
 * The name in an appositive after an inverted verb's description (`said Rubio's deputy campaign
 * manager, Rich Beeson, who …`): a person named right after the description's comma and closed
 * by a comma or the clause's end. The description is no more than a title for the name.
 */
function appositiveNameAfter(context: CueContext, verbEnd: number, to: number): SpeakerRef | null {
  const tokens = context.paragraph.tokens;
  const first = tokens[verbEnd];
  if (first?.kind !== 'word' || isStopWord(first)) return null;
  let comma = verbEnd;
  while (comma < to && comma - verbEnd < 8 && tokens[comma]?.kind === 'word' && !isStopWord(tokens[comma] as Token) && !isVerbTag(tokens[comma])) comma += 1;
  if (comma === verbEnd || tokens[comma]?.text !== ',') return null;
  const lead = classifyPhrase(context.paragraph, { start: verbEnd, end: comma }, context.isCommon);
  if (lead?.type !== 'description' || lead.isOrganisation) return null;
  let end = comma + 1;
  while (end < to && end - comma <= 5 && tokens[end]?.kind === 'word' && tokens[end]?.isUpper) end += 1;
  if (end === comma + 1 || (end < to && tokens[end]?.text !== ',' && tokens[end]?.kind === 'word')) return null;
  const name = classifyPhrase(context.paragraph, { start: comma + 1, end }, context.isCommon);
  return name?.type === 'name' && name.parsed.kind === 'person' && name.parsed.name.length > 1 ? name : null;
}
