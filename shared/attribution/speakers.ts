/**
 * From a speaker phrase to a speaker: names through the registry, descriptions as written,
 * pronouns to the nearest person (or organisation) they can refer to.
 */
import type { SpeakerRef } from './phrases';
import type { Entity, Mention } from './registry';
import { findPersonByWord, namesakesOf } from './personLookup';
import { resolveOrganisation, resolvePerson, setKind, type Place } from './resolve';
import { sentenceOf } from './sentences';
import { stripPossessive } from './tokens';
import { documentNouns } from './lexicon';
import { isLoneOrganisationName } from './loneNames';
import { resolvePersonalPronoun } from './pronouns';
import { tellerOfPronoun } from './tellerPronouns';
import { entitySpeaker, firstAtOrAfter, noSpeaker, type HistoryEntry, type SpeakerContext, type Speaker } from './speakerContext';

export { entitySpeaker, noSpeaker, remember, type HistoryEntry, type Speaker, type SpeakerContext } from './speakerContext';

function nameSpeaker(context: SpeakerContext, ref: Extract<SpeakerRef, { type: 'name' }>, place: Place): Speaker {
  const { parsed } = ref;
  if (parsed.kind === 'organisation') return entitySpeaker(resolveOrganisation(context.registry, parsed.name));
  if (parsed.kind === 'single' || parsed.title.length === 0) {
    const key = parsed.name.join(' ').toLowerCase();
    const known = context.registry.acronyms.get(key) ?? context.registry.byKey.get(key);
    // A name the article introduced with a noun for a body (`Harbor Mobil, the oil company,`) stays an organisation.
    if (known?.kind === 'organisation' && (parsed.kind === 'single' || known.descriptors.length > 0)) return entitySpeaker(known);
  }
  const resolved = resolvePerson(context.registry, parsed.name, parsed.title.join(' '), place);
  const person = parsed.name.length === 1 ? namesakeByPronoun(context, resolved, ref.end, place) : resolved;
  if (isLoneOrganisationName(person)) setKind(context.registry, person, 'organisation');
  const speaker = entitySpeaker(person);
  return parsed.title.length > 0 && !person.title ? { ...speaker, title: parsed.title.join(' ') } : speaker;
}

const pronounGenders: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'], ['his', 'm'], ['him', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);

/**
 * The person a bare surname names when the article has namesakes of both genders (`Fiorina
 * routinely calls herself …`, `Roe wrote, she began …`): the first gendered pronoun later in the
 * same sentence, before any other name, picks the one namesake of its gender.
 */
function namesakeByPronoun(context: SpeakerContext, person: Entity, after: number, place: Place): Entity {
  if (person.kind !== 'person') return person;
  const paragraph = context.article.paragraphs[place.paragraph];
  if (!paragraph) return person;
  const sentence = paragraph.sentences[sentenceOf(paragraph.sentences, place.token)];
  const end = Math.min(sentence?.end ?? paragraph.tokens.length, after + 30);
  for (let index = after; index < end; index += 1) {
    const token = paragraph.tokens[index];
    if (token?.kind === 'quote' || (token?.isUpper && token.tag === 'PROPN')) return person;
    const gender = token?.kind === 'word' ? pronounGenders.get(token.lower) : undefined;
    if (!gender) continue;
    if (person.gender === gender || person.gender === null) return person;
    const fitting = namesakesOf(context.registry, person).filter((other) => other.gender === gender);
    return fitting.length === 1 ? (fitting[0] as Entity) : person;
  }
  return person;
}

