/**
 * From a speaker phrase to a speaker: names through the registry, descriptions as written,
 * pronouns to the nearest person (or organisation) they can refer to.
 */
import type { ArticleModel } from './article';
import type { SpeakerRef } from './phrases';
import { entityName, type Entity, type Mention, type Registry } from './registry';
import { resolveOrganisation, resolvePerson, type Place } from './resolve';
import { documentNouns, genderedTitles, personNouns } from './lexicon';
import { sentenceOf } from './sentences';
import type { SpeakerKind } from './types';

/** A resolved speaker. */
export interface Speaker {
  name: string | null;
  kind: SpeakerKind;
  title: string;
  entity: Entity | null;
}

/** One attribution seen so far (a quote's speaker or a sentence's `X said`), in document order. */
export interface HistoryEntry {
  paragraph: number;
  token: number;
  speaker: Speaker;
}

/** Everything speaker resolution reads. */
export interface SpeakerContext {
  article: ArticleModel;
  registry: Registry;
  history: HistoryEntry[];
  mentionsByParagraph: Map<number, Mention[]>;
  mentionCounts: Map<Entity, number>;
  /** Entities that have spoken so far (the speakers in `history`). */
  speakers: Set<Entity>;
}

/** Records an attribution so later pronouns and carried quotes can refer back to it. */
export function remember(context: SpeakerContext, entry: HistoryEntry): void {
  context.history.push(entry);
  if (entry.speaker.entity) context.speakers.add(entry.speaker.entity);
}

/** The empty speaker. */
export const noSpeaker: Speaker = { name: null, kind: 'none', title: '', entity: null };

/** A speaker for an entity. */
export function entitySpeaker(entity: Entity): Speaker {
  return { name: entityName(entity), kind: entity.kind === 'person' ? 'named' : 'organisation', title: entity.title, entity };
}

function nameSpeaker(context: SpeakerContext, ref: Extract<SpeakerRef, { type: 'name' }>, place: Place): Speaker {
  const { parsed } = ref;
  if (parsed.kind === 'organisation') return entitySpeaker(resolveOrganisation(context.registry, parsed.name));
  if (parsed.kind === 'single') {
    const key = parsed.name.join(' ').toLowerCase();
    const known = context.registry.acronyms.get(key) ?? context.registry.byKey.get(key);
    if (known?.kind === 'organisation') return entitySpeaker(known);
  }
  const person = resolvePerson(context.registry, parsed.name, parsed.title.join(' '), place);
  const speaker = entitySpeaker(person);
  return parsed.title.length > 0 && !person.title ? { ...speaker, title: parsed.title.join(' ') } : speaker;
}

/** Resolves a speaker phrase; `isAmbiguous` is set for a pronoun with more than one fitting referent. */
export function resolveSpeaker(context: SpeakerContext, ref: SpeakerRef, place: Place): { speaker: Speaker; isAmbiguous: boolean } {
  if (ref.type === 'name') return { speaker: nameSpeaker(context, ref, place), isAmbiguous: false };
  if (ref.type === 'description') {
    const named = (ref.isOrganisation ? namedOrganisation(context, ref.text, place) : undefined) ?? issuingOrganisation(context, ref.text, place);
    if (named) return { speaker: entitySpeaker(named), isAmbiguous: false };
    return { speaker: { name: ref.text, kind: ref.isOrganisation ? 'organisation' : 'descriptive', title: '', entity: null }, isAmbiguous: false };
  }
  if (ref.word === 'he' || ref.word === 'she') return resolvePersonalPronoun(context, ref.word === 'he' ? 'm' : 'f', place);
  if (ref.word === 'it' || ref.word === 'they') return { speaker: resolveGroupPronoun(context, ref.word, place), isAmbiguous: false };
  return { speaker: noSpeaker, isAmbiguous: false };
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
  const fitting = context.registry.entities.filter((entity) => matchesHead(entity, head, names));
  return fitting.length === 1 ? fitting[0] : undefined;
}

const bareDocument = /^(?:the|a|an|this|that|its)(?: [\p{Ll}-]+)* (\p{Ll}+)$/u;

/** The organisation that issued a bare document (`the statement read`): the last one named in this or the two paragraphs before. */
function issuingOrganisation(context: SpeakerContext, text: string, place: Place): Entity | undefined {
  const head = bareDocument.exec(text)?.[1];
  if (!head || !documentNouns.has(head)) return undefined;
  for (let paragraph = place.paragraph; paragraph >= Math.max(0, place.paragraph - 2); paragraph -= 1) {
    const found = lastMentionBefore(context, paragraph, place, (mention) => mention.entity.kind === 'organisation');
    if (found) return resolveOrganisation(context.registry, found.entity.words);
  }
  return undefined;
}

function isConfirmedPerson(context: SpeakerContext, mention: Mention): boolean {
  const { entity } = mention;
  if (entity.title !== '' || entity.gender !== null || mention.isIdentified) return true;
  return (context.mentionCounts.get(entity) ?? 0) >= 2 || context.speakers.has(entity);
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
  return entity.kind === 'person' && (entity.gender === null || entity.gender === gender) && isConfirmedPerson(context, mention) && !isModifier(context, mention);
}

/** Most sentences a pronoun looks back over for its referent. */
const maxSentencesBack = 12;

/** Index of the first mention at or after `token` (mentions of a paragraph are in token order). */
function firstAtOrAfter(mentions: readonly Mention[], token: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle] as Mention).startToken < token) low = middle + 1;
    else high = middle;
  }
  return low;
}

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

function isBefore(a: Place, b: Place): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.token < b.token);
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

/**
 * `he` or `she`: the nearest person who fits, nearest sentence first. When that person's gender
 * is unknown while someone of the pronoun's gender is mentioned within reach, the choice is
 * flagged as ambiguous for the editor rather than made silently.
 */
function resolvePersonalPronoun(context: SpeakerContext, gender: 'm' | 'f', place: Place): { speaker: Speaker; isAmbiguous: boolean } {
  const described = describedPerson(context, gender, place);
  for (const group of candidateGroups(context, place)) {
    const fitting = group.filter((mention) => fits(context, mention, gender));
    const first = fitting[0];
    if (!first) continue;
    if (described && isBefore({ paragraph: first.paragraph, token: first.startToken }, { paragraph: described.paragraph, token: described.token })) {
      return { speaker: described.speaker, isAmbiguous: false };
    }
    const distinct = new Set(fitting.map((mention) => mention.entity));
    const isClash = first.entity.gender === null && hasKnownFurther(context, place, gender, first.entity);
    const isAmbiguous = isClash || (distinct.size > 1 && lastSpeakerEntity(context) !== first.entity);
    return { speaker: entitySpeaker(first.entity), isAmbiguous };
  }
  return { speaker: described?.speaker ?? noSpeaker, isAmbiguous: false };
}

/** True when a person of the given gender is mentioned within the pronoun's look-back window. */
function hasKnownFurther(context: SpeakerContext, place: Place, gender: 'm' | 'f', other: Entity): boolean {
  for (const group of candidateGroups(context, place)) {
    if (group.some((mention) => mention.entity !== other && mention.entity.gender === gender && fits(context, mention, gender))) return true;
  }
  return false;
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
