import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Article } from '../../shared/article/model';
import { newArticle, type NewArticleFields } from '../../shared/article/newArticle';
import { slugify } from '../../shared/article/slug';
import { AppError } from '../../shared/errors';
import { describeArticle, type SearchDocument } from '../library/summary';
import { articleFileSuffix, readArticleFile, type ArticleOnDisk } from './articleFile';
import { ArticleWriter, type PreviousVersion, type SavedArticle, type WrittenFile } from './articleWriter';
import { EntryRegistry, type WorkspaceEntry, type WorkspaceListener } from './entryRegistry';
import { FolderReader, type FileChange } from './folderReader';
import { PendingSaves } from './pendingSaves';
import { moveToTrash } from './trash';

export type { SavedArticle } from './articleWriter';
export type { WorkspaceEntry, WorkspaceListener } from './entryRegistry';

/**
 * The folder of `<slug>.article.json` files. Reads are tolerant (a bad file is listed as
 * unreadable, never touched); writes go through `ArticleWriter` (durable, under the article's
 * lock, refused when the file changed since the editor's conflict base).
 */
export class Workspace {
  /** Which file holds which article, and which files could not be read. */
  private readonly registry: EntryRegistry;
  /** Saves whose summary and search document the listener has not had yet (see `settle`). */
  private readonly pending: PendingSaves;
  /** The read side: scans and re-reads of files changed on disk. */
  private readonly reader: FolderReader;
  /** The write side: saves, conflict bases, locks. */
  private readonly writer: ArticleWriter;

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
    listener: WorkspaceListener,
  ) {
    // Any read, write or removal the registry records replaces a save still waiting to be described.
    this.registry = new EntryRegistry({
      onEntry: (entry, search) => {
        this.pending.drop(entry.id);
        listener.onEntry(entry, search);
      },
      onRemoved: (fileName, id) => {
        this.pending.drop(id);
        listener.onRemoved(fileName, id);
      },
      onUnreadable: (fileName, reason, info) => listener.onUnreadable?.(fileName, reason, info),
    });
    this.pending = new PendingSaves((entry, search) => this.registry.remember(entry, search));
    this.reader = new FolderReader({ dir, registry: this.registry, latest: (id) => this.latest(id), base: (id) => this.writer.bases.get(id) });
    this.writer = new ArticleWriter({
      dir,
      entry: (id) => this.entry(id),
      freeSlug: (base, ownId) => this.freeSlug(base, ownId),
      refreshFile: (fileName) => this.refreshFile(fileName),
      placed: (written, oldFileName) => this.placed(written, oldFileName),
    });
  }

  /** Takes an entry known without reading its file, as if it had just been read (see `EntryRegistry.adopt`). */
  adopt(entry: WorkspaceEntry, search: SearchDocument | null): void {
    this.registry.adopt(entry, search);
  }

  /** Takes a warm start's entries without telling the listener, keyed on the first lookup (see `EntryRegistry.adoptMany`). */
  adoptMany(entries: readonly WorkspaceEntry[]): void {
    this.registry.adoptMany(entries);
  }

  /** Keys the entries `adoptMany` deferred now, settling any id claimed twice (the caller may mute its listener meanwhile). */
  keyDeferred(): void {
    this.registry.keyDeferred();
  }

  /** Takes files a warm start's index lists as unreadable, without telling the listener. */
  adoptUnreadable(records: readonly { fileName: string; reason: string }[]): void {
    this.registry.adoptUnreadable(records);
  }

  /** Records a file that could not be read, with the reason shown in the library and the mtime and size it had. */
  setUnreadable(fileName: string, reason: string, info: { mtimeMs: number; size: number } | null = null): void {
    this.registry.setUnreadable(fileName, reason, info);
  }

  /** Reads the whole folder on this thread; files whose mtime and size are unchanged are not re-read. */
  scan(): Promise<void> {
    return this.reader.scan();
  }

  /** Re-reads one file after a change on disk; returns the id when a known article changed. */
  refreshFile(fileName: string): Promise<FileChange> {
    return this.reader.refreshFile(fileName);
  }

  /**
   * Records a file the writer has just placed (its summary and search document come from the
   * article written). With `isLibraryUpdateDeferred`, a save over the same file is only noted here
   * (so the watcher and the next save know the write as ours) and the listener hears of it when
   * the workspace settles, just after the save has replied (see `settle`).
   */
  private placed(written: WrittenFile, oldFileName: string | null): void {
    if (oldFileName) this.registry.forget(oldFileName);
    const { id, fileName, mtimeMs, size, hash } = written;
    this.registry.clearUnreadable(fileName);
    const previous = this.registry.find(id);
    if (this.isLibraryUpdateDeferred && previous?.fileName === fileName) {
      this.pending.note({ ...previous, mtimeMs, size, hash }, written.article);
      return;
    }
    const { summary, search } = describeArticle(written.article, fileName);
    this.registry.remember({ id, fileName, mtimeMs, size, hash, summary }, search);
  }

  /** An article's entry with the facts of a save not yet settled (what is on disk now, as far as Copydesk wrote it). */
  private latest(id: string): WorkspaceEntry | undefined {
    return this.pending.entry(id) ?? this.registry.find(id);
  }

  /** Settles once the current call's reply has gone out (in the next turn of the event loop). */
  settleAfterReply(): void {
    this.pending.settleAfterReply();
  }

  /** Tells the listener about saves it has not heard of yet; before anything lists, searches or closes the library (see `PendingSaves.settle`). */
  settle(): void {
    this.pending.settle();
  }

  /** Every readable entry (a copy: callers may add or remove articles while they walk it). */
  entries(): WorkspaceEntry[] {
    return this.registry.entries();
  }

  /** How many readable articles the workspace holds. */
  get size(): number {
    return this.registry.size;
  }

  /** The entry for a file name, if it holds a readable article. */
  entryForFile(fileName: string): WorkspaceEntry | undefined {
    return this.registry.entryForFile(fileName);
  }

  /** Files that could not be read, with reasons, sorted by name. */
  unreadable(): { fileName: string; reason: string }[] {
    return this.registry.unreadable();
  }

  /** The entry for an article id, if the workspace has it. */
  find(id: string): WorkspaceEntry | undefined {
    return this.registry.find(id);
  }

  /** The entry for an id, waiting for a warm start's folder check before saying it is unknown. */
  async knownEntry(id: string): Promise<WorkspaceEntry> {
    if (this.registry.find(id) === undefined && this.untilChecked) await this.untilChecked;
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
    this.reader.accept(entry.fileName, onDisk, entry);
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
    return this.registry.freeSlug(base, ownId);
  }

  /** Moves an article's file to `.copydesk/trash/`, from where it can be put back by hand. */
  async trash(id: string): Promise<void> {
    const entry = await this.knownEntry(id);
    await moveToTrash(this.dir, id, entry.fileName);
    this.registry.forget(entry.fileName);
    this.writer.forget(id);
  }
}