/** Resolves a speaker phrase; `isAmbiguous` is set for a pronoun with more than one fitting referent. */
export function resolveSpeaker(context: SpeakerContext, ref: SpeakerRef, place: Place): { speaker: Speaker; isAmbiguous: boolean } {
  if (ref.type === 'name') return { speaker: nameSpeaker(context, ref, place), isAmbiguous: false };
  if (ref.type === 'description') {
    const principal = principalOf(context, ref, place);
    if (principal) return { speaker: entitySpeaker(principal), isAmbiguous: false };
    const named = (ref.isOrganisation ? namedOrganisation(context, ref.text, place) : undefined) ?? issuingOrganisation(context, ref.text, place);
    if (named) return { speaker: entitySpeaker(named), isAmbiguous: false };
    return { speaker: { name: ref.text, kind: ref.isOrganisation ? 'organisation' : 'descriptive', title: '', entity: null }, isAmbiguous: false };
  }
  if (ref.word === 'he' || ref.word === 'she') {
    const gender = ref.word === 'he' ? 'm' : 'f';
    return tellerOfPronoun(context, gender, place, resolveSpeaker) ?? resolvePersonalPronoun(context, gender, place);
  }
  if (ref.word === 'it' || ref.word === 'they') return { speaker: resolveGroupPronoun(context, ref.word, place), isAmbiguous: false };
  return { speaker: noSpeaker, isAmbiguous: false };
}

/** Heads whose words belong to the person who owns them: `Powell's office`, `Roe's campaign`, `Roe's memoir`. */
const principalHeads: ReadonlySet<string> = new Set(['office', 'campaign', 'memoir', 'book', 'autobiography', 'column', ...documentNouns]);

/**
 * The person a person's office, campaign or document speaks for (`Gowdy's office said`, `Roe's
 * statement read`): a named person who owns the phrase's head directly. A person who works for
 * them (`Roe's spokesman`, `Roe's lawyers`) is a speaker of their own.
 */
