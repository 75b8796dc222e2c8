import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { LazyMap, PackedMap } from './lazyMaps';
import { decode, encode, openSnapshot, searchFields, Uint32Builder, type Snapshot } from './packedFormat';
import { PackedPostings } from './packedPostings';
import { LazyTreeNode } from './packedTree';
import type { SearchDocument } from './summary';

export { searchFields } from './packedFormat';

/** A term's postings per field, as MiniSearch keeps them. */
type FieldTermData = Map<number, Map<number, number>>;

/** MiniSearch's options, the same when an index is built, saved and loaded. */
export const searchOptions: Options<SearchDocument> = {
  fields: [...searchFields],
  storeFields: [],
  // Vacuuming walks every posting; discarded documents are dropped when the index file is rewritten instead.
  autoVacuum: false,
  searchOptions: { boost: { headline: 3, dek: 2, kicker: 2, bylines: 2, tags: 2 }, combineWith: 'AND' },
};

/** Documents' article ids by short id, read from a loaded file. */
class PackedDocumentIds extends PackedMap<string> {
  constructor(shortIds: Uint32Array, limit: number, private readonly list: readonly string[]) {
    super(shortIds, limit);
  }

  protected valueAt(position: number): string {
    return this.list[position] as string;
  }
}

/** Documents' field lengths by short id, read from a loaded file. */
class PackedFieldLengths extends PackedMap<number[]> {
  constructor(shortIds: Uint32Array, limit: number, private readonly lengths: Uint32Array) {
    super(shortIds, limit);
  }

  protected valueAt(position: number): number[] {
    const lengths: number[] = new Array<number>(searchFields.length);
    for (let field = 0; field < searchFields.length; field += 1) lengths[field] = this.lengths[position * searchFields.length + field] as number;
    return lengths;
  }
}

/** Where a file's term table and postings are written, one term at a time. */
class TermWriter {
  readonly terms: string[] = [];
  readonly termTable: Uint32Builder;
  readonly ids: Uint32Builder;
  readonly freqs: Uint32Builder;

  /** `bounds`, when known, are at least the term table's and the postings' final lengths. */
  constructor(bounds?: { termTable: number; postings: number }) {
    this.termTable = new Uint32Builder(bounds?.termTable);
    this.ids = new Uint32Builder(bounds?.postings);
    this.freqs = new Uint32Builder(bounds?.postings);
  }

