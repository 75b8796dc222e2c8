import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/article/model';
import { newArticle, type NewArticleFields } from '../../shared/article/newArticle';
import { slugify, uniqueSlug } from '../../shared/article/slug';
import { AppError } from '../../shared/errors';
import { articleFileSuffix, readArticleFile, type ArticleOnDisk } from './articleFile';
import { ArticleWriter, type SavedArticle } from './articleWriter';
import { withArticleLock } from './saveLock';

export type { SavedArticle } from './articleWriter';

/** How many files a scan reads at once. */
const scanConcurrency = 32;

/** What the workspace knows about one readable article file. */
export interface WorkspaceEntry {
  id: string;
  fileName: string;
  article: Article | null;
  mtimeMs: number;
  size: number;
  hash: string;
}

/** A cached reading of a file, reused when its mtime and size are unchanged (warm start). */
export type CachedReading = Omit<WorkspaceEntry, 'article'> & { article: null };

/** Hooks the library uses to keep its cache and search index in step with the files. */
export interface WorkspaceListener {
  onEntry(entry: WorkspaceEntry, article: Article | null): void;
  onRemoved(fileName: string, id: string): void;
}

/**
 * The folder of `<slug>.article.json` files. Reads are tolerant (a bad file is listed as
 * unreadable, never touched); writes are atomic and refuse to overwrite changes made by
 * another program since the editor's copy was loaded.
 */
export class Workspace {
  private readonly byId = new Map<string, WorkspaceEntry>();
  private readonly idByFile = new Map<string, string>();
  private readonly unreadableFiles = new Map<string, string>();
  /** The write side: saves, conflict bases, locks. */
  private readonly writer: ArticleWriter;

  constructor(
    readonly dir: string,
    private readonly listener: WorkspaceListener,
    private readonly cached: (fileName: string) => CachedReading | undefined = () => undefined,
  ) {
    this.writer = new ArticleWriter({
      dir,
      entry: (id) => this.entry(id),
      freeSlug: (base, ownId) => this.freeSlug(base, ownId),
      refreshFile: (fileName) => this.refreshFile(fileName),
      placed: (entry, oldFileName) => {
        if (oldFileName) this.forget(oldFileName);
        this.remember(entry, entry.article);
      },
    });
  }

  /** Reads the whole folder; files whose mtime and size match the cache are not re-read. */
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
    const previous = knownId ? this.byId.get(knownId) : undefined;
    if (previous && previous.mtimeMs === info.mtimeMs && previous.size === info.size) return null;
    const cached = this.cached(fileName);
    if (!previous && cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size && !this.byId.has(cached.id)) {
      this.remember({ ...cached }, null);
      return null;
    }
    try {
      const onDisk = await readArticleFile(path);
      return this.accept(fileName, onDisk, previous);
    } catch (error) {
      if (knownId) this.forget(fileName);
      this.unreadableFiles.set(fileName, error instanceof AppError ? error.message : String(error));
      return knownId ? { id: knownId, isDeleted: true } : null;
    }
  }

  private accept(fileName: string, onDisk: ArticleOnDisk, previous: WorkspaceEntry | undefined) {
    const { article } = onDisk;
    const clash = this.byId.get(article.id);
    if (clash && clash.fileName !== fileName) {
      // Two files, one id: the file named after the article's slug is the original.
      const isOriginal = fileName === `${article.slug}${articleFileSuffix}`;
      const [kept, copy] = isOriginal ? [fileName, clash.fileName] : [clash.fileName, fileName];
      if (!isOriginal) {
        this.unreadableFiles.set(copy, `it has the same article id as ${kept} (a copy made outside Copydesk?)`);
        return null;
      }
      this.forget(copy);
      this.unreadableFiles.set(copy, `it has the same article id as ${kept} (a copy made outside Copydesk?)`);
    }
    this.unreadableFiles.delete(fileName);
    const entry = { id: article.id, fileName, article, mtimeMs: onDisk.mtimeMs, size: onDisk.size, hash: onDisk.hash };
    this.remember(entry, article);
    const base = this.writer.bases.get(article.id);
    const isChanged = previous !== undefined && previous.hash !== onDisk.hash && base !== undefined;
    return isChanged && base !== onDisk.hash ? { id: article.id, isDeleted: false } : null;
  }

  private remember(entry: WorkspaceEntry, article: Article | null): void {
    this.byId.set(entry.id, entry);
    this.idByFile.set(entry.fileName, entry.id);
    this.listener.onEntry(entry, article);
  }

  private forget(fileName: string): void {
    const id = this.idByFile.get(fileName);
    this.idByFile.delete(fileName);
    this.unreadableFiles.delete(fileName);
    if (id) {
      this.byId.delete(id);
      this.listener.onRemoved(fileName, id);
    }
  }

  /** Every readable entry. */
  entries(): WorkspaceEntry[] {
    return [...this.byId.values()];
  }

  /** Files that could not be read, with reasons, sorted by name. */
  unreadable(): { fileName: string; reason: string }[] {
    return [...this.unreadableFiles].map(([fileName, reason]) => ({ fileName, reason })).sort((a, b) => a.fileName.localeCompare(b.fileName));
  }

  /** The entry for an article id, if the workspace has it. */
  find(id: string): WorkspaceEntry | undefined {
    return this.byId.get(id);
  }

  private entry(id: string): WorkspaceEntry {
    const entry = this.byId.get(id);
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
    const entry = this.entry(id);
    const onDisk = await readArticleFile(join(this.dir, entry.fileName));
    if (onDisk.article.id !== id) throw new AppError('conflict', 'the file now holds a different article');
    this.accept(entry.fileName, onDisk, entry);
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
  save(article: Article, check?: (previous: Article) => void): Promise<SavedArticle> {
    return this.writer.save(article, check);
  }

  /** Writes main's own change over the version it was made from (see `ArticleWriter.update`). */
  update(article: Article, expectedHash: string): Promise<Article> {
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
    const entry = this.entry(id);
    const trashDir = join(this.dir, '.copydesk', 'trash');
    await mkdir(trashDir, { recursive: true });
    const existing = await readdir(trashDir);
    const target = existing.includes(entry.fileName) ? `${Date.now()}-${entry.fileName}` : entry.fileName;
    await withArticleLock(this.dir, id, () => rename(join(this.dir, entry.fileName), join(trashDir, target)));
    this.forget(entry.fileName);
    this.writer.bases.delete(id);
  }
}