function principalOf(context: SpeakerContext, ref: Extract<SpeakerRef, { type: 'description' }>, place: Place): Entity | undefined {
  const tokens = context.article.paragraphs[place.paragraph]?.tokens;
  const head = tokens?.[ref.end - 1];
  const owner = tokens?.[ref.end - 2];
  if (!tokens || !head || !owner || !principalHeads.has(head.lower) || !owner.isUpper || !/['\u2019]s?$/u.test(owner.text)) return undefined;
  const surname = stripPossessive(owner.text);
  const person = findPersonByWord(context.registry, surname, place);
  return person?.kind === 'person' && person.words[person.words.length - 1] === surname ? person : undefined;
}

const organisationSynonyms: ReadonlyMap<string, readonly string[]> = new Map([
  ['company', ['company', 'corporation', 'corp', 'inc', 'ltd', 'co', 'llc', 'group', 'holdings']],
  ['firm', ['company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'group', 'partners']],
  ['city', ['city', 'municipality']],
  ['municipality', ['municipality', 'city']],
  ['newspaper', ['times', 'post', 'herald', 'gazette', 'journal', 'tribune', 'news', 'chronicle']],
  ['paper', ['times', 'post', 'herald', 'gazette', 'journal', 'tribune', 'news', 'chronicle']],
]);

/** Most mentions walked back over when looking for the organisation a description refers to. */
const maxMentionsBack = 60;

/** The latest mention of a paragraph before a place that passes `test`, looking back over a bounded number of mentions. */
function lastMentionBefore(context: SpeakerContext, paragraph: number, place: Place, test: (mention: Mention) => boolean): Mention | undefined {
  const mentions = context.mentionsByParagraph.get(paragraph) ?? [];
  const end = paragraph < place.paragraph ? mentions.length : firstAtOrAfter(mentions, place.token);
  for (let index = end - 1; index >= Math.max(0, end - maxMentionsBack); index -= 1) {
    const mention = mentions[index] as Mention;
    if (test(mention)) return mention;
  }
  return undefined;
}

const definiteDescription = /^the (?:[\p{Ll}-]+ )?(\p{Ll}+)$/u;

function matchesHead(entity: Entity, head: string, names: readonly string[]): boolean {
  return entity.kind === 'organisation' && (entity.words.some((word) => names.includes(word.toLowerCase())) || entity.descriptors.includes(head));
}

/**
 * The named organisation a definite description (`the company`, `the city`) refers back to: the
 * latest fitting one in the last few paragraphs, else the only fitting one in the article.
 */
function namedOrganisation(context: SpeakerContext, text: string, place: Place): Entity | undefined {
  const head = definiteDescription.exec(text)?.[1];
  if (!head) return undefined;
  const names = organisationSynonyms.get(head) ?? [head];
  for (let paragraph = place.paragraph; paragraph >= Math.max(0, place.paragraph - 8); paragraph -= 1) {
    const found = lastMentionBefore(context, paragraph, place, (mention) => matchesHead(mention.entity, head, names));
    if (found) return found.entity;
  }
  // A description refers back: an organisation the article names only later is not a candidate.
  const fitting = context.registry.entities.filter((entity) => matchesHead(entity, head, names) && isNamedBefore(context, entity, place));
  return fitting.length === 1 ? fitting[0] : undefined;
}

function isNamedBefore(context: SpeakerContext, entity: Entity, place: Place): boolean {
  return context.registry.mentions.some(
    (mention) => mention.entity === entity && (mention.paragraph < place.paragraph || (mention.paragraph === place.paragraph && mention.startToken < place.token)),
  );
}

const bareDocument = /^(?:the|a|an|this|that|its)(?: [\p{Ll}-]+)* (\p{Ll}+)$/u;

/** Most words between an organisation and the document it is said to issue (`Fox News said in a statement`). */
const maxIssueGap = 8;

/**
 * True when the text says an organisation mention issued a document of this head: the head noun
 * follows it closely in the same sentence (`the museum issued a statement`, `Fox News said in a
 * statement`), or comes just before it with `from`/`by` (`a statement from the council`).
 */
function isIssuerOf(context: SpeakerContext, mention: Mention, head: string): boolean {
  const paragraph = context.article.paragraphs[mention.paragraph];
  if (!paragraph) return false;
  const sentence = paragraph.sentences[sentenceOf(paragraph.sentences, mention.startToken)];
  const last = Math.min(sentence?.end ?? paragraph.tokens.length, mention.endToken + maxIssueGap);
  for (let index = mention.endToken; index < last; index += 1) {
    const token = paragraph.tokens[index];
    if (token?.kind === 'quote') break;
    if (token?.lower === head) return true;
  }
  const link = paragraph.tokens[mention.startToken - 1]?.lower === 'the' ? mention.startToken - 2 : mention.startToken - 1;
  return (paragraph.tokens[link]?.lower === 'from' || paragraph.tokens[link]?.lower === 'by') && paragraph.tokens[link - 1]?.lower === head;
}

/**
 * The organisation that issued a bare document (`the statement read`): the last one in this or
 * the two paragraphs before that the text says issued a document of that kind (`Fox News said in
 * a statement`). Without such words the document stays the speaker, as written: the last
 * organisation named is too often only the subject of the document.
 */
function issuingOrganisation(context: SpeakerContext, text: string, place: Place): Entity | undefined {
  const head = bareDocument.exec(text)?.[1];
  if (!head || !documentNouns.has(head)) return undefined;
  for (let paragraph = place.paragraph; paragraph >= Math.max(0, place.paragraph - 2); paragraph -= 1) {
    const found = lastMentionBefore(context, paragraph, place, (mention) => mention.entity.kind === 'organisation' && isIssuerOf(context, mention, head));
    if (found) return resolveOrganisation(context.registry, found.entity.words);
  }
  return undefined;
}

function resolveGroupPronoun(context: SpeakerContext, word: 'it' | 'they', place: Place): Speaker {
  for (let index = context.history.length - 1; index >= 0; index -= 1) {
    const entry = context.history[index] as HistoryEntry;
    if (entry.paragraph < place.paragraph - 2) break;
    const { kind } = entry.speaker;
    if (kind === 'organisation' || (word === 'they' && kind === 'descriptive')) return entry.speaker;
  }
  return noSpeaker;
}