  /**
   * Writes one term (terms must come in code-unit order). `fields` yields, field by field in
   * ascending field id, the runs of postings to write in ascending document order (ids shifted
   * by `shift`); a field with no posting, and a term with none at all, are not written.
   */
  add(term: string, fields: Iterable<{ fieldId: number; ids: ArrayLike<number>; freqs: ArrayLike<number>; shift?: number }[]>): void {
    const counts: number[] = [];
    for (const runs of fields) {
      const before = this.ids.length;
      for (const run of runs) {
        this.ids.pushAll(run.ids, run.shift ?? 0);
        this.freqs.pushAll(run.freqs);
      }
      if (this.ids.length > before) counts.push(runs[0]?.fieldId ?? 0, this.ids.length - before);
    }
    if (counts.length === 0) return;
    this.terms.push(term);
    this.termTable.push(counts.length / 2);
    for (const count of counts) this.termTable.push(count);
  }
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * MiniSearch with a compact file format (`packedFormat.ts`). `toSnapshot` writes the inverted
 * index as 32-bit arrays and its terms in order; `fromSnapshot` hands MiniSearch maps and a
 * radix tree that read the file's arrays and terms as they are asked for (`PackedMap`,
 * `LazyTreeNode`), so loading an index builds nothing per document, term or posting, and a
 * search builds only what it reads; loaded from disk (`openFile`), it reads only those postings.
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
    const shortIds = new Uint32Builder(this._documentIds.size);
    const documentIds: string[] = [];
    const hashes: string[] = [];
    const fieldLengths = new Uint32Builder(this._documentIds.size * searchFields.length);
    // Short ids are given in ascending order and a map iterates in insertion order, so they come out ascending.
    for (const [shortId, id] of this._documentIds) {
      shortIds.push(shortId);
      documentIds.push(String(id));
      hashes.push(hashOf(String(id)));
      const lengths = this._fieldLength.get(shortId);
      for (let field = 0; field < searchFields.length; field += 1) fieldLengths.push(lengths?.[field] ?? 0);
    }
    const writer = new TermWriter();
    for (const [term, fields] of [...this._index].sort((a, b) => byCodeUnits(a[0], b[0]))) {
      writer.add(term, (function* live(documents: Map<number, unknown>) {
        for (const [fieldId, postings] of [...fields].sort((a, b) => a[0] - b[0])) {
          const sorted = postings instanceof PackedPostings ? postings.sortedEntries() : sortedMapEntries(postings);
          const kept = { fieldId, ids: [] as number[], freqs: [] as number[] };
          for (let index = 0; index < sorted.ids.length; index += 1) {
            const docId = sorted.ids[index] as number;
            if (!documents.has(docId)) continue;
            kept.ids.push(docId);
            kept.freqs.push(sorted.freqs[index] as number);
          }
          yield [kept];
        }
      })(this._documentIds));
    }
    return encode({
      header: { workspace, journal, documentCount: this._documentCount, nextId: this._nextId, averageFieldLength: [...this._avgFieldLength] },
      shortIds: shortIds.view(), fieldLengths: fieldLengths.view(), termTable: writer.termTable.view(), ids: writer.ids.view(), freqs: writer.freqs.view(), documentIds, hashes, terms: writer.terms,
    });
  }

  /**
   * Loads an index file written by `toSnapshot` for `workspace`, held in memory, with the hash each
   * document was indexed from and the file's journal generation. Throws a RangeError when the file
   * is not a usable index.
   */
  static fromSnapshot(bytes: Uint8Array, workspace: string): LoadedIndex {
    return PackedMiniSearch.fromDecoded(decode(bytes), workspace);
  }

  /**
   * Loads an index file from disk without reading its postings: each term's are read from the
   * file when a search or a change first reaches the term. `close` ends those reads (call it
   * once the index is dropped). Throws a RangeError when the file is not a usable index.
   */
  static async openFile(path: string, workspace: string): Promise<LoadedIndex & { close: () => Promise<void> }> {
    const { snapshot, close } = await openSnapshot(path);
    try {
      return { ...PackedMiniSearch.fromDecoded(snapshot, workspace), close };
    } catch (error) {
      await close();
      throw error;
    }
  }

  private static fromDecoded(snapshot: Snapshot, workspace: string): LoadedIndex {
    const { header, shortIds, documentIds, hashes } = snapshot;
    if (header.workspace !== workspace) throw new RangeError('the search index belongs to another workspace');
    const limit = header.nextId;
    if (shortIds.length > 0 && (shortIds[shortIds.length - 1] as number) >= limit) throw new RangeError('the search index has a document beyond its next id');
    const index = new PackedMiniSearch();
    index._documentCount = header.documentCount;
    index._nextId = limit;
    index._avgFieldLength = header.averageFieldLength;
    index._dirtCount = 0;
    index._documentIds = new PackedDocumentIds(shortIds, limit, documentIds);
    index._fieldLength = new PackedFieldLengths(shortIds, limit, snapshot.fieldLengths);
    index._idToShortId = new LazyMap(() => documentIds.map((id, position) => [id, shortIds[position] as number] as const));
    const root = new LazyTreeNode<FieldTermData>(snapshot.terms, 0, snapshot.terms.length, 0, termData(snapshot));
    index._index._tree = root as unknown as typeof index._index._tree;
    return { index, hashes: new LazyMap(() => documentIds.map((id, position) => [id, hashes[position] as string] as const)), journal: typeof header.journal === 'string' ? header.journal : '' };
  }
}

/** A loaded index: the index, each document's content hash, and the journal generation it takes. */
export interface LoadedIndex {
  index: PackedMiniSearch;
  hashes: Map<string, string>;
  journal: string;
}

/** Makes a term's per-field postings from a loaded file when the tree first reaches it. */
function termData(snapshot: Snapshot): (term: number) => FieldTermData {
  const { header, termTable, postings } = snapshot;
  // Where each term's row starts in the term table and in the postings: one pass over the table.
  const rowStart = new Uint32Array(header.terms);
  const postingStart = new Uint32Array(header.terms);
  let cursor = 0;
  let posting = 0;
  for (let term = 0; term < header.terms; term += 1) {
    rowStart[term] = cursor;
    postingStart[term] = posting;
    const count = termTable[cursor++] ?? 0;
    for (let field = 0; field < count; field += 1) posting += termTable[cursor + field * 2 + 1] ?? 0;
    cursor += count * 2;
  }
  if (cursor !== termTable.length || posting !== header.postings) throw new RangeError('the search index term table does not match its postings');
  // Lazy: a fuzzy or prefix search walks past many terms' nodes and reads the postings of only those it matches.
  return (term) => new LazyMap<number, Map<number, number>>(() => {
    const fields: [number, PackedPostings][] = [];
    let at = rowStart[term] as number;
    const end = term + 1 < header.terms ? (postingStart[term + 1] as number) : header.postings;
    // The term's postings in every field are one run of the file: read once.
    const { ids, freqs, from } = postings.read(postingStart[term] as number, end);
    let start = from;
    const count = termTable[at++] as number;
    for (let field = 0; field < count; field += 1) {
      const fieldId = termTable[at++] as number;
      const length = termTable[at++] as number;
      fields.push([fieldId, new PackedPostings(ids, freqs, header.nextId, start, start + length)]);
      start += length;
    }
    return fields;
  });
}

