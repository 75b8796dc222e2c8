import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/article/model';
import { newArticle, type NewArticleFields } from '../../shared/article/newArticle';
import { slugify, uniqueSlug } from '../../shared/article/slug';
import { AppError } from '../../shared/errors';
import type { ArticleSummary } from '../../shared/ipc';
import { describeArticle, type SearchDocument } from '../library/summary';
import { articleFileSuffix, readArticleFile, type ArticleOnDisk } from './articleFile';
import { ArticleWriter, type PreviousVersion, type SavedArticle, type WrittenFile } from './articleWriter';
import { withArticleLock } from './saveLock';

export type { SavedArticle } from './articleWriter';

/** How many files a scan reads at once. */
const scanConcurrency = 32;
/** At the latest, how long after a save the library hears of it when no caller settled sooner. */
const settleBackstopMs = 1_000;

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
 * The folder of `<slug>.article.json` files. Reads are tolerant (a bad file is listed as
 * unreadable, never touched); writes go through `ArticleWriter` (durable, under the article's
 * lock, refused when the file changed since the editor's conflict base).
 */
export class Workspace {
  private readonly byIdMap = new Map<string, WorkspaceEntry>();
  private readonly idByFileMap = new Map<string, string>();
  private readonly unreadableMap = new Map<string, string>();
  /** Entries from `adoptMany` not yet in the maps: taken in on the first lookup, so a warm start lists before it keys 50,000 rows. */
  private deferred: (readonly WorkspaceEntry[])[] = [];
  /** The write side: saves, conflict bases, locks. */
  private readonly writer: ArticleWriter;
  /** Saves whose summary and search document the listener has not had yet (see `settle`). */
  private readonly undescribed = new Map<string, { entry: WorkspaceEntry; article: Article }>();
  private settleSoon: NodeJS.Timeout | null = null;

  /**
   * When true, a save tells the listener (the library's lists, index and search) just after it
   * returns instead of before, so a save's wait does not include indexing its text. The app's
   * session turns it on and settles before every listing; the default keeps the listener in step.
   */
  isLibraryUpdateDeferred = false;

  /**
   * Set while a warm start's check of the folder runs: an id the index does not know may be a
   * file written just before Copydesk last stopped, so lookups wait for the check before failing.
   */
  untilChecked: Promise<void> | null = null;

  constructor(
    readonly dir: string,
    private readonly listener: WorkspaceListener,
  ) {
    this.writer = new ArticleWriter({
      dir,
      entry: (id) => this.entry(id),
      freeSlug: (base, ownId) => this.freeSlug(base, ownId),
      refreshFile: (fileName) => this.refreshFile(fileName),
      placed: (written, oldFileName) => this.placed(written, oldFileName),
    });
  }

  /**
   * Takes entries known without reading their files (from the library index, or read by the
   * scan workers), as if each had just been read. `search` is null for entries from the index.
   */
  adopt(entry: WorkspaceEntry, search: SearchDocument | null): void {
    const clash = this.byId.get(entry.id);
    if (clash && clash.fileName !== entry.fileName) {
      this.sameIdAs(entry, clash);
      return;
    }
    this.unreadableFiles.delete(entry.fileName);
    this.remember(entry, search);
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

  /** Reads the whole folder on this thread; files whose mtime and size are unchanged are not re-read. */
  async scan(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const names = (await readdir(this.dir)).filter((name) => name.endsWith(articleFileSuffix)).sort();
    const present = new Set(names);
    for (const fileName of [...this.idByFile.keys(), ...this.unreadableFiles.keys()]) {
      if (!present.has(fileName)) this.forget(fileName);
    }
    // Reading files one at a time leaves the disk idle between calls; a few dozen in flight do not.
    for (let start = 0; start < names.length; start += scanConcurrency) {
      await Promise.all(names.slice(start, start + scanConcurrency).map((fileName) => this.refreshFile(fileName)));
    }
  }

  /** Re-reads one file after a change on disk; returns the id when a known article changed. */
  async refreshFile(fileName: string): Promise<{ id: string; isDeleted: boolean } | null> {
    const path = join(this.dir, fileName);
    const info = await stat(path).catch(() => null);
    const knownId = this.idByFile.get(fileName);
    if (!info) {
      if (knownId) this.forget(fileName);
      this.unreadableFiles.delete(fileName);
      return knownId ? { id: knownId, isDeleted: true } : null;
    }
    const previous = knownId ? this.latest(knownId) : undefined;
    if (previous && previous.mtimeMs === info.mtimeMs && previous.size === info.size) return null;
    try {
      const onDisk = await readArticleFile(path);
      return this.accept(fileName, onDisk, previous);
    } catch (error) {
      this.setUnreadable(fileName, error instanceof AppError ? error.message : String(error), info);
      return knownId ? { id: knownId, isDeleted: true } : null;
    }
  }

  private accept(fileName: string, onDisk: ArticleOnDisk, previous: WorkspaceEntry | undefined) {
    const { article } = onDisk;
    const { summary, search } = describeArticle(article, fileName);
    const entry: WorkspaceEntry = { id: article.id, fileName, mtimeMs: onDisk.mtimeMs, size: onDisk.size, hash: onDisk.hash, summary };
    const clash = this.byId.get(article.id);
    if (clash && clash.fileName !== fileName) {
      this.sameIdAs(entry, clash);
      return null;
    }
    this.unreadableFiles.delete(fileName);
    this.remember(entry, search);
    const base = this.writer.bases.get(article.id);
    const isChanged = previous !== undefined && previous.hash !== onDisk.hash && base !== undefined;
    return isChanged && base !== onDisk.hash ? { id: article.id, isDeleted: false } : null;
  }

  /**
   * Records a file the writer has just placed (its summary and search document come from the
   * article written). With `isLibraryUpdateDeferred`, a save over the same file is only noted here
   * (so the watcher and the next save know the write as ours) and the listener hears of it when
   * the workspace settles, just after the save has replied (see `settle`).
   */
  private placed(written: WrittenFile, oldFileName: string | null): void {
    if (oldFileName) this.forget(oldFileName);
    const { id, fileName, mtimeMs, size, hash } = written;
    this.unreadableFiles.delete(fileName);
    const previous = this.byId.get(id);
    if (this.isLibraryUpdateDeferred && previous?.fileName === fileName) {
      this.undescribed.set(id, { entry: { ...previous, mtimeMs, size, hash }, article: written.article });
      // The caller settles once its reply is on its way (`settleAfterReply`); this is the backstop.
      this.settleSoon ??= setTimeout(() => this.settle(), settleBackstopMs).unref();
      return;
    }
    const { summary, search } = describeArticle(written.article, fileName);
    this.remember({ id, fileName, mtimeMs, size, hash, summary }, search);
  }

  /** An article's entry with the facts of a save not yet settled (what is on disk now, as far as Copydesk wrote it). */
  private latest(id: string): WorkspaceEntry | undefined {
    return this.undescribed.get(id)?.entry ?? this.byId.get(id);
  }

  /** Settles once the current call's reply has gone out (in the next turn of the event loop). */
  settleAfterReply(): void {
    if (this.undescribed.size > 0) setImmediate(() => this.settle());
  }

  /**
   * Tells the listener about saves it has not heard of yet (their new file facts, summaries and
   * search documents): runs once the save's reply has gone out (`settleAfterReply`; at the latest
   * a second after the save), and before anything lists or searches the library and before it
   * closes, so no reader sees an index older than the files. Only the latest save of each article
   * is described; a later read or removal of the article replaces it. Until then the listener's
   * entry keeps the old file's facts with the old summary, so an index snapshot taken meanwhile is
   * merely out of date (and re-read at the next start), never wrong.
   */
  settle(): void {
    if (this.settleSoon) clearTimeout(this.settleSoon);
    this.settleSoon = null;
    const waiting = [...this.undescribed.values()];
    this.undescribed.clear();
    for (const { entry, article } of waiting) {
      const { summary, search } = describeArticle(article, entry.fileName);
      this.remember({ ...entry, summary }, search);
    }
  }

  private remember(entry: WorkspaceEntry, search: SearchDocument | null): void {
    this.undescribed.delete(entry.id);
    this.byId.set(entry.id, entry);
    this.idByFile.set(entry.fileName, entry.id);
    this.listener.onEntry(entry, search);
  }

  private forget(fileName: string): void {
    const id = this.idByFile.get(fileName);
    this.idByFile.delete(fileName);
    this.unreadableFiles.delete(fileName);
    if (id) {
      this.undescribed.delete(id);
      this.byId.delete(id);
      this.listener.onRemoved(fileName, id);
    }
  }

  /** Every readable entry (a copy: callers may add or remove articles while they walk it). */
  entries(): WorkspaceEntry[] {
    return [...this.byId.values()];
  }

  /** How many readable articles the workspace holds. */
  get size(): number {
    return this.byId.size;
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

  /** The entry for an article id, if the workspace has it. */
  find(id: string): WorkspaceEntry | undefined {
    return this.byId.get(id);
  }

  /** The entry for an id, waiting for a warm start's folder check before saying it is unknown. */
  async knownEntry(id: string): Promise<WorkspaceEntry> {
    if (!this.byId.has(id) && this.untilChecked) await this.untilChecked;
    return this.entry(id);
  }

  private entry(id: string): WorkspaceEntry {
    const entry = this.latest(id);
    if (!entry) throw new AppError('not-found', 'that article is no longer in the workspace');
    return entry;
  }

  /** Reads an article for editing: later saves are checked against this version (its conflict base). */
  async load(id: string): Promise<Article> {
    const onDisk = await this.read(id);
    this.writer.bases.set(id, onDisk.hash);
    return onDisk.article;
  }

  /**
   * Reads an article's file as it is now, without moving the editor's conflict base: for history,
   * renaming, duplicating and exporting, which must never make an outside change look like ours.
   */
  async read(id: string): Promise<ArticleOnDisk> {
    const entry = await this.knownEntry(id);
    const onDisk = await readArticleFile(join(this.dir, entry.fileName));
    if (onDisk.article.id !== id) throw new AppError('conflict', 'the file now holds a different article');
    this.accept(entry.fileName, onDisk, entry);
    this.writer.noteVersion(onDisk.article, onDisk.hash);
    return onDisk;
  }

  /** Creates and writes a new article; its slug comes from the headline, or `untitled`. */
  async create(fields: NewArticleFields, now: string): Promise<Article> {
    return this.writer.add(newArticle(randomUUID(), now, { ...fields, slug: slugify(fields.headline ?? '') }));
  }

  /** Writes a new article under its slug or the next free variant, never replacing a file. */
  add(article: Article): Promise<Article> {
    return this.writer.add(article);
  }

  /** Saves the editor's copy into the article's own file (see `ArticleWriter.save`). */
  async save(article: Article, check?: (previous: PreviousVersion) => void): Promise<SavedArticle> {
    await this.knownEntry(article.id);
    return this.writer.save(article, check);
  }

  /** Writes main's own change over the version it was made from (see `ArticleWriter.update`). */
  async update(article: Article, expectedHash: string): Promise<Article> {
    await this.knownEntry(article.id);
    return this.writer.update(article, expectedHash);
  }

  /** Changes an article's slug and file name; refused once the article has been published. */
  async rename(id: string, slug: string, now: string): Promise<Article> {
    const { article, hash } = await this.read(id);
    if (article.publication !== null) throw new AppError('forbidden', 'the slug is fixed once the article has been published');
    if (slug === article.slug) return article;
    if (this.freeSlug(slug, id) !== slug) throw new AppError('invalid-argument', `another article already uses the slug "${slug}"`);
    return this.writer.update({ ...article, slug, updatedAt: now }, hash, `${slug}${articleFileSuffix}`);
  }

  /** Stops conflict tracking for an article (after the user chose how to resolve a conflict). */
  forgetBase(id: string): void {
    this.writer.bases.delete(id);
  }

  /** A slug no other file uses (ignoring the article's own file). */
  freeSlug(base: string, ownId?: string): string {
    return uniqueSlug(base, (slug) => {
      const id = this.idByFile.get(`${slug}${articleFileSuffix}`);
      return (id !== undefined && id !== ownId) || this.unreadableFiles.has(`${slug}${articleFileSuffix}`);
    });
  }

  /** Moves an article's file to `.copydesk/trash/`, from where it can be put back by hand. */
  async trash(id: string): Promise<void> {
    const entry = await this.knownEntry(id);
    const trashDir = join(this.dir, '.copydesk', 'trash');
    await mkdir(trashDir, { recursive: true });
    const existing = await readdir(trashDir);
    const target = existing.includes(entry.fileName) ? `${Date.now()}-${entry.fileName}` : entry.fileName;
    await withArticleLock(this.dir, id, () => rename(join(this.dir, entry.fileName), join(trashDir, target)));
    this.forget(entry.fileName);
    this.writer.forget(id);
  }
}
