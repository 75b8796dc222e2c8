import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { PackedPostings } from './packedPostings';
import type { SearchDocument } from './summary';

/** The fields full-text search covers, in the order their ids are stored. */
export const searchFields = ['headline', 'dek', 'kicker', 'bylines', 'tags', 'text'] as const;

/** MiniSearch's options, the same when an index is built, saved and loaded. */
export const searchOptions: Options<SearchDocument> = {
  fields: [...searchFields],
  storeFields: [],
  // Vacuuming walks every posting; discarded documents are dropped when the index file is rewritten instead.
  autoVacuum: false,
  searchOptions: { boost: { headline: 3, dek: 2, kicker: 2, bylines: 2, tags: 2 }, combineWith: 'AND' },
};

const magic = 0x43445331; // "CDS1"
const formatVersion = 1;

/** What an index file's JSON header holds; the postings follow it as 32-bit arrays. */
interface SnapshotHeader {
  version: typeof formatVersion;
  workspace: string;
  /** The generation of this file: only a journal that names it is replayed on top of it. */
  journal?: string;
  documentCount: number;
  nextId: number;
  averageFieldLength: number[];
  /** Per document, in the same order: short id, article id, content hash it was indexed from. */
  shortIds: number[];
  ids: string[];
  hashes: string[];
  terms: string[];
  /** Length of the term table (fields per term, then field id and posting count per field). */
  termTableLength: number;
  postings: number;
}

/** A decoded index file: header and typed views of its sections. */
interface Snapshot {
  header: SnapshotHeader;
  fieldLengths: Uint32Array;
  termTable: Uint32Array;
  ids: Uint32Array;
  freqs: Uint32Array;
}

/** A growing Uint32 buffer, so writing an index never holds its postings in plain arrays. */
class Uint32Builder {
  private data = new Uint32Array(1024);
  length = 0;
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

function encode(header: SnapshotHeader, sections: Uint32Array[]): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerBytes = Math.ceil(json.length / 4) * 4;
  const total = 8 + headerBytes + sections.reduce((sum, section) => sum + section.byteLength, 0);
  const out = Buffer.alloc(total);
  out.writeUInt32LE(magic, 0);
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  let offset = 8 + headerBytes;
  for (const section of sections) {
    Buffer.from(section.buffer, section.byteOffset, section.byteLength).copy(out, offset);
    offset += section.byteLength;
  }
  return out;
}

/** Reads an index file's header and sections; throws a RangeError naming what is wrong. */
function decode(bytes: Uint8Array): Snapshot {
  // Typed views need 4-byte alignment, and little-endian data (every platform Electron runs on).
  const buffer = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== magic) throw new RangeError('not a Copydesk search index');
  const jsonLength = view.getUint32(4, true);
  const header = JSON.parse(Buffer.from(buffer.buffer, buffer.byteOffset + 8, jsonLength).toString('utf8')) as SnapshotHeader;
  if (header.version !== formatVersion) throw new RangeError(`search index version ${String(header.version)} is not ${formatVersion}`);
  let offset = buffer.byteOffset + 8 + Math.ceil(jsonLength / 4) * 4;
  const take = (length: number) => {
    if (offset + length * 4 > buffer.byteOffset + buffer.byteLength) throw new RangeError('the search index is truncated');
    const section = new Uint32Array(buffer.buffer, offset, length);
    offset += length * 4;
    return section;
  };
  const fieldLengths = take(header.ids.length * searchFields.length);
  const termTable = take(header.termTableLength);
  return { header, fieldLengths, termTable, ids: take(header.postings), freqs: take(header.postings) };
}

/**
 * MiniSearch with a compact file format: `toSnapshot` writes the inverted index as 32-bit
 * arrays, and `fromSnapshot` loads one without building a map per posting (see
 * `PackedPostings`), so a warm start costs about one step per term rather than per posting.
 * It uses MiniSearch's protected index fields, which are part of its subclassing surface.
 */
export class PackedMiniSearch extends MiniSearch<SearchDocument> {
  constructor() {
    super(searchOptions);
  }

