import type { WorkspaceEntry } from '../articles/workspace';
import type { LibraryCache } from './libraryCache';
import type { LibrarySearch } from './librarySearch';
import type { Maintenance } from './maintenance';
import type { UnreadableRecord } from './rowSnapshot';
import type { SortedLists } from './sortedLists';
import type { SearchDocument } from './summary';

/** What the workspace's changes are passed on to. */
export interface ChangeTargets {
  lists: SortedLists;
  cache: LibraryCache;
  search: LibrarySearch;
  maintenance: Maintenance;
  /** The lists or the index state changed (the library's list version grows). */
  onChanged(): void;
}

/**
 * Passes each change the workspace tells (a file read, removed or found unreadable) on to the
 * sorted lists, the index files and the search, and keeps the readings of unreadable files, so
 * they are listed at once and not read again until they change.
 */
export class LibraryChanges {
  /** While true, per-entry notices are ignored: the caller lists everything afterwards. */
  isBulk = false;
  private readonly unreadableRecords = new Map<string, UnreadableRecord>();

  constructor(private readonly targets: ChangeTargets) {}

  /** A file was read: its row is listed, indexed and searched. */
  handleEntry(entry: WorkspaceEntry, search: SearchDocument | null): void {
    this.unreadableRecords.delete(entry.fileName);
    if (this.isBulk) return;
    this.targets.lists.put(entry.summary);
    this.targets.cache.put(entry);
    if (search) this.targets.search.put(search, entry.hash);
    this.changed();
  }

  /** A file is gone: its row leaves the lists, the index files and the search. */
  handleRemoved(fileName: string, id: string): void {
    this.targets.lists.remove(id);
    this.targets.cache.delete(fileName);
    this.targets.search.remove(id);
    this.changed();
  }

  /** A file could not be read: its reading is kept and written to the index files. */
  handleUnreadable(record: UnreadableRecord): void {
    this.unreadableRecords.set(record[0], record);
    if (this.isBulk) return;
    this.targets.cache.setUnreadable(record);
    this.changed();
  }

  private changed(): void {
    this.targets.onChanged();
    this.targets.cache.markChanged();
    this.targets.maintenance.compactSoon();
  }

  /** Keeps a reading taken from the index files, without writing it back. */
  remember(record: UnreadableRecord): void {
    this.unreadableRecords.set(record[0], record);
  }

  /** The stored reading of an unreadable file (its mtime and size tell whether it changed). */
  unreadableRecord(fileName: string): UnreadableRecord | undefined {
    return this.unreadableRecords.get(fileName);
  }

  /** Forgets an unreadable file that is gone from the folder. */
  forgetUnreadable(fileName: string): void {
    if (!this.unreadableRecords.delete(fileName)) return;
    this.targets.cache.delete(fileName);
    this.changed();
  }

  /** Files listed as unreadable. */
  unreadableFileNames(): string[] {
    return [...this.unreadableRecords.keys()];
  }

  /** Every stored reading of an unreadable file, for the next snapshot. */
  unreadable(): UnreadableRecord[] {
    return [...this.unreadableRecords.values()];
  }
}
