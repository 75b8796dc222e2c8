/**
 * The search index file: a small JSON header, then 32-bit arrays (documents' short ids and field
 * lengths, the term table, postings' ids and frequencies), then three lists of strings (article
 * ids, content hashes, terms in code-unit order), each one line per item. Loading one maps the
 * arrays straight onto the file's bytes and splits three strings, and nothing more.
 */

/** The fields full-text search covers, in the order their ids are stored. */
export const searchFields = ['headline', 'dek', 'kicker', 'bylines', 'tags', 'text'] as const;

const magic = 0x43445331; // "CDS1"
/** Version 1 kept ids, hashes and terms in the JSON header, terms in no particular order. */
export const formatVersion = 2;

/** What an index file's JSON header holds. */
export interface SnapshotHeader {
  version: typeof formatVersion;
  workspace: string;
  /** The generation of this file: only a journal that names it is replayed on top of it. */
  journal: string;
  documentCount: number;
  nextId: number;
  averageFieldLength: number[];
  documents: number;
  terms: number;
  /** Length of the term table (fields per term, then field id and posting count per field). */
  termTableLength: number;
  postings: number;
  /** Bytes of the three string lists: article ids, content hashes, terms. */
  textBytes: [number, number, number];
}

/** What an index file holds, decoded. Per document, in ascending short id: short id, article id, content hash. */
export interface Snapshot {
  header: SnapshotHeader;
  shortIds: Uint32Array;
  fieldLengths: Uint32Array;
  termTable: Uint32Array;
  ids: Uint32Array;
  freqs: Uint32Array;
  documentIds: string[];
  hashes: string[];
  /** In code-unit order, each once, one per term of the term table. */
  terms: string[];
}

/** The parts of an index file, as `encode` takes them. */
export interface SnapshotParts {
  header: Omit<SnapshotHeader, 'version' | 'documents' | 'terms' | 'termTableLength' | 'postings' | 'textBytes'>;
  shortIds: Uint32Array;
  fieldLengths: Uint32Array;
  termTable: Uint32Array;
  ids: Uint32Array;
  freqs: Uint32Array;
  documentIds: readonly string[];
  hashes: readonly string[];
  terms: readonly string[];
}

/**
 * A growing Uint32 buffer, so writing an index never holds its postings in plain arrays. Given
 * the size it will reach (or a bound), it allocates once: no grown copies left for the collector.
 */
export class Uint32Builder {
  private data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  pushAll(values: ArrayLike<number>, offset = 0): void {
    for (let index = 0; index < values.length; index += 1) this.push((values[index] as number) + offset);
  }
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

const padded = (bytes: number) => Math.ceil(bytes / 4) * 4;

function lines(list: readonly string[], what: string): Buffer {
  for (const item of list) if (item.includes('\n')) throw new RangeError(`a search index ${what} holds a line break`);
  return Buffer.from(list.join('\n'), 'utf8');
}

function splitLines(text: string, count: number, what: string): string[] {
  const list = count === 0 ? [] : text.split('\n');
  if (list.length !== count) throw new RangeError(`the search index holds ${list.length} ${what}, its header says ${count}`);
  return list;
}

/** Writes an index file. */
export function encode(parts: SnapshotParts): Buffer {
  const texts = [lines(parts.documentIds, 'id'), lines(parts.hashes, 'hash'), lines(parts.terms, 'term')];
  if (parts.documentIds.length !== parts.shortIds.length || parts.hashes.length !== parts.shortIds.length) throw new RangeError('a search index needs one id and one hash per document');
  const header: SnapshotHeader = {
    ...parts.header,
    version: formatVersion,
    documents: parts.shortIds.length,
    terms: parts.terms.length,
    termTableLength: parts.termTable.length,
    postings: parts.ids.length,
    textBytes: [texts[0]!.length, texts[1]!.length, texts[2]!.length],
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const sections = [parts.shortIds, parts.fieldLengths, parts.termTable, parts.ids, parts.freqs];
  const total = 8 + padded(json.length) + sections.reduce((sum, section) => sum + section.byteLength, 0) + texts.reduce((sum, text) => sum + padded(text.length), 0);
  const out = Buffer.alloc(total);
  out.writeUInt32LE(magic, 0);
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  let offset = 8 + padded(json.length);
  for (const section of sections) {
    Buffer.from(section.buffer, section.byteOffset, section.byteLength).copy(out, offset);
    offset += section.byteLength;
  }
  for (const text of texts) {
    text.copy(out, offset);
    offset += padded(text.length);
  }
  return out;
}

function isAscending(list: ArrayLike<number>): boolean {
  for (let index = 1; index < list.length; index += 1) if ((list[index - 1] as number) >= (list[index] as number)) return false;
  return true;
}

function isInCodeUnitOrder(list: readonly string[]): boolean {
  for (let index = 1; index < list.length; index += 1) if ((list[index - 1] as string) >= (list[index] as string)) return false;
  return true;
}

/** Reads an index file; throws a RangeError naming what is wrong (another format, a cut-short or damaged file). */
export function decode(bytes: Uint8Array): Snapshot {
  // Typed views need 4-byte alignment, and little-endian data (every platform Electron runs on).
  const buffer = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== magic) throw new RangeError('not a Copydesk search index');
  const jsonLength = view.getUint32(4, true);
  if (8 + jsonLength > buffer.byteLength) throw new RangeError('the search index is truncated');
  const header = JSON.parse(Buffer.from(buffer.buffer, buffer.byteOffset + 8, jsonLength).toString('utf8')) as SnapshotHeader;
  if (header.version !== formatVersion) throw new RangeError(`search index version ${String(header.version)} is not ${formatVersion}`);
  const end = buffer.byteOffset + buffer.byteLength;
  let offset = buffer.byteOffset + 8 + padded(jsonLength);
  const take = (length: number) => {
    if (!Number.isInteger(length) || length < 0 || offset + length * 4 > end) throw new RangeError('the search index is truncated');
    const section = new Uint32Array(buffer.buffer, offset, length);
    offset += length * 4;
    return section;
  };
  const text = (length: number) => {
    if (!Number.isInteger(length) || length < 0 || offset + length > end) throw new RangeError('the search index is truncated');
    const decoded = Buffer.from(buffer.buffer, offset, length).toString('utf8');
    offset += padded(length);
    return decoded;
  };
  const shortIds = take(header.documents);
  const fieldLengths = take(header.documents * searchFields.length);
  const termTable = take(header.termTableLength);
  const ids = take(header.postings);
  const freqs = take(header.postings);
  if (!Array.isArray(header.textBytes) || header.textBytes.length !== 3) throw new RangeError('the search index header has no string lists');
  const [idsText, hashesText, termsText] = [text(header.textBytes[0]), text(header.textBytes[1]), text(header.textBytes[2])];
  const documentIds = splitLines(idsText, header.documents, 'ids');
  const hashes = splitLines(hashesText, header.documents, 'hashes');
  const terms = splitLines(termsText, header.terms, 'terms');
  if (!isAscending(shortIds)) throw new RangeError('the search index documents are out of order');
  if (!isInCodeUnitOrder(terms)) throw new RangeError('the search index terms are out of order');
  return { header, shortIds, fieldLengths, termTable, ids, freqs, documentIds, hashes, terms };
}
