/**
 * `he` and `she` as speakers: the nearest person who fits (gender, a confirmed person, not a mere
 * modifier), preferring one in subject position, and the last speaker when nobody else who fits
 * has been named as a subject since that speaker's words. The article's pronoun outweighs the
 * given-name table's guess at the last speaker's gender (flagged for the editor).
 */
import { genderedTitles, personNouns } from './lexicon';
import { isPlaceName } from './places';
import type { Entity, Mention } from './registry';
import type { Place } from './resolve';
import { sentenceOf } from './sentences';
import { entitySpeaker, firstAtOrAfter, noSpeaker, type HistoryEntry, type Speaker, type SpeakerContext } from './speakerContext';
import type { Token } from './tokens';
import { invertibleVerbs } from './verbs';
import { fittingSpeaker, isBefore, lastPersonSpeaker, lastSpeakerAgainstGuess, mentionPlace, namesakeOfLastSpeaker, subjectPronouns } from './lastSpeaker';

/**
 * True when a mention is surely a person a pronoun can stand for: one with a title, a gender or a
 * description, or one named twice or already a speaker. A name of two or more words whose first
 * word is no known given name (`Brevik Computer`, `Talkback Live`, `Dominican Republic`) is
 * confirmed only by a title, a description or having spoken: being named again does not make a
 * firm, a programme or a place a person.
 */
function isConfirmedPerson(context: SpeakerContext, mention: Mention): boolean {
  const { entity } = mention;
  if (entity.title !== '' || entity.gender !== null || mention.isIdentified || context.speakers.has(entity)) return true;
  return entity.words.length === 1 && (context.mentionCounts.get(entity) ?? 0) >= 2;
}

/**
 * True when a mention only modifies another noun (`the Murdoch outlets`):
 * such a mention is not a person a later `he` or `she` can stand for.
 */
