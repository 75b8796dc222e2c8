/**
 * The grammatical subject of a verb, read from part-of-speech tags: walking back from the verb
 * over adverbs and auxiliaries (`also`, `has`), time and setting phrases (`on Wednesday`, `in a
 * statement`), parentheticals (`(R-Ohio)`), appositives and relative clauses set off by commas
 * (`Ana Roe, who chairs the board,`), to the noun phrase that does the verb. A relative pronoun
 * stands for the noun before it; a verb joined by `and` or a participle after a comma shares
 * the subject of the verb before it.
 */
import { canBeMainVerb, isSubordinate, opensClause } from './clauses';
import { appositiveName, interruptionStart, isCommaLike, matchingOpenParen, relativeAntecedent } from './interruptions';
import { beForms, coordinators, isLower, isNominal, isSetting, isVerbSatellite, isVerbToken, isWord, linkPrepositions, nounPhraseBefore, participleLeads, relativePronouns } from './nounPhrases';
import type { Range } from './phrases';
import { reportingClauseSubject } from './reportingClauses';
import { trailingTimeStart } from './timePhrases';
import type { Token } from './tokens';

/**
 * The subject of the main clause that starts at `floor`, before `before`: that of the first verb
 * outside relative and adverbial clauses whose subject is found (a passive one included).
 */
function mainSubject(tokens: readonly Token[], floor: number, before: number): SubjectResult {
  for (let index = floor; index < before; index += 1) {
    if (/^[.;:!?]$/u.test(tokens[index]?.text ?? '')) return null;
    if (!canBeMainVerb(tokens, index) || isSubordinate(tokens, floor, index, before)) continue;
    const found = subjectOfVerb(tokens, floor, index, 1);
    const subject = found === 'passive' ? passiveSubject(tokens, floor, index) : found;
    if (subject) return subject;
  }
  return null;
}

/** Where a subject search ended: a subject phrase, or `passive` when the verb is passive (`was told`) and names no speaker. */
export type SubjectResult = Range | 'passive' | null;

/**
 * The subject of the verb at `verb`, searched back to `floor` (the sentence start). Returns the
 * noun phrase, `passive` for a passive verb, or null when the verb has no subject before it.
 * A verb joined to an earlier one (`… and warned`, `…, calling him`, `… to defend`) takes the
 * subject of the clause's main verb.
 */
export function subjectOfVerb(tokens: readonly Token[], floor: number, verb: number, depth = 0): SubjectResult {
  const verbToken = tokens[verb];
  let index = verb - 1;
  let name: Range | null = null;
  const shared = (at: number): SubjectResult => (depth === 0 ? mainSubject(tokens, floor, at) : null);
  const isParticiple = verbToken !== undefined && /ing$/u.test(verbToken.lower);
  // A participle right after a noun (`a message stating`, `one poster writing`) is done by that noun.
  if (isParticiple && isNominal(tokens[verb - 1]) && isLower(tokens[verb - 1] as Token)) {
    const phrase = nounPhraseBefore(tokens, floor, verb);
    if (phrase) return phrase;
  }
  for (let steps = 0; index >= floor && steps < 12; steps += 1) {
    while (index >= floor && isVerbSatellite(tokens[index]) && tokens[index - 1]?.tag !== 'DET') {
      const token = tokens[index] as Token;
      if (beForms.has(token.lower) && verbToken !== undefined && !/ing$/u.test(verbToken.lower) && index === verb - 1) return 'passive';
      index -= 1;
    }
    const token = tokens[index];
    if (!token) return null;
    if (token.text === ')') {
      const open = matchingOpenParen(tokens, floor, index);
      if (open < 0) return null;
      index = open - 1;
      continue;
    }
    if (isCommaLike(token)) {
      // A participle clause after a comma (`Roe endorsed Doe at Doe's club, calling him …`) is done by the main clause's subject, whatever stands before the comma.
      if (isParticiple && depth === 0 && opensParticipleClause(tokens, index, verb)) {
        const subject = reportingClauseSubject(tokens, floor, index, subjectOfVerb) ?? shared(index);
        if (subject) return subject;
      }
      if (closesPartyLabel(tokens, floor, index - 1)) {
        index -= 1;
        continue;
      }
      const opening = interruptionStart(tokens, floor, index);
      if (opening >= 0) {
        name ??= appositiveName(tokens, opening, index);
        index = opening - 1;
        continue;
      }
      // An adverb set off by commas (`Sanders, meanwhile, said`).
      if (tokens[index - 1]?.tag === 'ADV' && isCommaLike(tokens[index - 2])) {
        index -= 2;
        continue;
      }
      // A participle after a comma (`Trump hit back, calling him …`, `Roe, citing …, said`) shares the main clause's subject.
      if (!isParticiple) return null;
      const main = shared(index);
      if (main || depth > 0) return main;
      const before = nounPhraseBefore(tokens, floor, index);
      return before && opensClause(tokens, floor, before.start) ? before : null;
    }
    if (isWord(token) && isParticiple && participleLeads.has(token.lower)) return shared(index);
    // `letters that called him "…"`: a `that` right before the verb, after a common noun, stands for that noun.
    if (isWord(token) && token.lower === 'that' && index - 1 >= floor && tokens[index - 1]?.tag === 'NOUN' && isLower(tokens[index - 1] as Token)) {
      return nounPhraseBefore(tokens, floor, index);
    }
    if (isWord(token) && relativePronouns.has(token.lower)) {
      const before = tokens[index - 1]?.text === ',' ? index - 1 : index;
      return nounPhraseBefore(tokens, floor, before);
    }
    if (isWord(token) && (coordinators.has(token.lower) || token.lower === 'to')) return shared(index);
    const phrase = nounPhraseBefore(tokens, floor, index + 1);
    if (!phrase) return null;
    if (isSetting(tokens, phrase)) {
      index = phrase.start - 2;
      continue;
    }
    // A bare time phrase (`Roe last week said`) is stepped over like a setting.
    const time = trailingTimeStart(tokens, phrase);
    if (time >= 0) {
      index = time - 1;
      continue;
    }
    // A noun with a participle phrase after it (`a letter seen by Sky News says`).
    if (tokens[phrase.start - 1]?.lower === 'by' && isVerbToken(tokens[phrase.start - 2]) && isNominal(tokens[phrase.start - 3])) {
      index = phrase.start - 3;
      continue;
    }
    // `…, with Sen. Roe calling it "…"`: the noun after `with` does the participle right after it.
    if (isParticiple && tokens[phrase.start - 1]?.lower === 'with' && tokens.slice(phrase.end, verb).every(isVerbSatellite)) return phrase;
    if (!opensClause(tokens, floor, phrase.start)) {
      // An object inside an appositive or relative clause (`Ana Roe, who heads the panel, said`): go on before it.
      const opening = interruptionStart(tokens, floor, phrase.end);
      if (opening >= 0) {
        index = opening - 1;
        continue;
      }
      const antecedent = relativeAntecedent(tokens, floor, phrase.start);
      return name ?? antecedent;
    }
    return name && !/^\p{Lu}/u.test(tokens[phraseHead(tokens, phrase)]?.text ?? '') ? name : leadingConjunct(tokens, floor, phrase);
  }
  return null;
}