  /** Ranked matches for a query typed in the library; the last word matches as a prefix. */
  find(query: string): SearchResult[] {
    return this.search(query, {
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 2,
      fuzzy: (term) => (term.length >= 6 ? 0.15 : 0),
    });
  }

  /**
   * Writes the index; `hashOf` gives the content hash each document was indexed from, and
   * `journal` names the generation a journal must carry to be replayed on top of this file.
   */
  toSnapshot(workspace: string, hashOf: (id: string) => string, journal = ''): Buffer {
    const shortIds: number[] = [];
    const ids: string[] = [];
    const hashes: string[] = [];
    const fieldLengths = new Uint32Builder();
    for (const [shortId, id] of this._documentIds) {
      shortIds.push(shortId);
      ids.push(String(id));
      hashes.push(hashOf(String(id)));
      const lengths = this._fieldLength.get(shortId);
      for (let field = 0; field < searchFields.length; field += 1) fieldLengths.push(lengths?.[field] ?? 0);
    }
    const terms: string[] = [];
    const termTable = new Uint32Builder();
    const postingIds = new Uint32Builder();
    const postingFreqs = new Uint32Builder();
    for (const [term, fields] of this._index) {
      const live: { fieldId: number; ids: number[]; freqs: number[] }[] = [];
      for (const [fieldId, postings] of fields) {
        const sorted = postings instanceof PackedPostings ? postings.sortedEntries() : sortedMapEntries(postings);
        const kept = { fieldId, ids: [] as number[], freqs: [] as number[] };
        for (let index = 0; index < sorted.ids.length; index += 1) {
          const docId = sorted.ids[index] as number;
          if (!this._documentIds.has(docId)) continue;
          kept.ids.push(docId);
          kept.freqs.push(sorted.freqs[index] as number);
        }
        if (kept.ids.length) live.push(kept);
      }
      if (live.length === 0) continue;
      terms.push(term);
      termTable.push(live.length);
      for (const field of live) {
        termTable.push(field.fieldId);
        termTable.push(field.ids.length);
        postingIds.pushAll(field.ids);
        postingFreqs.pushAll(field.freqs);
      }
    }
    const header: SnapshotHeader = {
      version: formatVersion, workspace, journal, documentCount: this._documentCount, nextId: this._nextId, averageFieldLength: [...this._avgFieldLength],
      shortIds, ids, hashes, terms, termTableLength: termTable.length, postings: postingIds.length,
    };
    return encode(header, [fieldLengths.view(), termTable.view(), postingIds.view(), postingFreqs.view()]);
  }

  /**
   * Loads an index file written by `toSnapshot` for `workspace`, with the hash each document was
   * indexed from and the file's journal generation. Throws a RangeError when the file is not a usable index.
   */
  static fromSnapshot(bytes: Uint8Array, workspace: string): { index: PackedMiniSearch; hashes: Map<string, string>; journal: string } {
    const { header, fieldLengths, termTable, ids, freqs } = decode(bytes);
    if (header.workspace !== workspace) throw new RangeError('the search index belongs to another workspace');
    const index = new PackedMiniSearch();
    index._documentCount = header.documentCount;
    index._nextId = header.nextId;
    index._avgFieldLength = header.averageFieldLength;
    index._dirtCount = 0;
    const hashes = new Map<string, string>();
    const fieldCount = searchFields.length;
    const { shortIds, ids: documentIds, hashes: hashList } = header;
    for (let position = 0; position < shortIds.length; position += 1) {
      const shortId = shortIds[position] as number;
      const id = documentIds[position] as string;
      // Two parts of a merged index may hold one id (two files claiming it): the first wins and
      // the other's postings count as discarded.
      if (index._idToShortId.has(id)) {
        index._documentCount -= 1;
        continue;
      }
      index._documentIds.set(shortId, id);
      index._idToShortId.set(id, shortId);
      const lengths: number[] = new Array<number>(fieldCount);
      for (let field = 0; field < fieldCount; field += 1) lengths[field] = fieldLengths[position * fieldCount + field] as number;
      index._fieldLength.set(shortId, lengths);
      hashes.set(id, hashList[position] as string);
    }
    let cursor = 0;
    let posting = 0;
    for (const term of header.terms) {
      const fields = new Map<number, Map<number, number>>();
      const count = termTable[cursor++] as number;
      for (let field = 0; field < count; field += 1) {
        const fieldId = termTable[cursor++] as number;
        const length = termTable[cursor++] as number;
        fields.set(fieldId, new PackedPostings(ids, freqs, header.nextId, posting, posting + length));
        posting += length;
      }
      index._index.set(term, fields);
    }
    return { index, hashes, journal: typeof header.journal === 'string' ? header.journal : '' };
  }
}

