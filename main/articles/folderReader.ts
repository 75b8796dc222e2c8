import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { describeArticle } from '../library/summary';
import { articleFileSuffix, readArticleFile, type ArticleOnDisk } from './articleFile';
import type { EntryRegistry, WorkspaceEntry } from './entryRegistry';

/** How many files a scan reads at once. */
const scanConcurrency = 32;

/** A change on disk to a known article: its id, and whether its file is gone (or unreadable now). */
export type FileChange = { id: string; isDeleted: boolean } | null;

/** What the reader needs from the workspace: the folder, its registry, and what Copydesk last wrote or opened. */
export interface ReaderHost {
  readonly dir: string;
  readonly registry: EntryRegistry;
  /** An article's entry with the facts of a save not yet settled. */
  latest(id: string): WorkspaceEntry | undefined;
  /** The hash of the version the editor opened (its conflict base), if it has the article open. */
  base(id: string): string | undefined;
}

/**
 * Reads article files into the registry on this thread, tolerantly: a file that cannot be read is
 * recorded as unreadable with the reason, never touched. Tells the caller when an article open in
 * the editor changed under it.
 */
export class FolderReader {
  constructor(private readonly host: ReaderHost) {}

  /** Reads the whole folder; files whose mtime and size are unchanged are not re-read. */
  async scan(): Promise<void> {
    const { dir, registry } = this.host;
    await mkdir(dir, { recursive: true });
    const names = (await readdir(dir)).filter((name) => name.endsWith(articleFileSuffix)).sort();
    const present = new Set(names);
    for (const fileName of registry.knownFileNames()) {
      if (!present.has(fileName)) registry.forget(fileName);
    }
    // Reading files one at a time leaves the disk idle between calls; a few dozen in flight do not.
    for (let start = 0; start < names.length; start += scanConcurrency) {
      await Promise.all(names.slice(start, start + scanConcurrency).map((fileName) => this.refreshFile(fileName)));
    }
  }

  /** Re-reads one file after a change on disk; returns the id when a known article changed. */
  async refreshFile(fileName: string): Promise<FileChange> {
    const { registry } = this.host;
    const path = join(this.host.dir, fileName);
    const info = await stat(path).catch(() => null);
    const knownId = registry.idOfFile(fileName);
    if (!info) {
      if (knownId) registry.forget(fileName);
      registry.clearUnreadable(fileName);
      return knownId ? { id: knownId, isDeleted: true } : null;
    }
    const previous = knownId ? this.host.latest(knownId) : undefined;
    if (previous && previous.mtimeMs === info.mtimeMs && previous.size === info.size) return null;
    try {
      const onDisk = await readArticleFile(path);
      return this.accept(fileName, onDisk, previous);
    } catch (error) {
      registry.setUnreadable(fileName, error instanceof AppError ? error.message : String(error), info);
      return knownId ? { id: knownId, isDeleted: true } : null;
    }
  }

  /**
   * Records a file just read (`previous` is what was known of it before); returns the id when the
   * article is open in the editor and its file changed to something other than its conflict base.
   */
  accept(fileName: string, onDisk: ArticleOnDisk, previous: WorkspaceEntry | undefined): FileChange {
    const { article } = onDisk;
    const { summary, search } = describeArticle(article, fileName);
    const entry: WorkspaceEntry = { id: article.id, fileName, mtimeMs: onDisk.mtimeMs, size: onDisk.size, hash: onDisk.hash, summary };
    if (!this.host.registry.adopt(entry, search)) return null;
    const base = this.host.base(article.id);
    const isChanged = previous !== undefined && previous.hash !== onDisk.hash && base !== undefined;
    return isChanged && base !== onDisk.hash ? { id: article.id, isDeleted: false } : null;
  }
}
