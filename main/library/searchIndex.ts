import { randomUUID } from 'node:crypto';
import { writeFileDurably } from '../articles/durableWrite';
import { Journal } from './journal';
import { SearchIndexReadError } from './packedFormat';
import { mergeSnapshots, PackedMiniSearch } from './packedSearch';
import { mergeInWorker, NoWorkerError } from './scanPool';
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
  /** Set when a rebuilt index could not be written: the next compaction writes it whatever the journal's length. */
  private isFileUnwritten = false;

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

  /**
   * Joins the parts built by scan workers into one index file, writes it (with an empty journal of
   * its generation) and opens it as a warm start does: postings stay on disk and are read by range
   * as searches reach their terms, so main does not keep the whole index in memory after a cold
   * scan or a rebuild. When the disk refuses the file (or it cannot be opened again), the index is
   * kept in memory and the file is written at the next compaction. Rejects when the merge worker
   * fails (the parts went to it): the caller rebuilds the index from the files.
   */
  static async writeMerged(parts: readonly Uint8Array[], path: string, workspace: string): Promise<SearchIndex> {
    const generation = randomUUID();
    // Off main when the build has the worker, on this thread when it has not. The parts move to the
    // worker: when it fails they are gone, and the caller rebuilds the index from the files.
    const bytes = await mergeInWorker(parts, workspace, generation).catch((error: unknown) => {
      if (error instanceof NoWorkerError) return mergeSnapshots(parts, workspace, generation);
      throw error;
    });
    const isWritten = await writeFileDurably(path, bytes).then(() => new Journal<JournalLine>(SearchIndex.journalPathFor(path)).clear(generation)).then(() => true, () => false);
    const loaded = isWritten ? await SearchIndex.load(path, workspace) : null;
    if (loaded) return loaded;
    const { index, hashes } = PackedMiniSearch.fromSnapshot(bytes, workspace);
    const search = new SearchIndex(path, workspace, index, hashes, generation);
    // Not on disk (the disk refused it): the next compaction writes it.
    search.isFileUnwritten = !isWritten;
    return search;
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
    return this.isFileUnwritten || (this.isFileStale && this.journal.length >= Math.max(500, this.size / 10));
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
    this.isFileUnwritten = false;
    this.generation = generation;
    await this.journal.rebase(mark, generation);
    this.isFileStale = this.journal.length > 0;
  }

  /** Writes journal lines waiting to be written. */
  flush(): Promise<void> {
    return this.journal.flush();
  }
}
