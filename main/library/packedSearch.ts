import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { LazyMap, PackedMap } from './lazyMaps';
import { decode, encode, openSnapshot, searchFields, Uint32Builder, type Snapshot } from './packedFormat';
import { PackedPostings } from './packedPostings';
import { byCodeUnits, TermWriter } from './packedTermWriter';
import { LazyTreeNode } from './packedTree';
import type { SearchDocument } from './summary';

export { searchFields } from './packedFormat';
export { mergeSnapshots } from './packedMerge';

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
