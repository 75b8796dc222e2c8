import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrateArticle } from '../../shared/article/migrate';
import type { Article } from '../../shared/article/model';
import { bodyWordCount } from '../../shared/article/text';
import { AppError } from '../../shared/errors';
import type { RevisionSummary } from '../../shared/ipc';
import { serializeArticle, writeFileDurably } from './articleFile';

/** Why a snapshot was taken; part of its file name. */
export type RevisionReason = 'save' | 'status' | 'restore' | 'publish' | 'import';

const revisionIdPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(\d+)-([a-z]+)$/;

/** Keeps full snapshots of an article under `.copydesk/history/<id>/` inside the workspace. */
export class RevisionStore {
  constructor(private readonly workspaceDir: string) {}

  private dir(id: string): string {
    return join(this.workspaceDir, '.copydesk', 'history', id);
  }

  /** Writes a snapshot and returns its id (sortable by time). */
  async snapshot(article: Article, reason: RevisionReason): Promise<string> {
    const dir = this.dir(article.id);
    await mkdir(dir, { recursive: true });
    const existing = await this.ids(article.id);
    const revisionId = `${new Date(article.updatedAt).toISOString().replace(/[:.]/g, '-')}-${existing.length + 1}-${reason}`;
    await writeFileDurably(join(dir, `${revisionId}.json`), serializeArticle(article));
    return revisionId;
  }

  private async ids(id: string): Promise<string[]> {
    try {
      const names = await readdir(this.dir(id));
      return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
    } catch {
      return [];
    }
  }

  /** Snapshots of one article, newest first. */
  async list(id: string): Promise<RevisionSummary[]> {
    const ids = (await this.ids(id)).filter((revisionId) => revisionIdPattern.test(revisionId));
    const rows = await Promise.all(
      ids.map(async (revisionId) => {
        const article = await this.read(id, revisionId);
        const reason = revisionIdPattern.exec(revisionId)?.[3] ?? 'save';
        return { revisionId, at: article.updatedAt, reason, headline: article.headline, words: bodyWordCount(article.body) };
      }),
    );
    return rows.sort((a, b) => sequence(b.revisionId) - sequence(a.revisionId));
  }

  /** Reads one snapshot. */
  async read(id: string, revisionId: string): Promise<Article> {
    if (!revisionIdPattern.test(revisionId)) throw new AppError('invalid-argument', `"${revisionId}" is not a revision id`);
    let text: string;
    try {
      text = await readFile(join(this.dir(id), `${revisionId}.json`), 'utf8');
    } catch {
      throw new AppError('not-found', 'that revision no longer exists');
    }
    return migrateArticle(JSON.parse(text));
  }
}

function sequence(revisionId: string): number {
  return Number(revisionIdPattern.exec(revisionId)?.[2] ?? 0);
}
