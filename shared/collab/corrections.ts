import * as Y from 'yjs';
import type { Correction } from '../article/model';

/** A correction as the shared story stores it: the entry itself, which never changes once added. */
type SharedCorrection = Omit<Correction, 'struck'>;
type Strike = NonNullable<Correction['struck']>;

/** The root array of entries, in the order the story received them. */
function entriesOf(doc: Y.Doc): Y.Array<SharedCorrection> {
  return doc.getArray<SharedCorrection>('corrections');
}

/** The root map of strikes, by entry id. A strike is set once and never replaced. */
function strikesOf(doc: Y.Doc): Y.Map<Strike> {
  return doc.getMap<Strike>('correctionStrikes');
}

/**
 * Adds to the story the entries of `corrections` it lacks (by id), and the strikes it lacks.
 * Nothing is removed or replaced: corrections are append-only on every machine, and so here.
 */
export function writeCorrections(doc: Y.Doc, corrections: readonly Correction[]): void {
  const entries = entriesOf(doc);
  const present = new Set(entries.toArray().map((entry) => entry.id));
  const added = corrections.filter((entry) => !present.has(entry.id)).map(({ struck: _struck, ...entry }) => entry);
  if (added.length > 0) entries.push(added);
  const strikes = strikesOf(doc);
  for (const entry of corrections) if (entry.struck !== null && !strikes.has(entry.id)) strikes.set(entry.id, { ...entry.struck });
}

/** The story's corrections, in the order it holds them, each with its strike when it has one. */
export function readCorrections(doc: Y.Doc): Correction[] {
  const strikes = strikesOf(doc);
  return entriesOf(doc)
    .toArray()
    .map((entry) => ({ ...entry, struck: strikes.get(entry.id) ?? null }));
}

/**
 * This machine's corrections with the story's taken in, without breaking the file's append-only
 * rule: local entries keep their places and any strike they already have; a strike made elsewhere
 * is added to an entry not yet struck here; entries added elsewhere follow, in the story's order.
 * (Two editors who append at the same moment may therefore see the two notes in different orders.)
 */
export function mergeCorrections(local: readonly Correction[], shared: readonly Correction[]): Correction[] {
  const sharedById = new Map(shared.map((entry) => [entry.id, entry]));
  const localIds = new Set(local.map((entry) => entry.id));
  const kept = local.map((entry) => {
    const strike = sharedById.get(entry.id)?.struck ?? null;
    return entry.struck === null && strike !== null ? { ...entry, struck: strike } : entry;
  });
  return [...kept, ...shared.filter((entry) => !localIds.has(entry.id))];
}
