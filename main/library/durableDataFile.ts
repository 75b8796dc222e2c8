import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from '../articles/durableWrite';

/**
 * A lowdb adapter that reads a file (text or binary, as `format` decodes it) and writes it (its
 * bytes made at once, or in slices when `format.stringify` returns a promise)
 * through Copydesk's one durable write (whole file staged, size checked, renamed, folder synced),
 * so a full disk never leaves the index truncated. A missing file reads as null, as with lowdb's
 * own file adapters.
 */
export class DurableDataFile<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly format: { parse: (bytes: Buffer) => T; stringify: (data: T) => string | Uint8Array | Promise<Uint8Array> },
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return this.format.parse(bytes);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, await this.format.stringify(data));
  }
}
