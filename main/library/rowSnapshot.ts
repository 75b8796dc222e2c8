import { endianness } from 'node:os';
import { articleStatuses, type ArticleStatus } from '../../shared/article/model';
import type { ArticleSummary } from '../../shared/ipc';
import type { WorkspaceEntry } from '../articles/workspace';

/**
 * The library index snapshot as columns: a warm start reads the file, decodes the few short keys
 * every row needs at once (id, file name, hash, date) in one pass, and leaves the rest of each
 * row's text (headline, dek, lead…) as bytes, decoded only when something reads that field (the
 * rows in view, a search sorted by headline, the next snapshot). No JSON is parsed per row.
 *
 * Layout (little-endian typed arrays, each section aligned to 8 bytes):
 * magic, header length, header JSON, mtimes (f64), sizes (f64), words (u32), headline order
 * (u32), key offsets (u32, in UTF-16 units of the decoded keys), text offsets (u32, bytes),
 * flags (u8: status and "changed since published"), the keys (UTF-8), the text (UTF-8, row by
 * row, so a file cut short still holds its first rows whole).
 */
const magic = Buffer.from('CDLIBROW', 'latin1');
/** The format's version, in the header: any other version is read as "older format". */
export const rowSnapshotVersion = 4;
const keysPerRow = 4;
const textsPerRow = 7;

/** A file that could not be read, kept so it is listed at once and not re-read until it changes. */
export type UnreadableRecord = [fileName: string, mtimeMs: number, size: number, reason: string];

/** Facts stored beside the rows. */
export interface RowSnapshotMeta {
  workspace: string;
  /** The generation of this snapshot: only a journal that names it is read on top of it. */
  journal: string;
  /** The collation the headline order was made under. */
  collation: string;
  /** Files that could not be read: name, mtime, size, reason. */
  unreadable: UnreadableRecord[];
}

interface Header extends RowSnapshotMeta {
  copydeskLibrary: number;
  endian: string;
  count: number;
  keysBytes: number;
  textBytes: number;
}

/** What a snapshot file holds. `isComplete` is false when the file was cut short and only its first rows were whole. */
export interface DecodedSnapshot {
  meta: RowSnapshotMeta;
  /** Rows newest first (the first rows only, when the file was cut short). */
  entries: readonly WorkspaceEntry[];
  /** Positions in `entries` by headline; null when the file was cut short. */
  headlineOrder: ArrayLike<number> | null;
  isComplete: boolean;
}

/** Why a snapshot file cannot be used at all (not a snapshot, another format, cut inside its columns). */
export class RowSnapshotError extends Error {
  constructor(message: string, readonly isOlderFormat = false) {
    super(message);
    this.name = 'RowSnapshotError';
  }
}

const align = (offset: number) => Math.ceil(offset / 8) * 8;

/** The text fields of one row, decoded from the snapshot's bytes when read. */
class StoredText {
  constructor(private readonly bytes: Buffer, private readonly offsets: Uint32Array) {}

  field(row: number, field: number): string {
    const at = row * textsPerRow + field;
    return this.bytes.toString('utf8', this.offsets[at], this.offsets[at + 1]);
  }
}

/**
 * A library row read from a snapshot: the keys are plain properties, the text fields getters
 * that decode their bytes. It is a class instance, so it must be copied field by field (see
 * `plainSummary`) before it crosses to the renderer.
 */
class StoredSummary implements ArticleSummary {
  constructor(
    readonly id: string,
    readonly fileName: string,
    readonly updatedAt: string,
    readonly status: ArticleStatus,
    readonly words: number,
    readonly isChangedSincePublished: boolean,
    private readonly text: StoredText,
    private readonly row: number,
  ) {}

  get slug(): string {
    return this.text.field(this.row, 0);
  }
  get kicker(): string {
    return this.text.field(this.row, 1);
  }
  get headline(): string {
    return this.text.field(this.row, 2);
  }
  get dek(): string {
    return this.text.field(this.row, 3);
  }
  get bylines(): string {
    return this.text.field(this.row, 4);
  }
  get tags(): string[] {
    return JSON.parse(this.text.field(this.row, 5)) as string[];
  }
  get lead(): string {
    return this.text.field(this.row, 6);
  }
}

