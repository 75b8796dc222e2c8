import type { Correction, CorrectionKind } from '../article/model';

/** What an editor writes to append a correction, clarification or update. */
export interface NewCorrection {
  kind: CorrectionKind;
  text: string;
  /** Calendar date shown in print, `YYYY-MM-DD`. */
  date: string;
  editor: string;
}

/** Printed label of each kind, as it starts the note at the end of the story. */
export const correctionLabels: Record<CorrectionKind, string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
};

/**
 * Appends a correction to the list. The text and editor's name are required, because a note nobody
 * signed or that says nothing cannot be printed; a `RangeError` says which is missing.
 */
export function appendCorrection(corrections: readonly Correction[], entry: NewCorrection, id: string, at: string): Correction[] {
  if (entry.text.trim() === '') throw new RangeError('appendCorrection: the text is empty');
  if (entry.editor.trim() === '') throw new RangeError('appendCorrection: the editor’s name is empty');
  return [...corrections, { id, kind: entry.kind, text: entry.text.trim(), date: entry.date, editor: entry.editor.trim(), at, struck: null }];
}

/** Strikes a mistaken entry with a reason; the entry stays in the file. Striking twice or an unknown id throws. */
export function strikeCorrection(corrections: readonly Correction[], id: string, strike: { by: string; reason: string; at: string }): Correction[] {
  const target = corrections.find((entry) => entry.id === id);
  if (!target) throw new RangeError(`strikeCorrection: no entry "${id}"`);
  if (target.struck) throw new RangeError(`strikeCorrection: entry "${id}" is already struck`);
  if (strike.reason.trim() === '') throw new RangeError('strikeCorrection: the reason is empty');
  return corrections.map((entry) => (entry.id === id ? { ...entry, struck: { at: strike.at, by: strike.by.trim(), reason: strike.reason.trim() } } : entry));
}

function sameEntry(a: Correction, b: Correction): boolean {
  return a.id === b.id && a.kind === b.kind && a.text === b.text && a.date === b.date && a.editor === b.editor && a.at === b.at;
}

function sameStrike(a: Correction['struck'], b: Correction['struck']): boolean {
  return a === b || (a !== null && b !== null && a.at === b.at && a.by === b.by && a.reason === b.reason);
}

/**
 * Checks that `next` only appends to `previous`: every earlier entry is still there, in the same
 * place, unchanged except for being struck once. Returns a message naming the first violation, or null.
 */
export function correctionsProblem(previous: readonly Correction[], next: readonly Correction[]): string | null {
  if (next.length < previous.length) return 'a correction was removed; corrections can only be struck, never deleted';
  for (const [index, before] of previous.entries()) {
    const after = next[index] as Correction;
    if (!sameEntry(before, after)) return `correction ${index + 1} was changed or moved; corrections are append-only`;
    if (before.struck && !sameStrike(before.struck, after.struck)) return `correction ${index + 1} was struck already and its strike cannot change`;
  }
  const ids = new Set<string>();
  for (const entry of next) {
    if (ids.has(entry.id)) return `two corrections share the id "${entry.id}"`;
    ids.add(entry.id);
  }
  return null;
}

/** The entries printed with the story: not struck, in the order they were added. */
export function printedCorrections(corrections: readonly Correction[]): Correction[] {
  return corrections.filter((entry) => entry.struck === null);
}
