/** The search index file's header, its decoded form and the constants both the writer and the reader use. */

/** The fields full-text search covers, in the order their ids are stored. */
export const searchFields = ['headline', 'dek', 'kicker', 'bylines', 'tags', 'text'] as const;

/** The first four bytes of an index file: "CDS1". */
export const magic = 0x43445331;
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

/**
 * A file's postings (document short ids and term frequencies, term by term). `read` gives the
 * postings `[start, end)` as positions `[from, to)` of two arrays: a file held in memory hands out
 * its own arrays, so terms share them; a file read by range copies just that range.
 */
export interface PostingSource {
  read(start: number, end: number): { ids: Uint32Array; freqs: Uint32Array; from: number; to: number };
}

/** What an index file holds, decoded. Per document, in ascending short id: short id, article id, content hash. */
export interface Snapshot {
  header: SnapshotHeader;
  shortIds: Uint32Array;
  fieldLengths: Uint32Array;
  termTable: Uint32Array;
  postings: PostingSource;
  documentIds: string[];
  hashes: string[];
  /** In code-unit order, each once, one per term of the term table. */
  terms: string[];
}

/** A search index file whose postings became unreadable after it was loaded (cut short or replaced by another program). */
export class SearchIndexReadError extends RangeError {}

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

/** A length rounded up to whole 32-bit words: every part of an index file starts 4-byte aligned. */
export const padded = (bytes: number) => Math.ceil(bytes / 4) * 4;
