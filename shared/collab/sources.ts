import * as Y from 'yjs';
import type { Source } from '../article/model';
import { sharedSourceFields } from './sourceFields';

export { sharedSourceFields } from './sourceFields';

type SharedSource = Pick<Source, (typeof sharedSourceFields)[number]>;

function sourceMap(source: Source): Y.Map<string> {
  const map = new Y.Map<string>();
  for (const field of sharedSourceFields) map.set(field, source[field]);
  return map;
}

/**
 * Makes the shared sources list match `sources`, field by field: a change to one field of a
 * source merges with another person's change to a different field. Private fields are dropped.
 */
export function writeSources(list: Y.Array<Y.Map<string>>, sources: readonly Source[]): void {
  const wanted = new Set(sources.map((source) => source.id));
  for (let index = list.length - 1; index >= 0; index -= 1) {
    const id = list.get(index).get('id');
    if (id === undefined || !wanted.has(id)) list.delete(index, 1);
  }
  sources.forEach((source, index) => {
    const current = index < list.length ? list.get(index) : undefined;
    if (current?.get('id') === source.id) {
      for (const field of sharedSourceFields) if (current.get(field) !== source[field]) current.set(field, source[field]);
      return;
    }
    const from = list.toArray().findIndex((map, at) => at > index && map.get('id') === source.id);
    if (from !== -1) list.delete(from, 1);
    list.insert(index, [sourceMap(source)]);
  });
}

/** The shared sources as they are in the story, with empty private fields. */
export function readSources(list: Y.Array<Y.Map<string>>): Source[] {
  return list.toArray().map((map) => {
    const shared = Object.fromEntries(sharedSourceFields.map((field) => [field, map.get(field)])) as SharedSource;
    return { ...shared, contactNote: '', identity: '' };
  });
}

/**
 * The shared sources with this machine's private fields put back, matched by source id. A source
 * someone else added has empty private fields here.
 */
export function withLocalPrivateFields(shared: readonly Source[], local: readonly Source[]): Source[] {
  const byId = new Map(local.map((source) => [source.id, source]));
  return shared.map((source) => {
    const mine = byId.get(source.id);
    return mine ? { ...source, contactNote: mine.contactNote, identity: mine.identity } : source;
  });
}
