import { readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { formatVersion, magic, padded, searchFields, SearchIndexReadError, type PostingSource, type Snapshot, type SnapshotHeader } from './packedHeader';

/** Reading a search index file (see `packedFormat.ts`): from memory (`decode`) or from disk, postings by range (`openSnapshot`). */

function splitLines(text: string, count: number, what: string): string[] {
  const list = count === 0 ? [] : text.split('\n');
  if (list.length !== count) throw new RangeError(`the search index holds ${list.length} ${what}, its header says ${count}`);
  return list;
}

function isAscending(list: ArrayLike<number>): boolean {
  for (let index = 1; index < list.length; index += 1) if ((list[index - 1] as number) >= (list[index] as number)) return false;
  return true;
}

function isInCodeUnitOrder(list: readonly string[]): boolean {
  for (let index = 1; index < list.length; index += 1) if ((list[index - 1] as string) >= (list[index] as string)) return false;
  return true;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Where each part of an index file starts (bytes from the file's start), from its header. */
interface Layout {
  /** The document, field-length and term-table arrays. */
  front: number;
  ids: number;
  freqs: number;
  /** The three string lists. */
  texts: number;
  /** The file's length. */
  total: number;
}

/** Reads the magic number and the header length from a file's first 8 bytes. */
function headerLength(first: Uint8Array): number {
  const view = new DataView(first.buffer, first.byteOffset, first.byteLength);
  if (first.byteLength < 8 || view.getUint32(0, true) !== magic) throw new RangeError('not a Copydesk search index');
  return view.getUint32(4, true);
}

/** Parses the JSON header and places the file's parts; throws naming a header of another version or one that does not add up. */
function layoutOf(json: Uint8Array, jsonLength: number, size: number): { header: SnapshotHeader; layout: Layout } {
  if (json.byteLength < jsonLength) throw new RangeError('the search index is truncated');
  let header: SnapshotHeader;
  try {
    header = JSON.parse(Buffer.from(json.buffer, json.byteOffset, jsonLength).toString('utf8')) as SnapshotHeader;
  } catch {
    throw new RangeError('the search index header is damaged');
  }
  if (header.version !== formatVersion) throw new RangeError(`search index version ${String(header.version)} is not ${formatVersion}`);
  const counts = [header.documents, header.termTableLength, header.postings, header.terms];
  if (!counts.every(isCount) || !Array.isArray(header.textBytes) || header.textBytes.length !== 3 || !header.textBytes.every(isCount)) {
    throw new RangeError('the search index header has no string lists or a count that is not a whole number');
  }
  const front = 8 + padded(jsonLength);
  const ids = front + (header.documents * (1 + searchFields.length) + header.termTableLength) * 4;
  const freqs = ids + header.postings * 4;
  const texts = freqs + header.postings * 4;
  const total = texts + header.textBytes.reduce((sum, length) => sum + padded(length), 0);
  if (size < total) throw new RangeError('the search index is truncated');
  if (size > total) throw new RangeError(`the search index has ${size - total} bytes past its end`);
  return { header, layout: { front, ids, freqs, texts, total } };
}

/** The arrays before the postings and the string lists after them, checked; `front` and `texts` are those parts' bytes (4-byte aligned). */
function sections(header: SnapshotHeader, front: Uint8Array, texts: Uint8Array): Omit<Snapshot, 'postings'> {
  let offset = front.byteOffset;
  const take = (length: number) => {
    const section = new Uint32Array(front.buffer, offset, length);
    offset += length * 4;
    return section;
  };
  const shortIds = take(header.documents);
  const fieldLengths = take(header.documents * searchFields.length);
  const termTable = take(header.termTableLength);
  let at = texts.byteOffset;
  const text = (length: number) => {
    const decoded = Buffer.from(texts.buffer, at, length).toString('utf8');
    at += padded(length);
    return decoded;
  };
  const [idsText, hashesText, termsText] = [text(header.textBytes[0]), text(header.textBytes[1]), text(header.textBytes[2])];
  const documentIds = splitLines(idsText, header.documents, 'ids');
  const hashes = splitLines(hashesText, header.documents, 'hashes');
  const terms = splitLines(termsText, header.terms, 'terms');
  if (!isAscending(shortIds)) throw new RangeError('the search index documents are out of order');
  if (!isInCodeUnitOrder(terms)) throw new RangeError('the search index terms are out of order');
  return { header, shortIds, fieldLengths, termTable, documentIds, hashes, terms };
}

/** Reads an index file held in memory; throws a RangeError naming what is wrong (another format, a cut-short or damaged file). */
export function decode(bytes: Uint8Array): Snapshot {
  // Typed views need 4-byte alignment, and little-endian data (every platform Electron runs on).
  const buffer = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const jsonLength = headerLength(buffer);
  const { header, layout } = layoutOf(buffer.subarray(8), jsonLength, buffer.byteLength);
  const ids = new Uint32Array(buffer.buffer, buffer.byteOffset + layout.ids, header.postings);
  const freqs = new Uint32Array(buffer.buffer, buffer.byteOffset + layout.freqs, header.postings);
  const postings: PostingSource = {
    read: (start, end) => ({ ids, freqs, from: start, to: end }),
  };
  return { ...sections(header, buffer.subarray(layout.front, layout.ids), buffer.subarray(layout.texts, layout.total)), postings };
}

/** Reads `length` bytes at `position` into a fresh 4-byte-aligned buffer; throws when the file ends first. */
async function readAt(handle: FileHandle, position: number, length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(new ArrayBuffer(padded(length)), 0, length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(bytes, done, length - done, position + done);
    if (bytesRead === 0) throw new RangeError('the search index is truncated');
    done += bytesRead;
  }
  return bytes;
}

/** Reads one range of a file into `target`, synchronously (a search is synchronous). */
function readRangeSync(fd: number, target: Uint32Array, position: number): void {
  const bytes = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
  let done = 0;
  while (done < bytes.byteLength) {
    let read: number;
    try {
      read = readSync(fd, bytes, done, bytes.byteLength - done, position + done);
    } catch (error) {
      throw new SearchIndexReadError(`the search index file could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (read === 0) throw new SearchIndexReadError('the search index file was cut short after it was loaded');
    done += read;
  }
}

/**
 * Opens an index file and reads all of it but its postings (the bulk of it), which are read by
 * range as searches reach their terms. Throws a RangeError naming what is wrong, as `decode`
 * does. `close` must be called once the index is no longer used.
 */
export async function openSnapshot(path: string): Promise<{ snapshot: Snapshot; close: () => Promise<void> }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const jsonLength = headerLength(await readAt(handle, 0, Math.min(size, 8)));
    const { header, layout } = layoutOf(await readAt(handle, 8, Math.min(jsonLength, size - 8)), jsonLength, size);
    const front = await readAt(handle, layout.front, layout.ids - layout.front);
    const texts = await readAt(handle, layout.texts, layout.total - layout.texts);
    const { fd } = handle;
    const postings: PostingSource = {
      read: (start, end) => {
        if (start < 0 || end > header.postings || start > end) throw new RangeError(`postings ${start}..${end} are outside the search index's ${header.postings}`);
        const ids = new Uint32Array(end - start);
        const freqs = new Uint32Array(end - start);
        readRangeSync(fd, ids, layout.ids + start * 4);
        readRangeSync(fd, freqs, layout.freqs + start * 4);
        return { ids, freqs, from: 0, to: end - start };
      },
    };
    return { snapshot: { ...sections(header, front, texts), postings }, close: () => handle.close() };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
