import { endianness } from 'node:os';
import { articleStatuses, type ArticleStatus } from '../../shared/article/model';
import type { ArticleSummary } from '../../shared/ipc';
import type { WorkspaceEntry } from '../articles/workspace';
import { align, keysPerRow, magic, rowSnapshotVersion, textsPerRow, type DecodedSnapshot, type Header, type RowSnapshotMeta } from './rowSnapshotLayout';

/** Reading the library index snapshot (see `rowSnapshotLayout.ts`): rows whose text fields are decoded when read. */

export { rowSnapshotVersion, type DecodedSnapshot, type RowSnapshotMeta, type UnreadableRecord } from './rowSnapshotLayout';
export { encodeRowSnapshot, encodeRowSnapshotInSlices } from './rowSnapshotEncode';

/** Why a snapshot file cannot be used at all (not a snapshot, another format, cut inside its columns). */
export class RowSnapshotError extends Error {
  constructor(message: string, readonly isOlderFormat = false) {
    super(message);
    this.name = 'RowSnapshotError';
  }
}

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
