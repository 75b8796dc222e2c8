import { open, readFile, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import * as Y from 'yjs';

/** Kinds of frame: an edit made here, an update from the server, "the server has everything before this", a folded state. */
const kinds = { local: 1, remote: 2, synced: 3, snapshot: 4 } as const;
type FrameKind = (typeof kinds)[keyof typeof kinds];
interface Frame {
  kind: FrameKind;
  data: Uint8Array;
}

const headerBytes = 9;
/** Fold the log into a snapshot once it holds this many frames. */
const compactAfterFrames = 5_000;

function encodeFrame(kind: FrameKind, data: Uint8Array): Buffer {
  const frame = Buffer.alloc(headerBytes + data.byteLength);
  frame.writeUInt32LE(data.byteLength, 0);
  frame.writeUInt8(kind, 8);
  Buffer.from(data.buffer, data.byteOffset, data.byteLength).copy(frame, headerBytes);
  frame.writeUInt32LE(crc32(frame.subarray(8)), 4);
  return frame;
}

/** Reads whole, intact frames; `end` is where the last intact one ends (a torn tail starts there). */
function decodeFrames(bytes: Buffer): { frames: Frame[]; end: number } {
  const frames: Frame[] = [];
  let at = 0;
  while (at + headerBytes <= bytes.length) {
    const length = bytes.readUInt32LE(at);
    const kind = bytes.readUInt8(at + 8);
    if (at + headerBytes + length > bytes.length || kind < 1 || kind > 4) break;
    if (crc32(bytes.subarray(at + 8, at + headerBytes + length)) !== bytes.readUInt32LE(at + 4)) break;
    frames.push({ kind: kind as FrameKind, data: new Uint8Array(bytes.subarray(at + headerBytes, at + headerBytes + length)) });
    at += headerBytes + length;
  }
  return { frames, end: at };
}

/** What a log held when it was opened. */
export interface OpenedLog {
  log: UpdateLog;
  /** Every update in order, to apply to a fresh Y.Doc. */
  updates: Uint8Array[];
  /** Bytes of a torn or damaged tail, kept aside in `<file>.damaged-<time>` and cut from the log. */
  damagedBytes: number;
}

/**
 * A story's Yjs update history on disk: append-only frames (length, CRC-32, kind, update),
 * written in batches and flushed with `fdatasync` before `flush()` resolves, so edits survive
 * days offline and a crash. It also counts the edits made here since the server last confirmed
 * it had everything ("N changes waiting"). A damaged tail is moved aside, never silently dropped.
 */
export class UpdateLog {
  private frames: Frame[];
  private queued: Buffer[] = [];
  private chain: Promise<void> = Promise.resolve();
  private scheduled = false;
  private failure: Error | null = null;

  /**
   * Where compaction gets the whole current state. The owner of the live Y.Doc sets it (encoding a
   * live document takes milliseconds); without it the log replays its frames into a scratch document.
   */
  snapshotSource: (() => Uint8Array) | null = null;

  private constructor(
    private readonly path: string,
    private handle: FileHandle,
    frames: Frame[],
  ) {
    this.frames = frames;
  }

  /** Opens (creating when missing) the log at `path`. */
  static async open(path: string): Promise<OpenedLog> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      bytes = Buffer.alloc(0);
    }
    const { frames, end } = decodeFrames(bytes);
    const damagedBytes = bytes.length - end;
    if (damagedBytes > 0) {
      await writeFile(`${path}.damaged-${Date.now()}`, bytes.subarray(end), { flush: true });
      const handle = await open(path, 'r+');
      await handle.truncate(end);
      await handle.sync();
      await handle.close();
    }
    const handle = await open(path, 'a');
    const log = new UpdateLog(path, handle, frames);
    return { log, updates: frames.filter((frame) => frame.kind !== kinds.synced).map((frame) => frame.data), damagedBytes };
  }

  /** Edits made here since the server last confirmed it held everything. */
  get waiting(): number {
    let count = 0;
    for (let index = this.frames.length - 1; index >= 0; index -= 1) {
      const kind = (this.frames[index] as Frame).kind;
      if (kind === kinds.synced) break;
      if (kind === kinds.local) count += 1;
    }
    return count;
  }

  /** Records an edit made on this machine. */
  appendLocal(update: Uint8Array): void {
    this.append(kinds.local, update);
  }

  /** Records an update that came from the server. */
  appendRemote(update: Uint8Array): void {
    this.append(kinds.remote, update);
  }

  /** Records that the server has confirmed every edit logged so far. */
  markSynced(): void {
    if (this.waiting > 0) this.append(kinds.synced, new Uint8Array(0));
  }

  /** Resolves once every frame appended so far is on disk (fdatasync); rejects if a write failed. */
  flush(): Promise<void> {
    this.chain = this.chain.then(() => this.writeQueued());
    return this.chain;
  }

  /** Flushes and closes the file. */
  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }

  private append(kind: FrameKind, data: Uint8Array): void {
    if (this.failure) throw this.failure;
    this.frames.push({ kind, data });
    this.queued.push(encodeFrame(kind, data));
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush().catch(() => undefined);
    });
  }

  private async writeQueued(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.queued.length === 0) return;
    const bytes = Buffer.concat(this.queued.splice(0));
    try {
      await this.handle.write(bytes);
      await this.handle.datasync();
      if (this.frames.length > compactAfterFrames) await this.compact();
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
      throw this.failure;
    }
  }

  /**
   * Rewrites the log as one snapshot of the whole state, then (when the server had confirmed
   * something) the marker and the edits still waiting, which the snapshot also holds: applying
   * them again changes nothing, and they keep the waiting count. Goes through a temporary file
   * that replaces the log atomically.
   */
  private async compact(): Promise<void> {
    const count = this.frames.length;
    let lastMarker = -1;
    this.frames.forEach((frame, index) => {
      if (frame.kind === kinds.synced) lastMarker = index;
    });
    const waitingLocal = this.frames.slice(lastMarker + 1).filter((frame) => frame.kind === kinds.local);
    const frames: Frame[] = [{ kind: kinds.snapshot, data: this.snapshotSource?.() ?? this.replayedState() }];
    if (lastMarker !== -1) frames.push({ kind: kinds.synced, data: new Uint8Array(0) });
    frames.push(...waitingLocal);
    const temporary = `${this.path}.compacting`;
    await writeFile(temporary, Buffer.concat(frames.map((frame) => encodeFrame(frame.kind, frame.data))), { flush: true });
    await this.handle.close();
    await rename(temporary, this.path);
    const folder = await open(dirname(this.path), 'r');
    await folder.sync().finally(() => folder.close());
    this.handle = await open(this.path, 'a');
    // Frames appended while this ran are still queued for the new file; keep them in the list too.
    this.frames = [...frames, ...this.frames.slice(count)];
  }

  private replayedState(): Uint8Array {
    const doc = new Y.Doc();
    Y.transact(doc, () => {
      for (const frame of this.frames) if (frame.kind !== kinds.synced) Y.applyUpdate(doc, frame.data);
    });
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return state;
  }
}
