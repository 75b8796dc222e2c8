import type { ArticleSummary } from '../../shared/ipc';
import { uniqueSlug } from '../../shared/article/slug';
import type { SearchDocument } from '../library/summary';
import { articleFileSuffix } from './articleFile';

/**
 * What the workspace knows about one readable article file: the facts that tell a later change
 * on disk, and the summary the library lists. Never the article itself, which is read from
 * disk when it is opened, saved or exported.
 */
export interface WorkspaceEntry {
  id: string;
  fileName: string;
  mtimeMs: number;
  size: number;
  hash: string;
  summary: ArticleSummary;
}

/** Hooks the library uses to keep its cache and search index in step with the files. */
export interface WorkspaceListener {
  /** A file was read or written: `search` is its new search document, null when taken from the cache unchanged. */
  onEntry(entry: WorkspaceEntry, search: SearchDocument | null): void;
  onRemoved(fileName: string, id: string): void;
  /** A file could not be read (it is listed with the reason and never touched). */
  onUnreadable?(fileName: string, reason: string, info: { mtimeMs: number; size: number } | null): void;
}

/**
 * Which file holds which article, and which files could not be read (with the reason): the
 * workspace's memory of its folder, kept in step with the listener. Two files claiming one id are
 * settled here (the file named after the slug keeps it); a warm start's entries are keyed lazily.
 */
export class EntryRegistry {
  private readonly byIdMap = new Map<string, WorkspaceEntry>();
  private readonly idByFileMap = new Map<string, string>();
  private readonly unreadableMap = new Map<string, string>();
  /** Entries from `adoptMany` not yet in the maps: taken in on the first lookup, so a warm start lists before it keys 50,000 rows. */
  private deferred: (readonly WorkspaceEntry[])[] = [];

  constructor(private readonly listener: WorkspaceListener) {}

  /**
   * Takes entries known without reading their files (from the library index, or read by the
   * scan workers), as if each had just been read. `search` is null for entries from the index.
   * Returns false when another file already claimed the id (the clash is settled by `sameIdAs`).
   */
  adopt(entry: WorkspaceEntry, search: SearchDocument | null): boolean {
    const clash = this.byId.get(entry.id);
    if (clash && clash.fileName !== entry.fileName) {
      this.sameIdAs(entry, clash);
      return false;
    }
    this.unreadableFiles.delete(entry.fileName);
    this.remember(entry, search);
    return true;
  }

  /**
   * Takes many entries known without reading their files (a warm start's index), without telling
   * the listener (the caller builds its lists from the same entries). They are keyed on the first
   * lookup (`byId`, `idByFile`, `unreadableFiles`), so a warm start lists before it pays for that;
   * entries that clash on an id then go through `adopt`, so the same file wins as when read one by one.
   */
  adoptMany(entries: readonly WorkspaceEntry[]): void {
    // A copy: the caller may reuse its array.
    this.deferred.push(entries.slice());
  }

  private get byId(): Map<string, WorkspaceEntry> {
    if (this.deferred.length > 0) this.takeDeferred();
    return this.byIdMap;
  }

  private get idByFile(): Map<string, string> {
    if (this.deferred.length > 0) this.takeDeferred();
    return this.idByFileMap;
  }

  private get unreadableFiles(): Map<string, string> {
    if (this.deferred.length > 0) this.takeDeferred();
    return this.unreadableMap;
  }

  /** Keys the entries `adoptMany` deferred now, settling any id claimed twice (the caller may mute its listener meanwhile). */
  keyDeferred(): void {
    if (this.deferred.length > 0) this.takeDeferred();
  }

  private takeDeferred(): void {
    const batches = this.deferred;
    this.deferred = [];
    for (const entry of batches.flat()) {
      if (this.byId.has(entry.id) || this.unreadableFiles.has(entry.fileName) || this.idByFile.has(entry.fileName)) {
        this.adopt(entry, null);
        continue;
      }
      this.byIdMap.set(entry.id, entry);
      this.idByFileMap.set(entry.fileName, entry.id);
    }
  }

