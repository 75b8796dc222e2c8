import { endianness } from 'node:os';
import { articleStatuses } from '../../shared/article/model';
import type { WorkspaceEntry } from '../articles/workspace';
import { align, keysPerRow, magic, rowSnapshotVersion, textsPerRow, type DecodedSnapshot, type Header } from './rowSnapshotLayout';

/** Writing the library index snapshot (see `rowSnapshotLayout.ts` for the file's layout), at once or in slices. */

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
