import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { liftToCurrentVersion, validateCurrentArticle } from '../../shared/article/migrate';
import { checkArticleFast } from './articleCheck';
import type { Article } from '../../shared/article/model';
import { bodyProblem } from '../../shared/editor/validateBody';
import { AppError } from '../../shared/errors';
import { stageFile, type StagedFile } from './durableWrite';
import { describeFsError } from './fsErrors';

export { describeFsError } from './fsErrors';
export { writeFileDurably } from './durableWrite';

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
  return { article: parseArticleBytes(bytes), hash: contentHash(bytes), mtimeMs: info.mtimeMs, size: info.size };
}

/**
 * Reads article files one after another, blocking, into one buffer reused from file to file: for
 * a worker thread that reads thousands of files at a cold start. Each file costs an open, a stat,
 * a read and a close, a fraction of the CPU an asynchronous `readFile` spends per file (its
 * thread-pool round trips, promises and a new buffer each time).
 */
export class ArticleFileReader {
  private buffer = Buffer.allocUnsafe(256 * 1024);

  /**
   * A file's bytes with its mtime and size. The bytes are a view of the reader's buffer, valid
   * until its next read. Throws `AppError('unreadable-file')` as `readArticleFile` does.
   */
  readBytes(path: string): { bytes: Buffer; mtimeMs: number; size: number } {
    let fd: number | null = null;
    try {
      fd = openSync(path, 'r');
      const info = fstatSync(fd);
      if (info.size > maxArticleFileBytes) throw new AppError('unreadable-file', `the file is larger than ${maxArticleFileBytes / 1024 / 1024} MB`);
      if (info.size > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(info.size, this.buffer.length * 2));
      let length = 0;
      // A short read is read on from where it stopped; a file cut shorter meanwhile ends at its end.
      while (length < info.size) {
        const read = readSync(fd, this.buffer, length, info.size - length, length);
        if (read === 0) break;
        length += read;
      }
      return { bytes: this.buffer.subarray(0, length), mtimeMs: info.mtimeMs, size: info.size };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('unreadable-file', describeFsError(error, 'read'));
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }

  /** Reads and validates one article file, as `readArticleFile` does, without leaving this thread. */
  read(path: string): ArticleOnDisk {
    const { bytes, mtimeMs, size } = this.readBytes(path);
    return { article: parseArticleBytes(bytes), hash: contentHash(bytes), mtimeMs, size };
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const notText = () => new AppError('unreadable-file', 'the file is not UTF-8 text (binary data?)');

/**
 * Parses and validates the bytes of an article file (any known schema version). Throws
 * `AppError('unreadable-file')` naming what is wrong.
 */
export function parseArticleBytes(bytes: Buffer): Article {
  if (bytes.length === 0) throw new AppError('unreadable-file', 'the file is empty');
  let text: string;
  try {
    // Strict decoding: bytes that are not UTF-8 are refused, while a U+FFFD a reporter typed or pasted is text like any other.
    text = strictUtf8.decode(bytes);
  } catch {
    throw notText();
  }
  return parseArticleText(text);
}

/** Parses and validates the text of an article file, as `parseArticleBytes` does for its bytes. */
export function parseArticleText(text: string): Article {
  if (text.length === 0) throw new AppError('unreadable-file', 'the file is empty');
  if (text.includes('\u0000')) throw notText();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AppError('unreadable-file', `the JSON is broken or truncated (${(error as Error).message})`);
  }
  // The fast check vouches for ordinary current files; anything else (and every bad file) goes through zod, which names the problem.
  const raw = liftToCurrentVersion(parsed);
  const article = checkArticleFast(raw) ?? validateCurrentArticle(raw);
  const problem = bodyProblem(article.body);
  if (problem) throw new AppError('unreadable-file', `the body does not fit the editor schema: ${problem}`);
  return article;
}

/** An article written to a synced temp file and read back whole, ready to be put in place. */
export interface StagedArticle {
  staged: StagedFile;
  hash: string;
}

/** Content hashes of the last few article texts that parsed as articles, newest first. */
const parsedTexts: string[] = [];
const parsedTextsKept = 8;

/**
 * The durable-write check for an article's `text`: it must parse as an article. The write then
 * reads its temp file back and compares it byte for byte with `text`'s UTF-8, so the text parsed
 * here (once, without decoding the bytes again) is exactly what lands on disk. `hash` is the
 * text's content hash, when the caller has it already.
 */
export function articleVerifier(text: string, hash = contentHash(text)): (bytes: Buffer) => void {
  return () => {
    // Parsing is a pure function of the text: one that just parsed (a save's revision is the
    // same text as the save's file) is not parsed again.
    if (parsedTexts.includes(hash)) return;
    parseArticleText(text);
    parsedTexts.unshift(hash);
    parsedTexts.length = Math.min(parsedTexts.length, parsedTextsKept);
  };
}


/**
 * Stages an article file durably: every byte written, synced, read back and compared, and the text
 * parsed as an article, before anything is replaced. `isExclusive` refuses to replace an existing file.
 */
export async function stageArticleFile(path: string, article: Article, options: { isExclusive?: boolean } = {}): Promise<StagedArticle> {
  const text = serializeArticle(article);
  const bytes = Buffer.from(text, 'utf8');
  const hash = contentHash(bytes);
  const staged = await stageFile(path, bytes, { ...options, verify: articleVerifier(text, hash) });
  return { staged, hash };
}

/** Writes an article file durably (staged, checked, renamed into place, folder synced). */
export async function writeArticleFile(path: string, article: Article): Promise<string> {
  const { staged, hash } = await stageArticleFile(path, article);
  await staged.commit();
  return hash;
}