  /**
   * Takes files a warm start's index lists as unreadable, without telling the listener. Such a
   * file is never also among the index's readable entries, so the deferred entries are not keyed for it.
   */
  adoptUnreadable(records: readonly { fileName: string; reason: string }[]): void {
    for (const { fileName, reason } of records) this.unreadableMap.set(fileName, reason);
  }

  /** Records a file that could not be read, with the reason shown in the library and the mtime and size it had. */
  setUnreadable(fileName: string, reason: string, info: { mtimeMs: number; size: number } | null = null): void {
    if (this.idByFile.has(fileName)) this.forget(fileName);
    this.unreadableFiles.set(fileName, reason);
    this.listener.onUnreadable?.(fileName, reason, info);
  }

  /** Forgets that a file could not be read (it is gone, or now holds a readable article). */
  clearUnreadable(fileName: string): void {
    this.unreadableFiles.delete(fileName);
  }

  /** Two files claim one id: the file named after the article's slug is the original; the other is listed as unreadable. */
  private sameIdAs(entry: WorkspaceEntry, clash: WorkspaceEntry): void {
    const isOriginal = entry.fileName === `${entry.summary.slug}${articleFileSuffix}`;
    const [kept, copy] = isOriginal ? [entry.fileName, clash.fileName] : [clash.fileName, entry.fileName];
    const reason = `it has the same article id as ${kept} (a copy made outside Copydesk?)`;
    if (!isOriginal) {
      this.unreadableFiles.set(copy, reason);
      return;
    }
    this.forget(copy);
    this.unreadableFiles.set(copy, reason);
    this.unreadableFiles.delete(entry.fileName);
    this.remember(entry, null);
  }

  /** Records an entry as the article's current file and tells the listener. */
  remember(entry: WorkspaceEntry, search: SearchDocument | null): void {
    this.byId.set(entry.id, entry);
    this.idByFile.set(entry.fileName, entry.id);
    this.listener.onEntry(entry, search);
  }

  /** Forgets a file, readable or not; the listener hears of a readable article's removal. */
  forget(fileName: string): void {
    const id = this.idByFile.get(fileName);
    this.idByFile.delete(fileName);
    this.unreadableFiles.delete(fileName);
    if (id) {
      this.byId.delete(id);
      this.listener.onRemoved(fileName, id);
    }
  }

  /** Every file name the registry knows, readable or not (a copy: callers forget files while they walk it). */
  knownFileNames(): string[] {
    return [...this.idByFile.keys(), ...this.unreadableFiles.keys()];
  }

  /** Every readable entry (a copy: callers may add or remove articles while they walk it). */
  entries(): WorkspaceEntry[] {
    return [...this.byId.values()];
  }

  /** How many readable articles the registry holds. */
  get size(): number {
    return this.byId.size;
  }

  /** The id of the article a file holds, if it is readable. */
  idOfFile(fileName: string): string | undefined {
    return this.idByFile.get(fileName);
  }

  /** The entry for a file name, if it holds a readable article. */
  entryForFile(fileName: string): WorkspaceEntry | undefined {
    const id = this.idByFile.get(fileName);
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Files that could not be read, with reasons, sorted by name. */
  unreadable(): { fileName: string; reason: string }[] {
    // The map as it is: deferred entries (a warm start's clean index) hold no id clashes to add to it.
    return [...this.unreadableMap].map(([fileName, reason]) => ({ fileName, reason })).sort((a, b) => a.fileName.localeCompare(b.fileName));
  }

  /** The entry for an article id, if the registry has it. */
  find(id: string): WorkspaceEntry | undefined {
    return this.byId.get(id);
  }

  /** A slug no other file uses, readable or not (ignoring the article's own file). */
  freeSlug(base: string, ownId?: string): string {
    return uniqueSlug(base, (slug) => {
      const id = this.idByFile.get(`${slug}${articleFileSuffix}`);
      return (id !== undefined && id !== ownId) || this.unreadableFiles.has(`${slug}${articleFileSuffix}`);
    });
  }
}
