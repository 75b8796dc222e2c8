/**
 * Where an edit falls between two sieve runs, and whether the last run's state can be reused
 * around it: the same verbs, sources, registry shape, mentions (moved by the edit) and links.
 */
import type { ParagraphModel } from './article';
import type { Mention, Registry } from './registry';
import { isSameList } from './sameFields';
import type { SieveInput } from './sieve';
import type { LastRun } from './sieveRun';

/** The registry's people and keys as the sieve first sees them, in a form two runs can compare. */
export interface RegistryShape {
  entities: string[];
  keys: string[];
}

/** The registry's people and keys as strings, for comparing the registries of two runs. */
export function shapeOf(registry: Registry): RegistryShape {
  const entities = registry.entities.map((entity) =>
    [entity.kind, entity.words.join(' '), entity.title, entity.gender, entity.sourceId, entity.descriptors.join(' ')].join('\u0001'),
  );
  const keys: string[] = [];
  for (const [key, entity] of registry.byKey) keys.push(`${key}\u0001${entity.id}`);
  keys.push('\u0002');
  for (const [key, entity] of registry.acronyms) keys.push(`${key}\u0001${entity.id}`);
  return { entities, keys };
}

function isSameParagraph(a: ParagraphModel | undefined, b: ParagraphModel | undefined): boolean {
  return a !== undefined && b !== undefined && a.core === b.core && a.runs === b.runs && a.isTagged === b.isTagged;
}

/** The edited stretch: paragraphs `[from, newEnd)` of the new article replace `[from, oldEnd)` of the old. */
export interface Edit {
  from: number;
  oldEnd: number;
  newEnd: number;
  shift: number;
}

function editBetween(old: readonly ParagraphModel[], now: readonly ParagraphModel[]): Edit {
  let from = 0;
  while (from < old.length && from < now.length && isSameParagraph(old[from], now[from])) from += 1;
  let tail = 0;
  while (tail < old.length - from && tail < now.length - from && isSameParagraph(old[old.length - 1 - tail], now[now.length - 1 - tail])) tail += 1;
  return { from, oldEnd: old.length - tail, newEnd: now.length - tail, shift: now.length - old.length };
}

/** Where an old paragraph index is now, for paragraphs outside the edit. */
export function moved(edit: Edit, paragraph: number): number {
  return paragraph >= edit.oldEnd ? paragraph + edit.shift : paragraph;
}

/** True when the mentions differ only by the edit's shift: the rules see the same people in the same places. */
function isSameMentions(edit: Edit, old: readonly Mention[], now: readonly Mention[]): boolean {
  if (old.length !== now.length) return false;
  for (let index = 0; index < old.length; index += 1) {
    const a = old[index] as Mention;
    const b = now[index] as Mention;
    if (b.paragraph !== moved(edit, a.paragraph) || (a.paragraph >= edit.from && a.paragraph < edit.oldEnd && b.paragraph >= edit.newEnd)) return false;
    if (a.entity.id !== b.entity.id || a.startToken !== b.startToken || a.endToken !== b.endToken || a.isFull !== b.isFull || a.isIdentified !== b.isIdentified) return false;
  }
  return true;
}

function linkKeys(edit: Edit, links: SieveInput['links'], isOld: boolean): string[] {
  const keys: string[] = [];
  for (const link of links) {
    const isInside = link.paragraph >= edit.from && link.paragraph < (isOld ? edit.oldEnd : edit.newEnd);
    if (!isInside) keys.push(`${isOld ? moved(edit, link.paragraph) : link.paragraph}:${link.start}:${link.end}:${link.sourceId}`);
  }
  return keys;
}

/**
 * The edit, when the last run's state can be reused around it; null when everything must run again.
 * A registry kept from the last run (`registryMemory.ts`: the same object, with the sieve's own
 * changes undone) has the last run's entities and keys, so only its mentions are compared.
 */
export function reusableEdit(last: LastRun | null, input: SieveInput, registry: Registry, shape: RegistryShape, sources: string): Edit | null {
  if (!last || last.verbs !== input.verbs || last.sources !== sources) return null;
  if (shape !== last.shape && (!isSameList(last.shape.entities, shape.entities) || !isSameList(last.shape.keys, shape.keys))) return null;
  const edit = editBetween(last.paragraphs, input.article.paragraphs);
  if (!isSameMentions(edit, last.mentions, registry.mentions)) return null;
  if (!isSameList(linkKeys(edit, last.links, true), linkKeys(edit, input.links, false))) return null;
  return edit;
}
