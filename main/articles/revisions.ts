import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/article/model';
import { bodyWordCount } from '../../shared/article/text';
import { AppError } from '../../shared/errors';
import type { RevisionSummary } from '../../shared/ipc';
import { articleVerifier, parseArticleBytes, serializeArticle } from './articleFile';
import { writeFileDurably } from './durableWrite';
import { cleanTempFiles } from './tempFiles';
import { appendToRevisionIndex, readRevisionIndex, rewriteRevisionIndex } from './revisionIndex';

/** Why a snapshot was taken; part of its file name. */
export type RevisionReason = 'save' | 'status' | 'restore' | 'publish' | 'import';

const revisionIdPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(\d+)-([a-z]+)$/;

/** How many snapshots are read at once when the index has to be rebuilt. */
const readConcurrency = 32;

/**
 * Keeps full snapshots of an article under `.copydesk/history/<id>/` inside the workspace, with a
 * small index of their summaries so the History panel never reads every snapshot. The snapshots
 * are the truth; the index is a cache, checked against the folder on every listing.
 */
export class RevisionStore {
  constructor(private readonly workspaceDir: string) {}

  private dir(id: string): string {
    return join(this.workspaceDir, '.copydesk', 'history', id);
  }

  /** Writes a snapshot and returns its id (sortable by time). It never replaces another snapshot. */
  async snapshot(article: Article, reason: RevisionReason): Promise<string> {
    const dir = this.dir(article.id);
    await mkdir(dir, { recursive: true });
    const stamp = new Date(article.updatedAt).toISOString().replace(/[:.]/g, '-');
    const text = serializeArticle(article);
    let sequence = Math.max(0, ...(await this.ids(article.id)).map(sequenceOf)) + 1;
    for (;;) {
      const revisionId = `${stamp}-${sequence}-${reason}`;
      try {
        await writeFileDurably(join(dir, `${revisionId}.json`), text, { isExclusive: true, verify: articleVerifier(text) });
      } catch (error) {
        // Another process took this number a moment ago: take the next one.
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          sequence += 1;
          continue;
        }
        throw error;
      }
      // The index is a cache: when it cannot be written, the next listing reads this snapshot instead.
      await appendToRevisionIndex(dir, summarize(revisionId, article)).catch(() => undefined);
      return revisionId;
    }
  }

  private async ids(id: string): Promise<string[]> {
    try {
      const names = await readdir(this.dir(id));
      return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).filter((name) => revisionIdPattern.test(name));
    } catch {
      return [];
    }
  }

  /**
   * Snapshots of one article, newest first. Rows come from the index; snapshots it does not know
   * are read (and added to it). A snapshot that cannot be read is listed with `damage` set.
   */
  async list(id: string): Promise<RevisionSummary[]> {
    await cleanTempFiles(this.dir(id), { kind: 'complete' });
    const ids = await this.ids(id);
    const known = new Map((await readRevisionIndex(this.dir(id))).map((row) => [row.revisionId, row]));
    const missing = ids.filter((revisionId) => !known.has(revisionId));
    for (let start = 0; start < missing.length; start += readConcurrency) {
      const rows = await Promise.all(missing.slice(start, start + readConcurrency).map((revisionId) => this.summaryFromFile(id, revisionId)));
      for (const row of rows) known.set(row.revisionId, row);
    }
    const rows = ids.map((revisionId) => known.get(revisionId)).filter((row): row is RevisionSummary => row !== undefined);
    if (missing.length > 0 || rows.length !== known.size) await rewriteRevisionIndex(this.dir(id), rows).catch(() => undefined);
    return rows.sort((a, b) => sequenceOf(b.revisionId) - sequenceOf(a.revisionId) || b.revisionId.localeCompare(a.revisionId));
  }

  private async summaryFromFile(id: string, revisionId: string): Promise<RevisionSummary> {
    try {
      return summarize(revisionId, await this.read(id, revisionId));
    } catch (error) {
      const damage = error instanceof Error ? error.message : String(error);
      return { revisionId, at: timeOf(revisionId), reason: reasonOf(revisionId), headline: '', words: 0, damage };
    }
  }

  /** Reads one snapshot; a damaged one is refused with `unreadable-file` and the reason. */
  async read(id: string, revisionId: string): Promise<Article> {
    if (!revisionIdPattern.test(revisionId)) throw new AppError('invalid-argument', `"${revisionId}" is not a revision id`);
    let bytes: Buffer;
    try {
      bytes = await readFile(join(this.dir(id), `${revisionId}.json`));
    } catch {
      throw new AppError('not-found', 'that revision no longer exists');
    }
    try {
      return parseArticleBytes(bytes);
    } catch (error) {
      throw new AppError('unreadable-file', `that revision is damaged: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function summarize(revisionId: string, article: Article): RevisionSummary {
  return { revisionId, at: article.updatedAt, reason: reasonOf(revisionId), headline: article.headline, words: bodyWordCount(article.body), damage: null };
}

function sequenceOf(revisionId: string): number {
  return Number(revisionIdPattern.exec(revisionId)?.[6] ?? 0);
}

function reasonOf(revisionId: string): string {
  return revisionIdPattern.exec(revisionId)?.[7] ?? 'save';
}

/** The time in a revision id (`2026-11-28T10-00-00-000Z` → ISO 8601), for snapshots that cannot be read. */
function timeOf(revisionId: string): string {
  const parts = revisionIdPattern.exec(revisionId);
  return parts ? `${parts[1]}T${parts[2]}:${parts[3]}:${parts[4]}.${parts[5]}Z` : new Date(0).toISOString();
}
