import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { migrateArticle } from '../../shared/article/migrate';
import type { Article } from '../../shared/article/model';
import { bodyProblem } from '../../shared/editor/validateBody';
import { AppError } from '../../shared/errors';

/** Suffix of every article file in a workspace. */
export const articleFileSuffix = '.article.json';

/** Largest article file Copydesk will read (a 20,000-word story is well under 1 MB). */
const maxArticleFileBytes = 64 * 1024 * 1024;

/** An article as read from disk, with the facts needed to notice later outside changes. */
export interface ArticleOnDisk {
  article: Article;
  hash: string;
  mtimeMs: number;
  size: number;
}

/** SHA-1 of file content; used to tell our own writes from other programs' writes. */
export function contentHash(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The exact text Copydesk writes for an article: stable key order, two-space indent, final newline. */
export function serializeArticle(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}

/**
 * Reads and validates one article file. Throws `AppError('unreadable-file')` with a reason a
 * person can act on; never modifies the file.
 */
export async function readArticleFile(path: string): Promise<ArticleOnDisk> {
  let info;
  let bytes: Buffer;
  try {
    info = await stat(path);
    if (info.size > maxArticleFileBytes) throw new AppError('unreadable-file', `the file is larger than ${maxArticleFileBytes / 1024 / 1024} MB`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unreadable-file', describeFsError(error, 'read'));
  }
  if (bytes.length === 0) throw new AppError('unreadable-file', 'the file is empty');
  const text = bytes.toString('utf8');
  if (text.includes('\u0000') || text.includes('\ufffd')) {
    throw new AppError('unreadable-file', 'the file is not UTF-8 text (binary data?)');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AppError('unreadable-file', `the JSON is broken or truncated (${(error as Error).message})`);
  }
  const article = migrateArticle(parsed);
  const problem = bodyProblem(article.body);
  if (problem) throw new AppError('unreadable-file', `the body does not fit the editor schema: ${problem}`);
  return { article, hash: contentHash(bytes), mtimeMs: info.mtimeMs, size: info.size };
}

/** Writes text atomically and durably: temp file, fsync, rename. */
export async function writeFileDurably(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true });
  } catch (error) {
    throw new AppError('write-failed', describeFsError(error, 'write'));
  }
}

/** Turns a Node file-system error into a sentence for a reporter. */
export function describeFsError(error: unknown, action: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return action === 'read' ? 'the file no longer exists' : 'the folder no longer exists';
    case 'EACCES':
    case 'EPERM':
      return action === 'read' ? 'permission denied: Copydesk may not read this file' : 'permission denied: the workspace folder is read-only for Copydesk';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is exhausted';
    case 'EBUSY':
      return 'the file is locked by another program';
    case 'EISDIR':
      return 'a folder has the article file name';
    default:
      return `could not ${action} the file (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
