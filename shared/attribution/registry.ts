/**
 * The people and organisations an article names, each under the fullest form the article gives
 * (`Durbin` → `Dick Durbin`), with the title kept apart and the first reference remembered.
 */
import type { AnalyserSource } from './types';
import type { ArticleModel, ParagraphModel } from './article';
import { genderOfGivenName } from './givenNames';
import { genderedTitles, organisationNouns, roleNouns } from './lexicon';
import { hasNonPersonLead, parseName, parseRun, type NameRun } from './names';
import { trailingDescriptor } from './appositives';

/** A person or organisation of the article. */
export interface Entity {
  id: number;
  kind: 'person' | 'organisation';
  words: string[];
  title: string;
  gender: 'm' | 'f' | null;
  sourceId: string | null;
  /** Lower-case nouns the article introduced the entity with (`group` in `environmental group Ocean Watch`). */
  descriptors: string[];
}

/** Where a person or organisation is named in the body, for first-reference findings and reference search. */
export interface Mention {
  entity: Entity;
  paragraph: number;
  /** Token range of the run. */
  startToken: number;
  endToken: number;
  start: number;
  end: number;
  isFull: boolean;
  isIdentified: boolean;
}

/**
 * A change speaker resolution makes to the registry while the sieve runs (a person or
 * organisation the article never introduced, a one-word name read as an organisation), logged so
 * a resumed sieve can replay it on a freshly built registry (see `sieveRun.ts`).
 */
export type RegistryChange =
  | { type: 'create'; kind: Entity['kind']; words: string[]; title: string }
  | { type: 'kind'; id: number; kind: Entity['kind'] };

/** Every entity and person mention of an article. */
export interface Registry {
  entities: Entity[];
  byKey: Map<string, Entity>;
  acronyms: Map<string, Entity>;
  mentions: Mention[];
  /** Changes made after the registry was built, in order (see `RegistryChange`). */
  changes: RegistryChange[];
}

/** Lower-case lookup key of a word list. */
export function nameKey(words: readonly string[]): string {
  return words.join(' ').toLowerCase().replace(/^the /, '');
}

/** The display form of an entity: its fullest name. */
export function entityName(entity: Entity): string {
  return entity.words.join(' ');
}

function addEntity(registry: Registry, kind: Entity['kind'], words: string[], title: string, key = nameKey(words)): Entity {
  const existing = registry.byKey.get(key);
  if (existing) {
    if (!existing.title && title) existing.title = title;
    return existing;
  }
  const entity: Entity = { id: registry.entities.length, kind, words, title, gender: null, sourceId: null, descriptors: [] };
  registry.entities.push(entity);
  registry.byKey.set(key, entity);
  return entity;
}

/** The gender a title gives (`Mr.` → m, `Sen.` → null). */
function titleGender(title: string): 'm' | 'f' | null {
  return genderedTitles.get(title.split(' ').pop()?.replace('.', '').toLowerCase() ?? '') ?? null;
}

function genderOf(words: readonly string[], title: string, roleWord: string): 'm' | 'f' | null {
  const first = (words.length > 1 ? (words[0] as string) : '').toLowerCase();
  const fromTitle = titleGender(title);
  const fromRole = genderedTitles.get(roleWord);
  if (fromTitle ?? fromRole) return (fromTitle ?? fromRole) as 'm' | 'f';
  return first ? genderOfGivenName(first) : null;
}

function isIdentified(paragraph: ParagraphModel, run: NameRun, title: string): boolean {
  if (title) return true;
  const before = paragraph.tokens[run.start - 1];
  if (before?.kind === 'word' && /^\p{Ll}{3,}$/u.test(before.text) && !['and', 'with', 'said', 'told', 'by'].includes(before.lower)) return true;
  const after = paragraph.tokens[run.end];
  const next = paragraph.tokens[run.end + 1];
  return after?.text === ',' && next?.kind === 'word' && !/(ed|says)$/.test(next.lower);
}

/**
 * What a name run adds to the registry, worked out from the paragraph's tokens alone: kept per
 * run (runs are kept with their paragraph's text between analyses), so rebuilding the registry
 * after an edit only replays these records.
 */
export type RunRecord =
  | { kind: 'skip' }
  | { kind: 'organisation'; words: string[]; key: string; descriptor: string; acronym: string | null }
  | { kind: 'person'; words: string[]; key: string; title: string; roleWord: string; isFull: boolean; isIdentified: boolean };

const runRecords = new WeakMap<NameRun, RunRecord>();

function acronymAfter(paragraph: ParagraphModel, run: NameRun): string | null {
  const tokens = paragraph.tokens;
  if (tokens[run.end]?.text !== '(' || tokens[run.end + 2]?.text !== ')') return null;
  const inner = tokens[run.end + 1];
  return inner?.kind === 'word' && /^[\p{Lu}&]{2,}$/u.test(inner.text) ? inner.text.toLowerCase() : null;
}

