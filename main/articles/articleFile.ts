import { readFile, stat } from 'node:fs/promises';
import { liftToCurrentVersion, validateCurrentArticle } from '../../shared/article/migrate';
import { checkArticleFast } from './articleCheck';
import type { Article } from '../../shared/article/model';
import { bodyProblem } from '../../shared/editor/validateBody';
import { AppError } from '../../shared/errors';
import { contentHash, decodeArticleText, FileBytesReader, maxArticleFileBytes, parseArticleJson, tooLargeError } from './articleBytes';
import { stageFile, type StagedFile } from './durableWrite';
import { describeFsError } from './fsErrors';

export { describeFsError } from './fsErrors';
export { writeFileDurably } from './durableWrite';
export { articleFileSuffix, contentHash } from './articleBytes';

/** An article as read from disk, with the facts needed to notice later outside changes. */
export interface ArticleOnDisk {
  article: Article;
  hash: string;
  mtimeMs: number;
  size: number;
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
    if (info.size > maxArticleFileBytes) throw tooLargeError();
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unreadable-file', describeFsError(error, 'read'));
  }
  return { article: parseArticleBytes(bytes), hash: contentHash(bytes), mtimeMs: info.mtimeMs, size: info.size };
}

/**
 * Reads and validates article files one after another, blocking, into one reused buffer (see
 * `FileBytesReader`): for a thread that reads thousands of files.
 */
export class ArticleFileReader extends FileBytesReader {
  /** Reads and validates one article file, as `readArticleFile` does, without leaving this thread. */
  read(path: string): ArticleOnDisk {
    const { bytes, mtimeMs, size } = this.readBytes(path);
    return { article: parseArticleBytes(bytes), hash: contentHash(bytes), mtimeMs, size };
  }
}

/**
 * Parses and validates the bytes of an article file (any known schema version). Throws
 * `AppError('unreadable-file')` naming what is wrong.
 */
export function parseArticleBytes(bytes: Buffer): Article {
  return parseArticleText(decodeArticleText(bytes));
}

/** Parses and validates the text of an article file, as `parseArticleBytes` does for its bytes. */
export function parseArticleText(text: string): Article {
  return checkArticle(parseArticleJson(text));
}

/**
 * Validates parsed JSON as an article file (any known schema version): lifted to the current
 * version, checked field by field and its body against the editor schema. Throws
 * `AppError('unreadable-file')` naming what is wrong.
 */
export function checkArticle(parsed: unknown): Article {
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
