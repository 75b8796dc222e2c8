import * as Y from 'yjs';
import type { AttributionLogEntry } from '../article/model';
import type { LedgerView } from './ledger';

/**
 * One attribution-log entry as the shared story stores it. `who` is the name the writing client
 * gave; `isImported` marks the history the owner brought in when sharing the story.
 */
export type SharedLogEntry = AttributionLogEntry & { isImported?: true };

/** Marks a name that no server has vouched for yet. */
export const unverifiedSuffix = ' (unverified)';

/** A stable key of an entry without its author, to tell whether the log already holds it. */
export function logEntryKey(entry: AttributionLogEntry): string {
  return JSON.stringify([entry.at, entry.quoteKey, entry.change, entry.from, entry.to]);
}

/** Appends entries (the log is append-only: nothing in it is ever changed or removed). */
export function appendLogEntries(log: Y.Array<SharedLogEntry>, entries: readonly AttributionLogEntry[], isImported: boolean): void {
  if (entries.length === 0) return;
  log.push(entries.map((entry) => (isImported ? { ...entry, isImported: true as const } : { ...entry })));
}

/**
 * The log with each entry's author taken from the ledger: the verified person whose Yjs client
 * wrote the entry. History the owner imported keeps the names it came with, since the owner
 * vouches for it; an entry no server has confirmed keeps its claimed name marked "(unverified)".
 * Without a ledger (a story that was never shared), the claimed names are returned as they are.
 */
export function readLogEntries(log: Y.Array<SharedLogEntry>, ledger: LedgerView | null): AttributionLogEntry[] {
  const entries: AttributionLogEntry[] = [];
  for (let item = log._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const verified = ledger?.authorOf(item.id.client);
    for (const value of item.content.getContent() as SharedLogEntry[]) {
      const { isImported, ...entry } = value;
      if (!ledger) entries.push(entry);
      else if (isImported && verified !== undefined && verified === ledger.owner) entries.push(entry);
      else entries.push({ ...entry, who: verified ?? `${entry.who}${unverifiedSuffix}` });
    }
  }
  return entries;
}

/** The root array the log lives in. */
export function logArray(doc: Y.Doc): Y.Array<SharedLogEntry> {
  return doc.getArray<SharedLogEntry>('attributionLog');
}