function sortedMapEntries(postings: Map<number, number>): { ids: number[]; freqs: number[] } {
  const entries = [...postings].sort((a, b) => a[0] - b[0]);
  return { ids: entries.map((entry) => entry[0]), freqs: entries.map((entry) => entry[1]) };
}

/**
 * Joins index files built over disjoint sets of articles (one per scan worker) into one, as if a
 * single index had taken every article: short ids of each part are shifted past the previous
 * part's, postings are concatenated per term and field, and field-length averages are weighted.
 * When two parts hold one id (two files claiming it), the first wins: the other's document and
 * postings are left out, as one index taking both files would have skipped the second.
 */
export function mergeSnapshots(parts: readonly Uint8Array[], workspace: string, journal = ''): Buffer {
  const decoded = parts.map(decode);
  const documents = decoded.reduce((total, snapshot) => total + snapshot.shortIds.length, 0);
  const shortIds = new Uint32Builder(documents);
  const documentIds: string[] = [];
  const hashes: string[] = [];
  const fieldLengths = new Uint32Builder(documents * searchFields.length);
  const shifts: number[] = [];
  const seen = new Set<string>();
  /** Per part, the (unshifted) short ids of documents left out. */
  const dropped: Set<number>[] = [];
  let nextId = 0;
  let documentCount = 0;
  const sums = searchFields.map(() => 0);
  for (const { header, shortIds: partIds, documentIds: partDocuments, hashes: partHashes, fieldLengths: lengths } of decoded) {
    shifts.push(nextId);
    const left = new Set<number>();
    dropped.push(left);
    searchFields.forEach((_, field) => (sums[field] = (sums[field] as number) + (header.averageFieldLength[field] ?? 0) * header.documentCount));
    documentCount += header.documentCount;
    for (let position = 0; position < partIds.length; position += 1) {
      const id = partDocuments[position] as string;
      const lengthsOf = lengths.subarray(position * searchFields.length, (position + 1) * searchFields.length);
      if (seen.has(id)) {
        left.add(partIds[position] as number);
        documentCount -= 1;
        searchFields.forEach((_, field) => (sums[field] = (sums[field] as number) - (lengthsOf[field] ?? 0)));
        continue;
      }
      seen.add(id);
      shortIds.push((partIds[position] as number) + nextId);
      documentIds.push(id);
      hashes.push(partHashes[position] as string);
      fieldLengths.pushAll(lengthsOf);
    }
    nextId += header.nextId;
  }
  // Term → per field, the (part, start, length) runs to concatenate, in part order.
  const runs = new Map<string, Map<number, { part: number; start: number; length: number }[]>>();
  decoded.forEach(({ terms, termTable }, part) => {
    let cursor = 0;
    let posting = 0;
    for (const term of terms) {
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
  const sum = (pick: (snapshot: Snapshot) => number) => decoded.reduce((total, snapshot) => total + pick(snapshot), 0);
  const writer = new TermWriter({ termTable: sum((snapshot) => snapshot.termTable.length), postings: sum((snapshot) => snapshot.header.postings) });
  for (const term of [...runs.keys()].sort(byCodeUnits)) {
    const fields = runs.get(term) as Map<number, { part: number; start: number; length: number }[]>;
    writer.add(term, (function* kept() {
      for (const [fieldId, list] of [...fields].sort((a, b) => a[0] - b[0])) {
        yield list.map((run) => {
          const source = decoded[run.part] as Snapshot;
          const left = dropped[run.part] as Set<number>;
          const range = source.postings.read(run.start, run.start + run.length);
          const ids = range.ids.subarray(range.from, range.to);
          const freqs = range.freqs.subarray(range.from, range.to);
          if (left.size === 0) return { fieldId, ids, freqs, shift: shifts[run.part] as number };
          const keep = Array.from(ids, (docId) => !left.has(docId));
          return { fieldId, ids: ids.filter((_, index) => keep[index]), freqs: freqs.filter((_, index) => keep[index]), shift: shifts[run.part] as number };
        });
      }
    })());
  }
  const averageFieldLength = sums.map((sum) => (documentCount ? sum / documentCount : 0));
  return encode({
    header: { workspace, journal, documentCount, nextId, averageFieldLength },
    shortIds: shortIds.view(), fieldLengths: fieldLengths.view(), termTable: writer.termTable.view(), ids: writer.ids.view(), freqs: writer.freqs.view(), documentIds, hashes, terms: writer.terms,
  });
}
