import { mkdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ArticleStatus } from '../../shared/article/model';
import { slugify } from '../../shared/article/slug';
import { bodyProblem } from '../../shared/editor/validateBody';
import { AppError } from '../../shared/errors';
import { articleFileSuffix, contentHash, parseArticleBytes, stageArticleFile } from './articleFile';
import { syncFolder } from './durableWrite';
import { withArticleLock } from './saveLock';

/**
 * What a save needs to know about the version it replaces: its slug and publication (which decide
 * the file name), its status (a change keeps a revision) and its corrections (append-only).
 */
export type PreviousVersion = Pick<Article, 'slug' | 'status' | 'publication' | 'corrections'>;

/** What a save wrote, and the status the file had before (a status change keeps a revision). */
export interface SavedArticle {
  article: Article;
  previousStatus: ArticleStatus;
}

/**
 * A file Copydesk has just written: its file facts and the article written, from which the
 * workspace takes the summary and search document (it keeps no article in memory).
 */
export interface WrittenFile {
  id: string;
  fileName: string;
  article: Article;
  mtimeMs: number;
  size: number;
  hash: string;
}

/** What the writer needs from the workspace: where the files are, which file is whose, free slugs. */
export interface WriterHost {
  readonly dir: string;
  /** The article's current file name and last known hash; throws `not-found` for an unknown id. */
  entry(id: string): { fileName: string; hash: string };
  freeSlug(base: string, ownId?: string): string;
  refreshFile(fileName: string): Promise<unknown>;
  /** Records a file Copydesk wrote (and forgets the file it replaced under another name). */
  placed(written: WrittenFile, oldFileName: string | null): void;
}

function changedOutside(fileName: string): AppError {
  return new AppError('conflict', `"${fileName}" was changed by another program since you opened it`);
}

function isFileExists(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EEXIST';
}

/** The bytes of an article file now; `conflict` when it (or its whole folder) is gone. */
async function currentBytes(dir: string, fileName: string): Promise<Buffer> {
  const bytes = await readFile(join(dir, fileName)).catch(() => null);
  if (bytes !== null) return bytes;
  const isFolderThere = await stat(dir).then((info) => info.isDirectory(), () => false);
  throw new AppError('conflict', isFolderThere ? `"${fileName}" was deleted or moved outside Copydesk` : 'the workspace folder was deleted or moved outside Copydesk');
}

/**
 * Replaces an article file in `dir`: stages the new file (written whole, synced, read back), then
 * under the article's lock re-reads the current file, refuses with `conflict` unless it is still
 * `expectedHash`, and renames. A new `fileName` never replaces another file; the old one is then
 * removed. Used by the workspace and by the command-line export. Returns the new content hash.
 */
export async function replaceArticleFile(dir: string, change: { article: Article; fileName: string; oldFileName: string; expectedHash: string }): Promise<string> {
  const { article, fileName, oldFileName, expectedHash } = change;
  const isRenamed = fileName !== oldFileName;
  const { staged, hash } = await stageArticleFile(join(dir, fileName), article, { isExclusive: isRenamed });
  try {
    await withArticleLock(dir, article.id, async () => {
      if (contentHash(await currentBytes(dir, oldFileName)) !== expectedHash) throw changedOutside(oldFileName);
      await staged.place().catch((error: unknown) => {
        throw isFileExists(error) ? new AppError('conflict', `another article took the file name "${fileName}" a moment ago`) : error;
      });
      if (isRenamed) await unlink(join(dir, oldFileName)).catch(() => undefined);
    });
  } finally {
    await staged.discard();
  }
  // Outside the lock: the rename is already atomic, the sync only makes it survive a power cut.
  await syncFolder(dir);
  return hash;
}

/**
 * The write side of a workspace. Every article file goes through the one durable write (staged
 * whole, read back, renamed, folder synced). A replacement is checked against the version it was
 * made from under the article's lock, right before the rename, so two writers from the same base
 * cannot both win. `bases` holds the conflict base of each article open in the editor: it moves only
 * when the editor saves (or the reporter resolves a conflict), never because something re-read the file.
 */
export class ArticleWriter {
  /** Hash of the version the editor's copy of an article is based on. */
  readonly bases = new Map<string, string>();
  /**
   * For each article, the last version Copydesk read or wrote in full: its hash and the few facts a
   * save needs about it. A save from that version then needs only the file's hash (read under the
   * lock anyway), not a parse of the whole file. Facts of any other version are read from the file.
   */
  private readonly versions = new Map<string, { hash: string; facts: PreviousVersion }>();

  constructor(private readonly host: WriterHost) {}

