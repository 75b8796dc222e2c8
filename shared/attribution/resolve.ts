/**
 * Name canonicalisation: a surname, a first name, a misspelt surname, an acronym or a short
 * organisation name resolves to the entity the article introduces in full.
 */
import type { ArticleModel } from './article';
import { isLoneOrganisationName } from './loneNames';
import { parseRun } from './names';
import { findPersonByWord, peopleIndex } from './personLookup';
import { endsWith, mergeEntity, moveMentions, nameKey, type Entity, type Registry, type RegistryChange } from './registry';

/** Where in the article a reference sits: paragraph and token index. */
export interface Place {
  paragraph: number;
  token: number;
}

/** Merges single-word people (`Ms Bauchtman`, `Professor Eastman`) into the full name they refer to. */
export function mergeSingleWordPeople(registry: Registry): void {
  const singles = registry.entities.filter((entity) => entity.kind === 'person' && entity.words.length === 1);
  const moved = new Map<Entity, Entity>();
  for (const single of singles) {
    const full = findPersonByWord(registry, single.words[0] as string, { paragraph: 0, token: 0 }, true);
    if (full && full !== single) mergeEntity(registry, single, full, moved);
    else if (isLoneOrganisationName(single)) setKind(registry, single, 'organisation');
  }
  moveMentions(registry, moved);
}

function create(registry: Registry, kind: Entity['kind'], words: string[], title: string): Entity {
  registry.changes.push({ type: 'create', kind, words, title });
  const entity: Entity = { id: registry.entities.length, kind, words, title, gender: null, sourceId: null, descriptors: [] };
  registry.entities.push(entity);
  registry.byKey.set(nameKey(words), entity);
  return entity;
}

/** Makes a logged registry change again, on a registry equal to the one it was first made on. */
export function replayChange(registry: Registry, change: RegistryChange): void {
  if (change.type === 'create') create(registry, change.kind, change.words, change.title);
  else setKind(registry, registry.entities[change.id] as Entity, change.kind);
}

/** Changes an entity's kind, logging the change. */
export function setKind(registry: Registry, entity: Entity, kind: Entity['kind']): void {
  if (entity.kind === kind) return;
  registry.changes.push({ type: 'kind', id: entity.id, kind });
  entity.kind = kind;
}

/** The person a name refers to, creating an entity when the article never gives a fuller form. */
export function resolvePerson(registry: Registry, words: string[], title: string, place: Place): Entity {
  if (words.length === 1) {
    const found = findPersonByWord(registry, words[0] as string, place, title !== '');
    if (found) return found;
  }
  const exact = registry.byKey.get(nameKey(words));
  if (exact?.kind === 'person') return exact;
  if (words.length > 1) {
    const longer = peopleIndex(registry).people.filter((entity) => endsWith(entity.words, words));
    if (longer.length > 0) return longer.reduce((a, b) => (b.words.length > a.words.length ? b : a));
  }
  return create(registry, 'person', words, title);
}

/** The organisation a name refers to: by acronym, exact name, or as the tail of a longer name. */
export function resolveOrganisation(registry: Registry, words: string[]): Entity {
  const key = nameKey(words);
  const acronym = registry.acronyms.get(key);
  if (acronym) return acronym;
  const exact = registry.byKey.get(key);
  if (exact) return exact;
  const stripped = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words;
  const longer = registry.entities.filter((entity) => entity.kind === 'organisation' && endsWith(entity.words, stripped) && entity.words.length > stripped.length);
  if (longer.length > 0) return longer.reduce((a, b) => (b.words.length > a.words.length ? b : a));
  const single = stripped.length === 1 ? stripped[0]?.toLowerCase() : undefined;
  const headed = registry.entities.filter((entity) => entity.kind === 'organisation' && entity.words[0]?.toLowerCase() === single && entity.words[1] === 'of');
  if (headed.length === 1) return headed[0] as Entity;
  return create(registry, 'organisation', stripped, '');
}

/** Records single-word references (`Durbin said`) as mentions of the people they refer to, in document order. */
export function addSingleWordMentions(registry: Registry, article: ArticleModel): void {
  const added: Registry['mentions'] = [];
  for (const paragraph of article.paragraphs) {
    for (const run of paragraph.runs) {
      const parsed = parseRun(run);
      if (parsed.kind !== 'single') continue;
      const entity = findPersonByWord(registry, parsed.name[0] as string, { paragraph: paragraph.index, token: run.start });
      if (!entity) continue;
      const first = paragraph.tokens[run.start];
      const last = paragraph.tokens[run.end - 1];
      added.push({
        entity, paragraph: paragraph.index, startToken: run.start, endToken: run.end,
        start: first?.start ?? 0, end: last?.end ?? 0, isFull: false, isIdentified: false,
      });
    }
  }
  registry.mentions = mergeInOrder(registry.mentions, added);
}

type MentionList = Registry['mentions'];

function isBefore(a: MentionList[number], b: MentionList[number]): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.startToken < b.startToken);
}

function isInOrder(list: MentionList): boolean {
  for (let index = 1; index < list.length; index += 1) if (isBefore(list[index] as MentionList[number], list[index - 1] as MentionList[number])) return false;
  return true;
}

/**
 * Both lists in document order as one, as a stable sort of `first` followed by `second` would give
 * (on a tie `first` comes first), in one linear pass. Both lists are built in document order;
 * one that is not is a bug upstream, so it throws rather than being sorted quietly.
 */
function mergeInOrder(first: MentionList, second: MentionList): MentionList {
  if (!isInOrder(first) || !isInOrder(second)) throw new Error('mergeInOrder: mention lists must be in document order');
  const merged: MentionList = [];
  let at = 0;
  for (const mention of second) {
    while (at < first.length && !isBefore(mention, first[at] as MentionList[number])) merged.push(first[at++] as MentionList[number]);
    merged.push(mention);
  }
  while (at < first.length) merged.push(first[at++] as MentionList[number]);
  return merged;
}