function recordOf(paragraph: ParagraphModel, run: NameRun): RunRecord {
  const parsed = parseRun(run);
  const lead = paragraph.tokens[run.start - 1];
  const descriptor = (lead?.kind === 'word' && !lead.isUpper && organisationNouns.has(lead.lower) ? lead.lower : '') || trailingDescriptor(paragraph, run);
  if (parsed.kind === 'organisation' || (descriptor && parsed.title.length === 0 && parsed.kind === 'person')) {
    const words = parsed.kind === 'organisation' ? parsed.name : run.words;
    return { kind: 'organisation', words, key: nameKey(words), descriptor, acronym: acronymAfter(paragraph, run) };
  }
  if (parsed.kind !== 'person') return { kind: 'skip' };
  if (parsed.title.length === 0 && (hasNonPersonLead(paragraph.tokens, run.start) || roleNouns.has(paragraph.tokens[run.end]?.lower ?? ''))) return { kind: 'skip' };
  const title = parsed.title.join(' ');
  return {
    kind: 'person', words: parsed.name, key: nameKey(parsed.name), title, roleWord: paragraph.tokens[run.start - 1]?.lower ?? '',
    isFull: parsed.name.length > 1, isIdentified: isIdentified(paragraph, run, title),
  };
}

/** What a name run adds to the registry (worked out once per run): plain data, equal for runs that add the same. */
export function runRecord(paragraph: ParagraphModel, run: NameRun): Readonly<RunRecord> {
  let record = runRecords.get(run);
  if (!record) {
    record = recordOf(paragraph, run);
    runRecords.set(run, record);
  }
  return record;
}

function recordRun(registry: Registry, paragraph: ParagraphModel, run: NameRun): void {
  const record = runRecord(paragraph, run);
  if (record.kind === 'organisation') {
    const organisation = addEntity(registry, 'organisation', record.words, '', record.key);
    if (record.descriptor && !organisation.descriptors.includes(record.descriptor)) organisation.descriptors.push(record.descriptor);
    if (record.acronym !== null) registry.acronyms.set(record.acronym, organisation);
    pushMention(registry, paragraph, run, organisation, true, true);
  } else if (record.kind === 'person') {
    const person = addEntity(registry, 'person', record.words, record.title, record.key);
    person.gender ??= genderOf(record.words, record.title, record.roleWord);
    pushMention(registry, paragraph, run, person, record.isFull, record.isIdentified);
  }
}

function pushMention(registry: Registry, paragraph: ParagraphModel, run: NameRun, entity: Entity, isFull: boolean, identified: boolean): void {
  const first = paragraph.tokens[run.start];
  const last = paragraph.tokens[run.end - 1];
  registry.mentions.push({
    entity,
    paragraph: paragraph.index,
    startToken: run.start,
    endToken: run.end,
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    isFull,
    isIdentified: identified,
  });
}

/** Folds a short form into the full entity: its key, title and gender; mentions are moved by `moveMentions`. */
export function mergeEntity(registry: Registry, short: Entity, full: Entity, moved: Map<Entity, Entity>): void {
  registry.byKey.set(nameKey(short.words), full);
  if (!full.title && short.title) full.title = short.title;
  // A gendered title in the article (`Mr. Graham`) outweighs the given-name table (`Lindsey`).
  const titled = titleGender(short.title);
  if (titled) full.gender = titled;
  else full.gender ??= short.gender;
  moved.set(short, full);
}

/** Points every mention of a merged entity at the entity it was merged into, in one pass. */
export function moveMentions(registry: Registry, moved: ReadonlyMap<Entity, Entity>): void {
  if (moved.size === 0) return;
  for (const mention of registry.mentions) mention.entity = moved.get(mention.entity) ?? mention.entity;
}

/** Merges each shorter person form into the fullest form ending with the same words. */
function mergeShortForms(registry: Registry): void {
  const people = registry.entities.filter((entity) => entity.kind === 'person');
  people.sort((a, b) => b.words.length - a.words.length);
  const moved = new Map<Entity, Entity>();
  for (const short of people) {
    const full = people.find((long) => long.words.length > short.words.length && endsWith(long.words, short.words));
    if (full) mergeEntity(registry, short, full, moved);
  }
  moveMentions(registry, moved);
}

/** True when `words` ends with `suffix` (case-insensitive). */
export function endsWith(words: readonly string[], suffix: readonly string[]): boolean {
  const offset = words.length - suffix.length;
  return offset >= 0 && suffix.every((word, index) => word.toLowerCase() === words[offset + index]?.toLowerCase());
}

function addSources(registry: Registry, sources: readonly AnalyserSource[]): void {
  for (const source of sources) {
    const words = source.name.trim().split(/\s+/).filter((word) => word.length > 0);
    if (words.length === 0) continue;
    const parsed = source.kind === 'person' ? parseName(words) : null;
    const isPerson = parsed?.kind === 'person' || parsed?.kind === 'single';
    const entity = addEntity(registry, isPerson ? 'person' : 'organisation', isPerson && parsed ? parsed.name : words, source.title);
    entity.sourceId ??= source.id;
    if (isPerson) entity.gender ??= genderOf(entity.words, source.title, '');
  }
}

/** Collects every person and organisation the article names, then merges short forms into full ones. */
export function buildRegistry(article: ArticleModel, sources: readonly AnalyserSource[]): Registry {
  const registry: Registry = { entities: [], byKey: new Map(), acronyms: new Map(), mentions: [], changes: [] };
  addSources(registry, sources);
  for (const paragraph of article.paragraphs) {
    for (const run of paragraph.runs) recordRun(registry, paragraph, run);
  }
  mergeShortForms(registry);
  return registry;
}