/** Words that open the second conjunct of `Roe and other officials`: the first conjunct names the one who leads them. */
const othersLeads = new Set(['other', 'fellow']);

/** The first conjunct of a subject `Netanyahu and other leaders`, else the phrase itself. */
function leadingConjunct(tokens: readonly Token[], floor: number, phrase: Range): Range {
  if (!othersLeads.has(tokens[phrase.start]?.lower ?? '') || tokens[phrase.start - 1]?.lower !== 'and') return phrase;
  const first = nounPhraseBefore(tokens, floor, phrase.start - 1);
  return first && opensClause(tokens, floor, first.start) ? first : phrase;
}

/** True when only adverbs and the like stand between the comma and the participle (`, calling`, `, also noting`). */
function opensParticipleClause(tokens: readonly Token[], comma: number, verb: number): boolean {
  for (let index = comma + 1; index < verb; index += 1) if (!isVerbSatellite(tokens[index])) return false;
  return true;
}

/**
 * True when the token at `close` ends a party label in brackets (`Ana Ruiz (R-OH), said`): the
 * comma after it is the writer's slip, not the end of an appositive.
 */
function closesPartyLabel(tokens: readonly Token[], floor: number, close: number): boolean {
  if (tokens[close]?.text !== ')') return false;
  const open = matchingOpenParen(tokens, floor, close);
  return open >= 0 && close - open <= 5 && /^[RDI](?:-\p{Lu}|$)/u.test(tokens[open + 1]?.text ?? '');
}

/** The head of a noun phrase: the word before its first linking preposition (`the secretary general of CEI` → `general`), else its last word. */
function phraseHead(tokens: readonly Token[], phrase: Range): number {
  for (let index = phrase.start + 1; index < phrase.end; index += 1) {
    if (linkPrepositions.has(tokens[index]?.lower ?? '')) return index - 1;
  }
  return phrase.end - 1;
}

/** The subject of a passive main verb (`Trump was forced to … and said`), for the verbs joined to it. */
function passiveSubject(tokens: readonly Token[], floor: number, verb: number): SubjectResult {
  let index = verb - 1;
  while (index >= floor && isVerbSatellite(tokens[index])) index -= 1;
  const phrase = nounPhraseBefore(tokens, floor, index + 1);
  return phrase && opensClause(tokens, floor, phrase.start) ? phrase : null;
}
