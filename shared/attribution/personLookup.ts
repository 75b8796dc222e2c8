/**
 * People looked up by one word: the registry's people indexed by surname and first name, a
 * misspelt surname by edit distance, and namesakes told apart by who was mentioned last or first.
 */
import type { Place } from './resolve';
import { nameKey, type Entity, type Registry } from './registry';

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
function latestMentionBefore(registry: Registry, candidates: readonly Entity[], place: Place, isBare = false): Registry['mentions'][number] | undefined {
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
    if (wanted.has(mention.entity) && (!isBare || mention.endToken - mention.startToken === 1)) return mention;
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
  if (latest && latest.paragraph >= place.paragraph - 1) return surnameHolder(registry, candidates, latest) ?? latest.entity;
  const order = firstMentionOf(registry);
  return candidates.reduce((a, b) => ((order.get(b) ?? Infinity) < (order.get(a) ?? Infinity) ? b : a));
}

/**
 * The namesake a paragraph calls by the bare surname before it names another in full (`Lee, the
 * brother of actor Ron Lee, …`): the full name is given in passing, and the surname stays with
 * the person the paragraph is about.
 */
function surnameHolder(registry: Registry, candidates: readonly Entity[], latest: Registry['mentions'][number]): Entity | undefined {
  if (latest.endToken - latest.startToken === 1) return undefined;
  const bare = latestMentionBefore(registry, candidates.filter((entity) => entity !== latest.entity), { paragraph: latest.paragraph, token: latest.startToken }, true);
  return bare && bare.paragraph === latest.paragraph ? bare.entity : undefined;
}

/** The people of a registry with at least two name words, by surname and by first name. */
export interface PeopleIndex {
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
export function peopleIndex(registry: Registry): PeopleIndex {
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