/** A summary as a plain object (every field copied), whatever kind of row it came from. */
export function plainSummary(row: ArticleSummary): ArticleSummary {
  const { id, slug, fileName, kicker, headline, dek, status, bylines, updatedAt, words, isChangedSincePublished, tags, lead } = row;
  return { id, slug, fileName, kicker, headline, dek, status, bylines, updatedAt, words, isChangedSincePublished, tags, lead };
}

/** Encodes rows (newest first) and the headline order (positions in `entries`, one per row) as a snapshot file. */
export function encodeRowSnapshot(data: DecodedSnapshot): Buffer {
  const steps = encodeSteps(data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * What `encodeRowSnapshot` gives, with the event loop free at least every `sliceMs` (the rows are
 * encoded a thousand at a time), so writing a cold start's snapshot of 50,000 rows never holds
 * main for long. `data` must not change until this resolves.
 */
export async function encodeRowSnapshotInSlices(data: DecodedSnapshot, sliceMs = 8): Promise<Buffer> {
  const steps = encodeSteps(data);
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() < deadline) continue;
    await new Promise((resolve) => setImmediate(resolve));
    deadline = performance.now() + sliceMs;
  }
}

/** Rows encoded between two points where the encoding may pause. */
const rowsPerStep = 1_000;

/** The encoding of a snapshot, pausing (yielding) after each `rowsPerStep` rows; returns the file's bytes. */
function* encodeSteps({ meta, entries, headlineOrder }: DecodedSnapshot): Generator<void, Buffer> {
  const count = entries.length;
  const mtimes = new Float64Array(count);
  const sizes = new Float64Array(count);
  const words = new Uint32Array(count);
  const order = Uint32Array.from(headlineOrder ?? []);
  if (order.length !== count) throw new RangeError(`encodeRowSnapshot: a headline order of ${order.length} positions for ${count} rows`);
  const keyOffsets = new Uint32Array(count * keysPerRow + 1);
  const textOffsets = new Uint32Array(count * textsPerRow + 1);
  const flags = new Uint8Array(count);
  // Keys and texts are encoded a step's rows at a time, so the end of the encoding is one copy, not a join of every row.
  let keys: string[] = [];
  let texts: string[] = [];
  const keyChunks: Buffer[] = [];
  const textChunks: Buffer[] = [];
  let keyAt = 0;
  let textAt = 0;
  let textChunkAt = 0;
  const encodeChunk = () => {
    keyChunks.push(Buffer.from(keys.join(''), 'utf8'));
    textChunks.push(textBuffer(texts, textAt - textChunkAt));
    keys = [];
    texts = [];
    textChunkAt = textAt;
  };
  for (let row = 0; row < count; row += 1) {
    const { fileName, mtimeMs, size, hash, summary } = entries[row] as WorkspaceEntry;
    mtimes[row] = mtimeMs;
    sizes[row] = size;
    words[row] = summary.words;
    flags[row] = (articleStatuses.indexOf(summary.status) << 1) | (summary.isChangedSincePublished ? 1 : 0);
    for (const [index, key] of [summary.id, fileName, hash, summary.updatedAt].entries()) {
      keys.push(key);
      keyAt += key.length;
      keyOffsets[row * keysPerRow + index + 1] = keyAt;
    }
    for (const [index, text] of [summary.slug, summary.kicker, summary.headline, summary.dek, summary.bylines, JSON.stringify(summary.tags), summary.lead].entries()) {
      texts.push(text);
      textAt += Buffer.byteLength(text, 'utf8');
      textOffsets[row * textsPerRow + index + 1] = textAt;
    }
    if (row % rowsPerStep === rowsPerStep - 1) {
      encodeChunk();
      yield;
    }
  }
  encodeChunk();
  const keysBytes = Buffer.concat(keyChunks);
  const header: Header = { copydeskLibrary: rowSnapshotVersion, endian: endianness(), count, keysBytes: keysBytes.length, textBytes: textAt, ...meta };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const columns = [mtimes, sizes, words, order, keyOffsets, textOffsets, flags];
  const parts: Uint8Array[] = [magic, Buffer.from(new Uint32Array([headerBytes.length, 0]).buffer), headerBytes];
  let length = 16 + headerBytes.length;
  for (const column of columns) {
    const padding = align(length) - length;
    if (padding > 0) parts.push(Buffer.alloc(padding));
    parts.push(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
    length += padding + column.byteLength;
  }
  return Buffer.concat([...parts, keysBytes, ...textChunks]);
}

/** `texts` encoded one after another in UTF-8 (`byteLength` bytes in all, as each alone gives). */
function textBuffer(texts: readonly string[], byteLength: number): Buffer {
  const joined = Buffer.from(texts.join(''), 'utf8');
  // Lone surrogates at the ends of two fields would pair up once joined: then each field is encoded alone.
  return joined.length === byteLength ? joined : Buffer.concat(texts.map((text) => Buffer.from(text, 'utf8')));
}

type Column = Float64Array | Uint32Array | Uint8Array;

/** Reads a snapshot file. Throws `RowSnapshotError` when no row can be used; a file cut inside its text keeps its whole rows. */
export function decodeRowSnapshot(bytes: Buffer): DecodedSnapshot {
  if (bytes.length < 16 || !bytes.subarray(0, magic.length).equals(magic)) throw new RowSnapshotError('not a library snapshot', true);
  const headerLength = bytes.readUInt32LE(8);
  if (16 + headerLength > bytes.length) throw new RowSnapshotError('the snapshot is cut short inside its header');
  const header = JSON.parse(bytes.toString('utf8', 16, 16 + headerLength)) as Partial<Header>;
  if (header.copydeskLibrary !== rowSnapshotVersion) throw new RowSnapshotError(`the snapshot is of format ${String(header.copydeskLibrary)}, not ${rowSnapshotVersion}`, true);
  if (header.endian !== endianness()) throw new RowSnapshotError('the snapshot was written on a machine of other byte order');
  const { count, keysBytes, textBytes } = header;
  if (typeof count !== 'number' || typeof keysBytes !== 'number' || typeof textBytes !== 'number') throw new RowSnapshotError('the snapshot header lacks its sizes');
  let at = 16 + headerLength;
  const column = <T extends Column>(make: new (buffer: ArrayBufferLike, offset: number, length: number) => T, unit: number, length: number): T => {
    at = align(at);
    const end = at + unit * length;
    if (end > bytes.length) throw new RowSnapshotError('the snapshot is cut short inside its columns');
    const start = bytes.byteOffset + at;
    at = end;
    // Typed arrays need aligned offsets; a buffer that starts unaligned is copied.
    return start % unit === 0 ? new make(bytes.buffer, start, length) : new make(bytes.buffer.slice(start, start + unit * length), 0, length);
  };
  const mtimes = column(Float64Array, 8, count);
  const sizes = column(Float64Array, 8, count);
  const words = column(Uint32Array, 4, count);
  const order = column(Uint32Array, 4, count);
  const keyOffsets = column(Uint32Array, 4, count * keysPerRow + 1);
  const textOffsets = column(Uint32Array, 4, count * textsPerRow + 1);
  const flags = column(Uint8Array, 1, count);
  if (at + keysBytes > bytes.length) throw new RowSnapshotError('the snapshot is cut short inside its keys');
  const keys = bytes.toString('utf8', at, at + keysBytes);
  const textStart = at + keysBytes;
  const expectedEnd = textStart + textBytes;
  if (bytes.length > expectedEnd) throw new RowSnapshotError(`the snapshot has ${bytes.length - expectedEnd} bytes after its end`);
  const available = bytes.length - textStart;
  const text = new StoredText(bytes.subarray(textStart), textOffsets);
  const entries: WorkspaceEntry[] = [];
  for (let row = 0; row < count; row += 1) {
    if ((textOffsets[(row + 1) * textsPerRow] as number) > available) break;
    const key = (index: number) => keys.substring(keyOffsets[row * keysPerRow + index] as number, keyOffsets[row * keysPerRow + index + 1] as number);
    const flag = flags[row] as number;
    const status = articleStatuses[flag >> 1];
    if (status === undefined) throw new RowSnapshotError(`row ${row} of the snapshot has no valid status`);
    const id = key(0);
    const fileName = key(1);
    const summary = new StoredSummary(id, fileName, key(3), status, words[row] as number, (flag & 1) === 1, text, row);
    entries.push({ id, fileName, mtimeMs: mtimes[row] as number, size: sizes[row] as number, hash: key(2), summary });
  }
  const isComplete = entries.length === count;
  const { workspace, journal, collation, unreadable } = header;
  const meta: RowSnapshotMeta = { workspace: String(workspace), journal: String(journal), collation: String(collation), unreadable: Array.isArray(unreadable) ? unreadable : [] };
  return { meta, entries, headlineOrder: isComplete ? order : null, isComplete };
}
