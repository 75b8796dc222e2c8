import { formatVersion, magic, padded, type SnapshotHeader, type SnapshotParts } from './packedHeader';

/**
 * The search index file: a small JSON header, then 32-bit arrays (documents' short ids and field
 * lengths, the term table, postings' ids and frequencies), then three lists of strings (article
 * ids, content hashes, terms in code-unit order), each one line per item. Loading one from disk
 * reads everything but the postings (most of the file) and splits three strings; a term's
 * postings are read by range when a search first reaches it. A file already in memory (just
 * built or merged) is used in place.
 */

export { formatVersion, searchFields, SearchIndexReadError, type PostingSource, type Snapshot, type SnapshotHeader, type SnapshotParts } from './packedHeader';
export { decode, openSnapshot } from './packedDecode';

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

function lines(list: readonly string[], what: string): Buffer {
  for (const item of list) if (item.includes('\n')) throw new RangeError(`a search index ${what} holds a line break`);
  return Buffer.from(list.join('\n'), 'utf8');
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

