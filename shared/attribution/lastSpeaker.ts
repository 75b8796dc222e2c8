/**
 * The last person quoted, as a pronoun's referent: the latest person speaker in reach, kept
 * against the given-name table's guess at their gender when the article's own pronoun says so,
 * or their namesake of the pronoun's gender (`"…," Clinton said.` / `"…," she added.`).
 */
import { isCommunicationVerb } from './communication';
import { genderOfGivenName } from './givenNames';
import { genderedTitles } from './lexicon';
import { namesakesOf } from './personLookup';
import type { Entity, Mention } from './registry';
import type { Place } from './resolve';
import { sentenceOf } from './sentences';
import { entitySpeaker, firstAtOrAfter, type HistoryEntry, type SpeakerContext } from './speakerContext';

/** True when place `a` comes before place `b` in the article. */
export function isBefore(a: Place, b: Place): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.token < b.token);
}

/** Where a mention starts, as a place. */
export function mentionPlace(mention: Mention): Place {
  return { paragraph: mention.paragraph, token: mention.startToken };
}

/** The subject pronoun of each gender. */
export const subjectPronouns = { m: 'he', f: 'she' } as const;

/** Most attributions a pronoun looks back over for the last speaker, so its search stays bounded in a very long paragraph. */
const maxHistoryBack = 40;

/** The latest person who spoke before a place and within reach (this or the previous paragraph). */
export function lastPersonSpeaker(context: SpeakerContext, place: Place): HistoryEntry | undefined {
  const floor = Math.max(0, context.history.length - maxHistoryBack);
  for (let index = context.history.length - 1; index >= floor; index -= 1) {
    const entry = context.history[index] as HistoryEntry;
    if (entry.paragraph < place.paragraph - 1) return undefined;
    if (isBefore({ paragraph: entry.paragraph, token: entry.token }, place) && entry.speaker.entity?.kind === 'person') return entry;
  }
  return undefined;
}

/** The last person speaker in reach (`lastPersonSpeaker`), when a pronoun of this gender can stand for them. */
export function fittingSpeaker(entry: HistoryEntry | undefined, gender: 'm' | 'f'): HistoryEntry | undefined {
  const entity = entry?.speaker.entity;
  return entity && (entity.gender === null || entity.gender === gender) ? entry : undefined;
}

/**
 * The last speaker, when the pronoun contradicts only the given-name table's guess at their
 * gender and the one person in reach who fits was named before that speaker's words (`Robin Hale`
 * spoke, then `he continued`, with `Tom Pell` named further back), or nobody in reach fits and the
 * article already called that speaker by this pronoun where they spoke (`Sidney Hale said he …`).
 * The writer goes on with the speaker just quoted; reaching back past them for a man named
 * earlier, or giving the words to nobody, is the less likely reading.
 */
export function lastSpeakerAgainstGuess(context: SpeakerContext, gender: 'm' | 'f', place: Place, entry: HistoryEntry | undefined, nearest: Mention | undefined): HistoryEntry | undefined {
  const entity = entry?.speaker.entity;
  if (!entry || !entity) return undefined;
  if (nearest ? !isBefore(mentionPlace(nearest), { paragraph: entry.paragraph, token: entry.token }) : !isCalledByPronoun(context, entry, gender)) return undefined;
  return isGuessedGender(entity) && speaksAfter(context, place) && !hasNamesakeOf(context, entity, gender) ? entry : undefined;
}

/**
 * True when the sentence of one of a speaker's recent attributions uses the pronoun outside its
 * quotes (`Sidney Hale said that he …`, `He continued, "…"`): the article's own word for them.
 */
function isCalledByPronoun(context: SpeakerContext, entry: HistoryEntry, gender: 'm' | 'f'): boolean {
  const floor = Math.max(0, context.history.length - maxHistoryBack);
  for (let index = context.history.length - 1; index >= floor; index -= 1) {
    const earlier = context.history[index] as HistoryEntry;
    if (earlier.speaker.entity === entry.speaker.entity && sentenceHasWord(context, earlier, subjectPronouns[gender])) return true;
  }
  return false;
}

function sentenceHasWord(context: SpeakerContext, place: HistoryEntry, word: string): boolean {
  const model = context.article.paragraphs[place.paragraph];
  const sentence = model?.sentences[sentenceOf(model.sentences, place.token)];
  if (!model || !sentence) return false;
  for (let index = sentence.start; index < sentence.end; index += 1) {
    if (model.tokens[index]?.lower === word) return true;
  }
  return false;
}

/**
 * True when a person's gender is only the usual gender of their given name (`Lindsey`, `Robin`,
 * `Kim` are given to both), not stated by a title such as `Mr.` or `Mrs.`: the article's own
 * pronoun may overrule it.
 */
function isGuessedGender(entity: Entity): boolean {
  const title = entity.title.split(' ').pop()?.replace('.', '').toLowerCase() ?? '';
  return entity.words.length > 1 && !genderedTitles.has(title) && genderOfGivenName(entity.words[0] as string) === entity.gender;
}

/** Verbs by which a speaker goes on with the words just quoted, beyond the verbs of saying. */
const continuingVerbs = new Set(['continued', 'continues', 'went']);

/** True when the pronoun is the subject of a verb of saying right after it (`He continued, "…"`, `"…," she wrote`). */
function speaksAfter(context: SpeakerContext, place: Place): boolean {
  const next = context.article.paragraphs[place.paragraph]?.tokens[place.token + 1];
  return next?.kind === 'word' && (isCommunicationVerb(next.lower) || continuingVerbs.has(next.lower));
}

/** True when someone of the pronoun's gender shares the person's surname (`Bill` and `Hillary Clinton`): then the namesake is meant. */
function hasNamesakeOf(context: SpeakerContext, entity: Entity, gender: 'm' | 'f'): boolean {
  return namesakesOf(context.registry, entity).some((other) => other.gender === gender);
}

/**
 * The namesake a pronoun points to when the last speaker in reach is of the other gender: `"…,"
 * Clinton said.` / `"…," she added.` names the one person of the pronoun's gender who shares that
 * speaker's surname, when the surname alone named them (the article's couples and relatives).
 */
export function namesakeOfLastSpeaker(context: SpeakerContext, gender: 'm' | 'f', entry: HistoryEntry | undefined): HistoryEntry | undefined {
  const entity = entry?.speaker.entity;
  if (!entry || !entity || entity.gender === null || entity.gender === gender || !namedBySurnameOnly(context, entry)) return undefined;
  const fitting = namesakesOf(context.registry, entity).filter((other) => other.gender === gender);
  return fitting.length === 1 ? { ...entry, speaker: entitySpeaker(fitting[0] as Entity) } : undefined;
}

/** True when the mention of an entry's speaker nearest before its quote is the bare surname. */
function namedBySurnameOnly(context: SpeakerContext, entry: HistoryEntry): boolean {
  const mentions = context.mentionsByParagraph.get(entry.paragraph) ?? [];
  const end = firstAtOrAfter(mentions, entry.token + 15);
  for (let index = end - 1; index >= 0; index -= 1) {
    const mention = mentions[index] as Mention;
    if (mention.entity === entry.speaker.entity) return mention.endToken - mention.startToken === 1;
  }
  return false;
}
