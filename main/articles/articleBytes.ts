import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import { describeFsError } from './fsErrors';

/**
 * The first steps of reading an article file, with no schema library or editor schema: the
 * file's bytes, their hash, their text and its JSON. `articleFile.ts` validates what these give;
 * the library's scan worker uses them alone to list a file before it loads the full check.
 */

/** Suffix of every article file in a workspace. */
export const articleFileSuffix = '.article.json';

/** Largest article file Copydesk will read (a 20,000-word story is well under 1 MB). */
export const maxArticleFileBytes = 64 * 1024 * 1024;

/** SHA-1 of file content; used to tell our own writes from other programs' writes. */
export function contentHash(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex');
}

/** The refusal of a file whose size is over `maxArticleFileBytes`. */
export function tooLargeError(): AppError {
  return new AppError('unreadable-file', `the file is larger than ${maxArticleFileBytes / 1024 / 1024} MB`);
}

/**
 * Reads files one after another, blocking, into one buffer reused from file to file: for a worker
 * thread that reads thousands of files at a cold start. Each file costs an open, a stat, a read
 * and a close, a fraction of the CPU an asynchronous `readFile` spends per file (its thread-pool
 * round trips, promises and a new buffer each time).
 */
export class FileBytesReader {
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
      if (info.size > maxArticleFileBytes) throw tooLargeError();
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
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const notText = () => new AppError('unreadable-file', 'the file is not UTF-8 text (binary data?)');

/** An article file's bytes as text. Throws `AppError('unreadable-file')` when they are empty or not UTF-8. */
export function decodeArticleText(bytes: Buffer): string {
  if (bytes.length === 0) throw new AppError('unreadable-file', 'the file is empty');
  try {
    // Strict decoding: bytes that are not UTF-8 are refused, while a U+FFFD a reporter typed or pasted is text like any other.
    return strictUtf8.decode(bytes);
  } catch {
    throw notText();
  }
}

/** An article file's text parsed as JSON, unchecked. Throws `AppError('unreadable-file')` when it is empty, binary or broken. */
export function parseArticleJson(text: string): unknown {
  if (text.length === 0) throw new AppError('unreadable-file', 'the file is empty');
  if (text.includes('\u0000')) throw notText();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError('unreadable-file', `the JSON is broken or truncated (${(error as Error).message})`);
  }
}
