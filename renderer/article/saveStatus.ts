import { useSyncExternalStore } from 'react';

/** What the save indicator shows. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string }
  | { kind: 'conflict'; reason: string };

/** The open article's save status: what changes while the reporter types, kept out of the article's own state. */
export interface SaveStatus {
  state: SaveState;
  /** The file's `updatedAt` after the last save that landed (or as it was opened). */
  savedAt: string;
  /** When the reporter last saved explicitly, while that is still being shown. */
  confirmedAt: Date | null;
}

/**
 * A small store for the save status. Typing and autosaves change it several times a minute; only
 * the components that show it subscribe (`useSaveStatus`), so the article, its toolbar and its
 * panels do not render again when it changes.
 */
export class SaveStatusStore {
  private status: SaveStatus = { state: { kind: 'saved' }, savedAt: '', confirmedAt: null };
  private readonly listeners = new Set<() => void>();

  /** The current status (the same object until something in it changes). */
  readonly get = (): SaveStatus => this.status;

  /** Calls `listener` after every change; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes the given parts; a change that leaves every part as it was notifies nobody. */
  set(change: Partial<SaveStatus>): void {
    const next = { ...this.status, ...change };
    if (next.state === this.status.state && next.savedAt === this.status.savedAt && next.confirmedAt === this.status.confirmedAt) return;
    this.status = next;
    for (const listener of this.listeners) listener();
  }
}

/** The part of the save status `select` picks; the caller renders again only when that part changes. */
export function useSaveStatus<T>(store: SaveStatusStore, select: (status: SaveStatus) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
