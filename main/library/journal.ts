import { appendFile, readFile, rm } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { WriteBatch } from './writeBatch';

/**
 * An append-only file of JSON lines: the changes made to a cache since its last snapshot.
 * Appends are batched (about one write a second) and every file operation runs in order. A line
 * that cannot be parsed (a write cut short by a crash) ends the reading: what follows it is lost,
 * which for a cache only means re-reading some files.
 */
export class Journal<Line> {
  private pending: string[] = [];
  private written = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly batch = new WriteBatch(() => this.flush());

  constructor(readonly path: string) {}

  /** Lines on disk and waiting to be written. */
  get length(): number {
    return this.written + this.pending.length;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch(() => undefined);
    return this.queue;
  }

  /** Reads every line written so far (at start). */
  async read(): Promise<Line[]> {
    await this.queue;
    const text = await readFile(this.path, 'utf8').catch(() => '');
    const lines: Line[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        lines.push(JSON.parse(line) as Line);
      } catch {
        break;
      }
    }
    this.written = lines.length;
    return lines;
  }

  /** Adds a line; it reaches the disk within about a second, or at `flush`. */
  append(line: Line): void {
    this.pending.push(JSON.stringify(line));
    this.batch.schedule();
  }

  /** Writes waiting lines now. */
  flush(): Promise<void> {
    this.batch.cancel();
    return this.enqueue(async () => {
      if (this.pending.length === 0) return;
      const lines = this.pending;
      this.pending = [];
      await appendFile(this.path, `${lines.join('\n')}\n`);
      this.written += lines.length;
    });
  }

  /** Forgets the first `count` lines written (a snapshot now holds them). */
  dropFirst(count: number): Promise<void> {
    return this.enqueue(async () => {
      if (count >= this.written) {
        await rm(this.path, { force: true });
        this.written = 0;
        return;
      }
      const rest = (await readFile(this.path, 'utf8')).split('\n').filter(Boolean).slice(count);
      await writeFileAtomic(this.path, rest.length ? `${rest.join('\n')}\n` : '');
      this.written = rest.length;
    });
  }

  /** Empties the journal (the snapshot it belonged to is gone). */
  clear(): Promise<void> {
    this.pending = [];
    this.batch.cancel();
    return this.enqueue(async () => {
      await rm(this.path, { force: true });
      this.written = 0;
    });
  }
}
