import { existsSync, readFileSync } from 'node:fs';
import { writeFileDurably } from '../articles/durableWrite';
import { WriteBatch } from './writeBatch';

interface TextsFile {
  version: 1;
  workspace: string;
  /** File name → [content hash, body text]. */
  texts: Record<string, [string, string]>;
}

/**
 * The body text full-text search reads, cached next to the library index in its own file so
 * that a warm start parses only the list rows; this file is read when the first search needs
 * it. Like the index it is only a cache: a missing or mismatched text is read again from the
 * article file.
 */
export class SearchTexts {
  /** Null until the file has been read; changes made before that wait in `pending`. */
  private texts: Map<string, [string, string]> | null = null;
  private readonly pending = new Map<string, [string, string] | null>();
  private readonly batch = new WriteBatch(() => this.flush());
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly workspace: string,
  ) {}

  /** Where the texts live for a given index path. */
  static pathFor(cachePath: string): string {
    return `${cachePath.replace(/\.json$/, '')}-text.json`;
  }

  /** True when the texts file exists (without it, a warm index could not search bodies). */
  static exists(cachePath: string): boolean {
    return existsSync(SearchTexts.pathFor(cachePath));
  }

  private loaded(): Map<string, [string, string]> {
    if (this.texts) return this.texts;
    const texts = new Map<string, [string, string]>();
    try {
      const data = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<TextsFile>;
      if (data.version === 1 && data.workspace === this.workspace && data.texts && typeof data.texts === 'object') {
        for (const [fileName, entry] of Object.entries(data.texts)) if (Array.isArray(entry) && entry.length === 2) texts.set(fileName, entry);
      }
    } catch {
      // Missing or unreadable: every text is read again from its article file.
    }
    for (const [fileName, entry] of this.pending) {
      if (entry) texts.set(fileName, entry);
      else texts.delete(fileName);
    }
    this.pending.clear();
    this.texts = texts;
    return texts;
  }

  /** The cached text of a file, if it was taken from the content with this hash. */
  get(fileName: string, hash: string): string | undefined {
    const entry = this.loaded().get(fileName);
    return entry && entry[0] === hash ? entry[1] : undefined;
  }

  set(fileName: string, hash: string, text: string): void {
    if (this.texts) this.texts.set(fileName, [hash, text]);
    else this.pending.set(fileName, [hash, text]);
    this.batch.schedule();
  }

  delete(fileName: string): void {
    if (this.texts) this.texts.delete(fileName);
    else this.pending.set(fileName, null);
    this.batch.schedule();
  }

  /** Writes pending changes now. A failed write only costs re-reading texts later. */
  async flush(): Promise<void> {
    this.batch.cancel();
    if (!this.texts && this.pending.size === 0) return;
    const data: TextsFile = { version: 1, workspace: this.workspace, texts: Object.fromEntries(this.loaded()) };
    this.writing = this.writing.then(() => writeFileDurably(this.path, JSON.stringify(data))).catch(() => undefined);
    await this.writing;
  }
}
