import { randomUUID } from 'node:crypto';
import { writeFileDurably } from '../articles/durableWrite';
import { Journal } from './journal';
import { SearchIndexReadError } from './packedFormat';
import { mergeSnapshots, PackedMiniSearch } from './packedSearch';
import type { SearchDocument } from './summary';

type JournalLine = ['put', SearchDocument, string] | ['remove', string];

/** One search hit: the article and the indexed words it matched (for highlighting). */
export interface SearchHit {
  id: string;
  terms: string[];
}

/**
 * The persisted, incremental full-text index: a MiniSearch index file beside the library index,
 * loaded at start without unpacking its postings, changed one article at a time, and journalled
 * (one line per change) until the journal is worth folding into a new file. The file and the
 * journal are written through the durable write; the file names its generation and only a journal
 * of that generation is replayed on it, so a crash between the two never applies stale lines.
 */
export class SearchIndex {
  private readonly journal: Journal<JournalLine>;
  private isFileStale = false;

  private constructor(
    private readonly path: string,
    private readonly workspace: string,
    private index: PackedMiniSearch,
    private readonly hashes: Map<string, string>,
    /** The generation of the index file these contents came from (or are about to be written as). */
    private generation: string,
    /** Ends reads from the loaded file (a file loaded from disk is read by range as searches need it). */
    private release: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.journal = new Journal<JournalLine>(SearchIndex.journalPathFor(path));
  }

  /** Where the index file lives for a library index at `cachePath`. */
  static pathFor(cachePath: string): string {
    return `${cachePath.replace(/\.json$/, '')}-search.bin`;
  }

  private static journalPathFor(path: string): string {
    return path.replace(/\.bin$/, '.log');
  }

  /** An empty index (to be filled, or replaced by a rebuilt one). */
  static empty(path: string, workspace: string): SearchIndex {
    return new SearchIndex(path, workspace, new PackedMiniSearch(), new Map(), '');
  }

  /**
   * Loads the index file (all but its postings, which are read by range as searches reach their
   * terms) and replays its journal; null when it is missing or unusable (then it is rebuilt).
   * Call `close` once the index is dropped.
   */
  static async load(path: string, workspace: string): Promise<SearchIndex | null> {
    const loaded = await PackedMiniSearch.openFile(path, workspace).catch(() => null);
    if (!loaded) return null;
    const search = new SearchIndex(path, workspace, loaded.index, loaded.hashes, loaded.journal, loaded.close);
    try {
      const lines = await search.journal.read(loaded.journal);
      for (const line of lines) {
        if (line[0] === 'put' && typeof line[1] === 'object' && line[1] !== null && typeof line[2] === 'string') search.apply(line[1], line[2]);
        else if (line[0] === 'remove' && typeof line[1] === 'string') search.discard(line[1]);
      }
      search.isFileStale = lines.length > 0;
    } catch (error) {
      await search.close();
      // Postings that could not be read while replaying: the file is damaged, so it is rebuilt.
      if (error instanceof SearchIndexReadError) return null;
      throw error;
    }
    return search;
  }

  /** Ends reads from the loaded index file; the index must not be searched or changed after. */
  close(): Promise<void> {
    const release = this.release;
    this.release = () => Promise.resolve();
    return release();
  }

  /** Builds the in-memory index from a rebuilt index file, keeping this index's file and journal. */
  static fromBytes(bytes: Uint8Array, path: string, workspace: string): SearchIndex {
    const { index, hashes, journal } = PackedMiniSearch.fromSnapshot(bytes, workspace);
    return new SearchIndex(path, workspace, index, hashes, journal);
  }

  /** Joins the parts built by scan workers into one index (to be written with `replaceFile`). */
  static fromMerged(parts: readonly Uint8Array[], path: string, workspace: string): { index: SearchIndex; bytes: Uint8Array } {
    const bytes = mergeSnapshots(parts, workspace, randomUUID());
    return { index: SearchIndex.fromBytes(bytes, path, workspace), bytes };
  }

  /**
   * Writes a rebuilt index file (made by `fromMerged` or `fromBytes`, so it carries this index's
   * generation) in place of the old one, then starts an empty journal for it. A crash between the
   * two leaves the old journal, which names another generation and is ignored.
   */
  async replaceFile(bytes: Uint8Array): Promise<void> {
    await writeFileDurably(this.path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    await this.journal.clear(this.generation);
    // Changes made since the rebuilt file was taken are journalled again, so none is lost.
    this.isFileStale = false;
  }

  /** Ids of every indexed article. */
  ids(): IterableIterator<string> {
    return this.hashes.keys();
  }

  private apply(document: SearchDocument, hash: string): void {
    this.discard(document.id);
    this.index.add(document);
    this.hashes.set(document.id, hash);
  }

  private discard(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.hashes.delete(id);
  }

  /** The content hash an article was indexed from (undefined when it is not indexed). */
  hashOf(id: string): string | undefined {
    return this.hashes.get(id);
  }

  /** How many articles are indexed. */
  get size(): number {
    return this.hashes.size;
  }

  /** Indexes (or re-indexes) one article. */
  put(document: SearchDocument, hash: string): void {
    if (this.hashes.get(document.id) === hash) return;
    this.apply(document, hash);
    this.journal.append(['put', document, hash]);
    this.isFileStale = true;
  }

  /** Drops an article from the index. */
  remove(id: string): void {
    if (!this.hashes.has(id)) return;
    this.discard(id);
    this.journal.append(['remove', id]);
    this.isFileStale = true;
  }

  /**
   * Ranked hits for a query; an empty query returns null (no filtering). Throws a
   * `SearchIndexReadError` when the index file's postings can no longer be read (then it must be rebuilt).
   */
  search(query: string): SearchHit[] | null {
    const trimmed = query.trim();
    if (!trimmed) return null;
    return this.index.find(trimmed).map((result) => ({ id: String(result.id), terms: Object.keys(result.match) }));
  }

  /** True when the journal has grown enough that rewriting the index file pays off. */
  shouldCompact(): boolean {
    return this.isFileStale && this.journal.length >= Math.max(500, this.size / 10);
  }

  /**
   * Writes the whole index file now under a new generation, then trims the journal to the changes
   * made after it was taken (they are rewritten under the new generation).
   */
  async writeFile(): Promise<void> {
    // Taken with the contents, before any await: the file holds exactly the first `mark` lines' changes.
    const mark = this.journal.length;
    const generation = randomUUID();
    const bytes = this.index.toSnapshot(this.workspace, (id) => this.hashes.get(id) ?? '', generation);
    await writeFileDurably(this.path, bytes);
    this.generation = generation;
    await this.journal.rebase(mark, generation);
    this.isFileStale = this.journal.length > 0;
  }

  /** Writes journal lines waiting to be written. */
  flush(): Promise<void> {
    return this.journal.flush();
  }
}