function isModifier(context: SpeakerContext, mention: Mention): boolean {
  const tokens = context.article.paragraphs[mention.paragraph]?.tokens ?? [];
  const next = tokens[mention.endToken];
  if (/['\u2019]s?$/u.test(tokens[mention.endToken - 1]?.text ?? '')) return false;
  return next?.kind === 'word' && next.tag === 'NOUN' && /^\p{Ll}/u.test(next.text);
}

function fits(context: SpeakerContext, mention: Mention, gender: 'm' | 'f'): boolean {
  const { entity } = mention;
  return entity.kind === 'person' && (entity.gender === null || entity.gender === gender) && !isPlaceName(entity.words) && isConfirmedPerson(context, mention) && !isModifier(context, mention);
}

/** Most sentences a pronoun looks back over for its referent. */
const maxSentencesBack = 12;

/**
 * Mentions to search, nearest sentence first, left to right within a sentence, over at most
 * `maxSentencesBack` sentences: each group costs a binary search, so a pronoun's search stays
 * bounded however long the paragraph.
 */
function* candidateGroups(context: SpeakerContext, place: Place): Generator<Mention[]> {
  let budget = maxSentencesBack;
  for (let paragraph = place.paragraph; paragraph >= Math.max(0, place.paragraph - 2) && budget > 0; paragraph -= 1) {
    const model = context.article.paragraphs[paragraph];
    if (!model) continue;
    const mentions = context.mentionsByParagraph.get(paragraph) ?? [];
    const limit = paragraph === place.paragraph ? place.token : Number.POSITIVE_INFINITY;
    const lastSentence = paragraph === place.paragraph ? sentenceOf(model.sentences, place.token) : model.sentences.length - 1;
    for (let sentence = lastSentence; sentence >= 0 && budget > 0; sentence -= 1, budget -= 1) {
      const range = model.sentences[sentence];
      if (!range) continue;
      const from = firstAtOrAfter(mentions, range.start);
      const to = firstAtOrAfter(mentions, Math.min(range.end, limit));
      yield mentions.slice(from, to);
    }
  }
}

function lastSpeakerEntity(context: SpeakerContext): Entity | null {
  return context.history[context.history.length - 1]?.speaker.entity ?? null;
}

/** The latest unnamed person (`a company spokesman`) who spoke before a place, within the pronoun window. */
function describedPerson(context: SpeakerContext, gender: 'm' | 'f', place: Place): HistoryEntry | undefined {
  const other = gender === 'm' ? 'f' : 'm';
  const window = context.history.slice(-40);
  return window.findLast(
    (entry) =>
      entry.speaker.kind === 'descriptive' &&
      (entry.speaker.name ?? '').split(/\s+/).some((word) => personNouns.has(word.toLowerCase())) &&
      entry.paragraph >= place.paragraph - 2 &&
      isBefore({ paragraph: entry.paragraph, token: entry.token }, place) &&
      !(entry.speaker.name ?? '').split(/\s+/).some((word) => genderedTitles.get(word.toLowerCase()) === other),
  );
}

/** True for a word that governs a following noun as its object (`after`, `with`, `attacked`). */
function governsObject(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  if (token.tag === 'ADP') return true;
  return (token.tag === 'VERB' || token.tag === 'AUX') && !invertibleVerbs.has(token.lower);
}

/**
 * True when a mention stands where a clause's subject stands: not after a preposition or a verb
 * that takes it as object (`went after Bush`), and not a possessive (`Trump's manager`). A name
 * after a verb of saying (`said Smith`) is the subject of the inverted clause.
 */
export function isSubjectPosition(context: SpeakerContext, mention: Mention): boolean {
  const tokens = context.article.paragraphs[mention.paragraph]?.tokens ?? [];
  if (/['\u2019]s?$/u.test(tokens[mention.endToken - 1]?.text ?? '')) return false;
  return !governsObject(tokens[mention.startToken - 1]);
}

/** The nearest fitting mention, in subject position when any fitting one is, with the others that fit in its sentence. */
function nearestFitting(context: SpeakerContext, gender: 'm' | 'f', place: Place): { first: Mention; fitting: Mention[] } | undefined {
  for (const group of candidateGroups(context, place)) {
    const fitting = group.filter((mention) => fits(context, mention, gender));
    if (fitting.length === 0) continue;
    return { first: fitting[0] as Mention, fitting };
  }
  return undefined;
}

/**
 * True when a pronoun stands for the last speaker rather than the nearest fitting mention: nobody
 * else who fits is named after that speaker's words, or the one named is that speaker, or is named
 * in an earlier sentence only as an object or possessive (a person named in the pronoun's own
 * sentence, `his sister pleaded with him, but he replied`, binds the pronoun).
 */
function keepsLastSpeaker(context: SpeakerContext, last: HistoryEntry, nearest: Mention | undefined, place: Place, gender: 'm' | 'f'): boolean {
  if (!nearest || nearest.entity === last.speaker.entity) return true;
  if (isBefore(mentionPlace(nearest), { paragraph: last.paragraph, token: last.token })) return true;
  const model = context.article.paragraphs[place.paragraph];
  const isSameSentence = nearest.paragraph === place.paragraph && model !== undefined && sentenceOf(model.sentences, nearest.startToken) === sentenceOf(model.sentences, place.token);
  if (!isSameSentence && followsSamePronoun(context, nearest, gender)) return true;
  return !isSameSentence && !isSubjectPosition(context, nearest);
}

/**
 * True when a pronoun of the same gender comes before a mention in the mention's sentence (`He
 * went to the rally, though he may vote for Jane Roe`): that sentence is still about the person
 * the pronoun stands for, so the mention does not take over as the topic.
 */
function followsSamePronoun(context: SpeakerContext, mention: Mention, gender: 'm' | 'f'): boolean {
  const model = context.article.paragraphs[mention.paragraph];
  if (!model) return false;
  const sentence = model.sentences[sentenceOf(model.sentences, mention.startToken)];
  if (!sentence) return false;
  for (let index = sentence.start; index < mention.startToken; index += 1) {
    if (model.tokens[index]?.lower === subjectPronouns[gender]) return true;
  }
  return false;
}

/**
 * `he` or `she`: the nearest person who fits, nearest sentence first; but
 * the last speaker when that person is who the nearest subject is, or no one who fits has been
 * named as a subject since. When the chosen person's gender is unknown while someone of the
 * pronoun's gender is mentioned within reach, the choice is flagged as ambiguous for the editor
 * rather than made silently.
 */
export function resolvePersonalPronoun(context: SpeakerContext, gender: 'm' | 'f', place: Place): { speaker: Speaker; isAmbiguous: boolean } {
  const described = describedPerson(context, gender, place);
  const nearest = nearestFitting(context, gender, place);
  const lastPerson = lastPersonSpeaker(context, place);
  // Against the given-name table only when every fitting mention of the nearest sentence comes before the speaker's words: the latest one decides.
  const latest = nearest?.fitting[nearest.fitting.length - 1];
  const last = fittingSpeaker(lastPerson, gender) ?? lastSpeakerAgainstGuess(context, gender, place, lastPerson, latest);
  if (last?.speaker.entity && keepsLastSpeaker(context, last, nearest?.first, place, gender)) {
    const entity = last.speaker.entity;
    // A speaker kept against the given-name table's guess is always flagged: someone of the pronoun's gender is in reach.
    if (entity.gender !== null && entity.gender !== gender) return { speaker: last.speaker, isAmbiguous: true };
    return { speaker: last.speaker, isAmbiguous: entity.gender === null && hasKnownFurther(context, place, gender, entity) };
  }
  const namesake = last ? undefined : namesakeOfLastSpeaker(context, gender, lastPerson);
  if (namesake && (!nearest || isBefore(mentionPlace(nearest.first), { paragraph: namesake.paragraph, token: namesake.token }))) {
    return { speaker: namesake.speaker, isAmbiguous: false };
  }
  if (!nearest) return { speaker: described?.speaker ?? noSpeaker, isAmbiguous: false };
  const { first, fitting } = nearest;
  if (described && isBefore(mentionPlace(first), { paragraph: described.paragraph, token: described.token })) {
    return { speaker: described.speaker, isAmbiguous: false };
  }
  const distinct = new Set(fitting.map((mention) => mention.entity));
  const isClash = first.entity.gender === null && hasKnownFurther(context, place, gender, first.entity);
  const isAmbiguous = isClash || (distinct.size > 1 && lastSpeakerEntity(context) !== first.entity);
  return { speaker: entitySpeaker(first.entity), isAmbiguous };
}

/** True when a person of the given gender is mentioned within the pronoun's look-back window. */
function hasKnownFurther(context: SpeakerContext, place: Place, gender: 'm' | 'f', other: Entity): boolean {
  for (const group of candidateGroups(context, place)) {
    if (group.some((mention) => mention.entity !== other && mention.entity.gender === gender && fits(context, mention, gender))) return true;
  }
  return false;
}