function sortedMapEntries(postings: Map<number, number>): { ids: number[]; freqs: number[] } {
  const entries = [...postings].sort((a, b) => a[0] - b[0]);
  return { ids: entries.map((entry) => entry[0]), freqs: entries.map((entry) => entry[1]) };
}

/**
 * Joins index files built over disjoint sets of articles (one per scan worker) into one, as if a
 * single index had taken every article: short ids of each part are shifted past the previous
 * part's, postings are concatenated per term and field, and field-length averages are weighted.
 */
export function mergeSnapshots(parts: readonly Uint8Array[], workspace: string, journal = ''): Buffer {
  const decoded = parts.map(decode);
  const shortIds: number[] = [];
  const ids: string[] = [];
  const hashes: string[] = [];
  const fieldLengths = new Uint32Builder();
  const shifts: number[] = [];
  let nextId = 0;
  let documentCount = 0;
  const averages = searchFields.map(() => 0);
  for (const { header, fieldLengths: lengths } of decoded) {
    shifts.push(nextId);
    for (const [position, shortId] of header.shortIds.entries()) {
      shortIds.push(shortId + nextId);
      ids.push(header.ids[position] as string);
      hashes.push(header.hashes[position] as string);
    }
    fieldLengths.pushAll(lengths);
    searchFields.forEach((_, field) => (averages[field] = (averages[field] as number) + (header.averageFieldLength[field] ?? 0) * header.documentCount));
    documentCount += header.documentCount;
    nextId += header.nextId;
  }
  // Term → per field, the (part, start, length) runs to concatenate, in part order.
  const runs = new Map<string, Map<number, { part: number; start: number; length: number }[]>>();
  decoded.forEach(({ header, termTable }, part) => {
    let cursor = 0;
    let posting = 0;
    for (const term of header.terms) {
      const fields = runs.get(term) ?? new Map<number, { part: number; start: number; length: number }[]>();
      runs.set(term, fields);
      const count = termTable[cursor++] as number;
      for (let field = 0; field < count; field += 1) {
        const fieldId = termTable[cursor++] as number;
        const length = termTable[cursor++] as number;
        const list = fields.get(fieldId) ?? [];
        list.push({ part, start: posting, length });
        fields.set(fieldId, list);
        posting += length;
      }
    }
  });
  const terms: string[] = [];
  const termTable = new Uint32Builder();
  const postingIds = new Uint32Builder();
  const postingFreqs = new Uint32Builder();
  for (const [term, fields] of runs) {
    terms.push(term);
    termTable.push(fields.size);
    for (const [fieldId, list] of [...fields].sort((a, b) => a[0] - b[0])) {
      termTable.push(fieldId);
      termTable.push(list.reduce((sum, run) => sum + run.length, 0));
      for (const run of list) {
        const source = decoded[run.part] as Snapshot;
        postingIds.pushAll(source.ids.subarray(run.start, run.start + run.length), shifts[run.part]);
        postingFreqs.pushAll(source.freqs.subarray(run.start, run.start + run.length));
      }
    }
  }
  const header: SnapshotHeader = {
    version: formatVersion, workspace, journal, documentCount, nextId, averageFieldLength: averages.map((sum) => (documentCount ? sum / documentCount : 0)),
    shortIds, ids, hashes, terms, termTableLength: termTable.length, postings: postingIds.length,
  };
  return encode(header, [fieldLengths.view(), termTable.view(), postingIds.view(), postingFreqs.view()]);
}
