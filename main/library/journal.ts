import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { appendDurably, writeFileDurably } from '../articles/durableWrite';
import { WriteBatch } from './writeBatch';

/** Length of each line's checksum (hex digits of SHA-1), then a tab, then the line's JSON. */
const checksumLength = 8;
const newline = 0x0a;

function checksumOf(json: Buffer): string {
  return createHash('sha1').update(json).digest('hex').slice(0, checksumLength);
}

function encodeLine(json: string): string {
  return `${checksumOf(Buffer.from(json, 'utf8'))}\t${json}\n`;
}

/** The first line of every journal: which snapshot its lines go on top of. */
function headerJson(generation: string): string {
  return JSON.stringify({ copydeskJournal: 1, snapshot: generation });
}

/**
 * The whole lines at the start of a journal file: each must end in a newline and carry the
 * checksum of its JSON. Reading stops at the first line that does not (a write cut short, or
 * damage), so a torn tail is never taken for a change. `bytes` is where the whole lines end.
 */
function wholeLines(data: Buffer): { lines: string[]; bytes: number } {
  const lines: string[] = [];
  let offset = 0;
  while (offset < data.length) {
    const end = data.indexOf(newline, offset);
    if (end < 0 || data[offset + checksumLength] !== 0x09) break;
    const json = data.subarray(offset + checksumLength + 1, end);
    if (data.toString('latin1', offset, offset + checksumLength) !== checksumOf(json)) break;
    lines.push(json.toString('utf8'));
    offset = end + 1;
  }
  return { lines, bytes: offset };
}

/**
 * An append-only file of JSON lines: the changes made to a cache since its last snapshot. How it
 * keeps the durability promise of the files Copydesk writes whole:
 * - a line counts as written (`flush` resolves, `length` moves from waiting to written) only once
 *   it is synced to disk; a failed append cuts the file back and keeps the lines for the next try;
 * - every line carries a checksum, so a torn or damaged tail is detected and ignored, and the next
 *   append starts at the end of the last whole line rather than after the torn one;
 * - the first line names the snapshot (`generation`) the journal belongs to, and a journal of any
 *   other snapshot (another workspace, an older index, a crash between writing a snapshot and
 *   trimming its journal) reads as empty.
 * So a cache may lose its tail (which only costs re-reading some files) but never starts from a
 * change that was not made. Appends are batched (about one write a second); file work runs in order.
 */
export class Journal<Line> {
  /** JSON of lines not yet on disk, oldest first. */
  private pending: string[] = [];
  /** Lines on disk after the header, all synced. */
  private written = 0;
  /** Where the whole lines end in the file; 0 when the next write starts a fresh file with its header. */
  private end = 0;
  private generation = '';
  private queue: Promise<void> = Promise.resolve();
  private readonly batch = new WriteBatch(() => this.flush().catch(() => undefined));

  constructor(readonly path: string) {}

  /** Lines on disk and waiting to be written (for deciding when to take a new snapshot). */
  get length(): number {
    return this.written + this.pending.length;
  }

  /** Runs file work in order; the caller sees its failure, later work still runs. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async wholeLinesOnDisk(): Promise<string[]> {
    const data = await readFile(this.path).catch(() => null);
    return data ? wholeLines(data).lines : [];
  }

  /**
   * Reads the lines written on top of the snapshot `generation` (at start). A missing journal, or
   * one that belongs to another snapshot, reads as empty and is started afresh by the next write.
   */
  async read(generation: string): Promise<Line[]> {
    await this.queue;
    this.generation = generation;
    this.pending = [];
    const data = await readFile(this.path).catch(() => null);
    const { lines, bytes } = data ? wholeLines(data) : { lines: [], bytes: 0 };
    if (!generation || lines[0] !== headerJson(generation)) {
      this.written = 0;
      this.end = 0;
      return [];
    }
    this.written = lines.length - 1;
    this.end = bytes;
    return lines.slice(1).map((json) => JSON.parse(json) as Line);
  }

  /** Adds a line; it reaches the disk within about a second, or at `flush`. */
  append(line: Line): void {
    this.pending.push(JSON.stringify(line));
    this.batch.schedule();
  }

  /**
   * Writes waiting lines now. Resolves once they are synced to disk; rejects with
   * `AppError('write-failed')` when the disk refuses them (they stay waiting for the next try).
   */
  flush(): Promise<void> {
    this.batch.cancel();
    return this.enqueue(async () => {
      if (this.pending.length === 0) return;
      const lines = this.pending.slice();
      const text = `${this.end === 0 ? encodeLine(headerJson(this.generation)) : ''}${lines.map(encodeLine).join('')}`;
      await appendDurably(this.path, text, this.end);
      this.pending.splice(0, lines.length);
      this.end += Buffer.byteLength(text, 'utf8');
      this.written += lines.length;
    });
  }

  /**
   * After a new snapshot `generation` took in the first `count` lines (written or waiting): the
   * journal is rewritten (durably, whole) with only the lines after them, under the new header.
   * If that write fails, the lines after them wait in memory and the next flush starts the file afresh.
   */
  rebase(count: number, generation: string): Promise<void> {
    return this.enqueue(async () => {
      const onDisk = this.end === 0 ? [] : (await this.wholeLinesOnDisk()).slice(1, 1 + this.written);
      const kept = [...onDisk.slice(count), ...this.pending.slice(Math.max(0, count - onDisk.length))];
      this.generation = generation;
      // A copy: lines appended while the file is written join `pending`, never `kept`.
      this.pending = [...kept];
      this.written = 0;
      this.end = 0;
      const text = `${encodeLine(headerJson(generation))}${kept.map(encodeLine).join('')}`;
      await writeFileDurably(this.path, text);
      this.pending = this.pending.slice(kept.length);
      this.written = kept.length;
      this.end = Buffer.byteLength(text, 'utf8');
    });
  }

  /** Empties the journal and starts one for the snapshot `generation` (the old snapshot is gone or replaced). */
  clear(generation: string): Promise<void> {
    this.batch.cancel();
    this.pending = [];
    return this.enqueue(async () => {
      this.generation = generation;
      this.written = 0;
      this.end = 0;
      await rm(this.path, { force: true });
    });
  }
}
