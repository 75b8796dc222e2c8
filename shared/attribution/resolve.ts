/**
 * Name canonicalisation: a surname, a first name, a misspelt surname, an acronym or a short
 * organisation name resolves to the entity the article introduces in full.
 */
import type { ArticleModel } from './article';
import { isLoneOrganisationName } from './loneNames';
import { parseRun } from './names';
import { endsWith, mergeEntity, moveMentions, nameKey, type Entity, type Registry, type RegistryChange } from './registry';

/** Where in the article a reference sits: paragraph and token index. */
export interface Place {
  paragraph: number;
  token: number;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The candidate mentioned last before a place (mentions are in document order), else the first candidate. */
function latestBefore(registry: Registry, candidates: readonly Entity[], place: Place): Entity | undefined {
  return latestMentionBefore(registry, candidates, place)?.entity ?? candidates[0];
}

/** The last mention of any candidate before a place, if any. */
function latestMentionBefore(registry: Registry, candidates: readonly Entity[], place: Place): Registry['mentions'][number] | undefined {
  let low = 0;
  let high = registry.mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const mention = registry.mentions[middle] as Registry['mentions'][number];
    if (mention.paragraph < place.paragraph || (mention.paragraph === place.paragraph && mention.startToken < place.token)) low = middle + 1;
    else high = middle;
  }
  const wanted = new Set(candidates);
  for (let index = low - 1; index >= 0; index -= 1) {
    const mention = registry.mentions[index] as Registry['mentions'][number];
    if (wanted.has(mention.entity)) return mention;
  }
  return undefined;
}

/** Where each entity is first mentioned, per mention list (a list is only ever appended to, so its length tells a stale entry). */
const firstMentions = new WeakMap<Registry['mentions'], { count: number; first: Map<Entity, number> }>();

function firstMentionOf(registry: Registry): Map<Entity, number> {
  let cached = firstMentions.get(registry.mentions);
  if (!cached || cached.count !== registry.mentions.length) {
    const first = new Map<Entity, number>();
    registry.mentions.forEach((mention, index) => {
      if (!first.has(mention.entity)) first.set(mention.entity, index);
    });
    cached = { count: registry.mentions.length, first };
    firstMentions.set(registry.mentions, cached);
  }
  return cached.first;
}

/**
 * Of the people who share a surname, the one a bare surname names: one named in this or the
 * previous paragraph (the nearest), else the one the article names first, since news style gives
 * the others their first name (`Eric Vole`, the senator's son) and a bare surname to its principal.
 */
function principalOf(registry: Registry, candidates: readonly Entity[], place: Place): Entity | undefined {
  const latest = latestMentionBefore(registry, candidates, place);
  if (latest && latest.paragraph >= place.paragraph - 1) return latest.entity;
  const order = firstMentionOf(registry);
  return candidates.reduce((a, b) => ((order.get(b) ?? Infinity) < (order.get(a) ?? Infinity) ? b : a));
}

interface PeopleIndex {
  size: number;
  people: Entity[];
  bySurname: Map<string, Entity[]>;
  byFirst: Map<string, Entity[]>;
  nearCache: Map<string, Entity | undefined>;
}

const indexes = new WeakMap<Registry, PeopleIndex>();

function push(map: Map<string, Entity[]>, key: string, entity: Entity): void {
  const list = map.get(key);
  if (list) list.push(entity);
  else map.set(key, [entity]);
}

/** People with at least two name words, indexed by surname and first name; rebuilt when entities are added. */
function peopleIndex(registry: Registry): PeopleIndex {
  const cached = indexes.get(registry);
  if (cached && cached.size === registry.entities.length) return cached;
  const index: PeopleIndex = { size: registry.entities.length, people: [], bySurname: new Map(), byFirst: new Map(), nearCache: new Map() };
  for (const entity of registry.entities) {
    if (entity.kind !== 'person' || entity.words.length < 2 || registry.byKey.get(nameKey(entity.words)) !== entity) continue;
    index.people.push(entity);
    push(index.bySurname, (entity.words[entity.words.length - 1] as string).toLowerCase(), entity);
    push(index.byFirst, (entity.words[0] as string).toLowerCase(), entity);
  }
  indexes.set(registry, index);
  return index;
}

/** Forgets a registry's people index, for a registry put back to an earlier state (see `registryMemory.ts`). */
export function forgetPeopleIndex(registry: Registry): void {
  indexes.delete(registry);
}

function nearSpelling(index: PeopleIndex, lower: string): Entity | undefined {
  if (index.nearCache.has(lower)) return index.nearCache.get(lower);
  const allowed = lower.length >= 8 ? 2 : 1;
  const near = lower.length < 5 ? [] : index.people.filter((entity) => {
    const surname = entity.words[entity.words.length - 1]?.toLowerCase() ?? '';
    return surname[0] === lower[0] && Math.abs(surname.length - lower.length) <= allowed && editDistance(surname, lower) <= allowed;
  });
  const found = near.length === 1 ? near[0] : undefined;
  index.nearCache.set(lower, found);
  return found;
}

/** The other people of the article who share a person's surname (`Bill Clinton` → `Hillary Clinton`). */
export function namesakesOf(registry: Registry, person: Entity): Entity[] {
  const surname = person.words[person.words.length - 1]?.toLowerCase() ?? '';
  return (peopleIndex(registry).bySurname.get(surname) ?? []).filter((entity) => entity !== person);
}

/**
 * Finds, without creating, the person a single word refers to: surname, then (unless it follows
 * a title) first name, then a near spelling of a surname.
 */
export function findPersonByWord(registry: Registry, word: string, place: Place, isTitled = false): Entity | undefined {
  const lower = word.toLowerCase();
  const index = peopleIndex(registry);
  const bySurname = index.bySurname.get(lower) ?? [];
  if (bySurname.length === 1) return bySurname[0];
  if (bySurname.length > 1) return isTitled ? latestBefore(registry, bySurname, place) : principalOf(registry, bySurname, place);
  const byFirst = index.byFirst.get(lower) ?? [];
  if (byFirst.length === 1 && !isTitled) return byFirst[0];
  return nearSpelling(index, lower);
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
