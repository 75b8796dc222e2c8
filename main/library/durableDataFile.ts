import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from '../articles/durableWrite';

/**
 * A lowdb adapter that reads a JSON file and writes it through Copydesk's one durable write
 * (whole file staged, size checked, renamed, folder synced), so a full disk never leaves the
 * index truncated. A missing file reads as null, as with lowdb's own file adapters.
 */
export class DurableDataFile<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly format: { parse: (text: string) => T; stringify: (data: T) => string },
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return this.format.parse(text);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, this.format.stringify(data));
  }
}