  /**
   * Writes a new article under its slug or the next free variant, never replacing a file (another
   * process may have taken the name a moment ago). A workspace folder deleted outside Copydesk is
   * made again, so "keep mine as a copy" always has somewhere to go.
   */
  async add(article: Article): Promise<Article> {
    await mkdir(this.host.dir, { recursive: true });
    for (let attempt = 0; ; attempt += 1) {
      const slug = this.host.freeSlug(article.slug, article.id);
      const placed = { ...article, slug };
      const fileName = `${slug}${articleFileSuffix}`;
      const { staged, hash } = await stageArticleFile(join(this.host.dir, fileName), placed, { isExclusive: true });
      try {
        await staged.commit();
      } catch (error) {
        if (!isFileExists(error)) throw error;
        if (attempt >= 20) throw new AppError('write-failed', `could not find a free file name for "${slug}"`);
        await this.host.refreshFile(fileName);
        continue;
      }
      this.noteVersion(placed, hash);
      await this.placed(placed, fileName, null, hash);
      return placed;
    }
  }

  /**
   * Saves the editor's copy into the article's own file. Main owns slugs: the slug comes from the
   * file on disk, never from the renderer's copy, and only an untitled, unpublished article changes
   * its file name here (to its headline's slug, on the first save with a headline). Refuses with
   * `conflict` when the file changed since the editor's base version. `check` sees the version on
   * disk first and may refuse the save by throwing.
   */
  async save(article: Article, check?: (previous: PreviousVersion) => void): Promise<SavedArticle> {
    const entry = this.host.entry(article.id);
    const problem = bodyProblem(article.body);
    if (problem) throw new AppError('invalid-argument', `the body cannot be saved: ${problem}`);
    const base = this.bases.get(article.id) ?? entry.hash;
    // An early look, so a changed or deleted file is refused before anything is written; the
    // check that counts is made again under the lock, right before the rename.
    const bytes = await currentBytes(this.host.dir, entry.fileName);
    if (contentHash(bytes) !== base) throw changedOutside(entry.fileName);
    const known = this.versions.get(article.id);
    const current = known?.hash === base ? known.facts : parseArticleBytes(bytes);
    check?.(current);
    const isFirstHeadline = current.slug.startsWith('untitled') && article.headline.trim() !== '' && current.publication === null;
    const slug = isFirstHeadline ? this.host.freeSlug(slugify(article.headline), article.id) : current.slug;
    const saved = { ...article, slug };
    const fileName = isFirstHeadline ? `${slug}${articleFileSuffix}` : entry.fileName;
    const hash = await this.replace(saved, fileName, entry.fileName, base);
    this.bases.set(article.id, hash);
    return { article: saved, previousStatus: current.status };
  }

  /** Records a version of an article read or written in full, so a save from it need not parse the file. */
  noteVersion(article: Article, hash: string): void {
    const { slug, status, publication, corrections } = article;
    this.versions.set(article.id, { hash, facts: { slug, status, publication, corrections } });
  }

  /** Forgets what is known about an article's versions and its conflict base (trashed, or the conflict resolved). */
  forget(id: string): void {
    this.bases.delete(id);
    this.versions.delete(id);
  }

  /**
   * Writes main's own change to an article (a publication record; a new slug with a new
   * `fileName`) over the version `expectedHash` it was made from. The editor's conflict base
   * follows only when the editor was at that version, so a pending outside change still stops
   * the editor's next save.
   */
  async update(article: Article, expectedHash: string, fileName?: string): Promise<Article> {
    const entry = this.host.entry(article.id);
    const hash = await this.replace(article, fileName ?? entry.fileName, entry.fileName, expectedHash);
    if (this.bases.get(article.id) === expectedHash) this.bases.set(article.id, hash);
    return article;
  }

  /**
   * Replaces an article's file: stages the new file (written whole, synced, read back), then under
   * the article's lock re-reads the current file, refuses with `conflict` unless it is still
   * `expectedHash`, and renames. A new file name never replaces another file. Returns the new hash.
   */
  private async replace(article: Article, fileName: string, oldFileName: string, expectedHash: string): Promise<string> {
    const hash = await replaceArticleFile(this.host.dir, { article, fileName, oldFileName, expectedHash });
    this.noteVersion(article, hash);
    await this.placed(article, fileName, fileName !== oldFileName ? oldFileName : null, hash);
    return hash;
  }

  private async placed(article: Article, fileName: string, oldFileName: string | null, hash: string): Promise<void> {
    const info = await stat(join(this.host.dir, fileName));
    this.host.placed({ id: article.id, fileName, article, mtimeMs: info.mtimeMs, size: info.size, hash }, oldFileName);
  }
}
