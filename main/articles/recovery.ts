import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/article/model';
import { parseArticleBytes, writeArticleFile } from './articleFile';

/**
 * Keeps the text of saves that failed in the app's own data folder, so nothing a reporter
 * typed is lost when the workspace cannot be written; offered back on the next open.
 */
export class RecoveryStore {
  constructor(readonly dir: string) {}

  private path(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  /** Stores the unsaved article; failures here are reported by the caller's error. */
  async keep(article: Article): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeArticleFile(this.path(article.id), article);
  }

  /** Keeps text found after a crash unless newer text for the same article is already kept. */
  async offer(article: Article): Promise<void> {
    const kept = await this.find(article.id);
    if (!kept || kept.updatedAt < article.updatedAt) await this.keep(article);
  }

  /** The recovered article for an id, or null when there is none (or it is unreadable). */
  async find(id: string): Promise<Article | null> {
    try {
      return parseArticleBytes(await readFile(this.path(id)));
    } catch {
      return null;
    }
  }

  /** Forgets recovered text after a successful save or when the user discards it. */
  async discard(id: string): Promise<void> {
    await rm(this.path(id), { force: true });
  }
}
