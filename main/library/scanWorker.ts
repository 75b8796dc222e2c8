/**
 * A scan worker thread: reads, parses and validates its share of a workspace's article files,
 * sends their summaries to main in batches, then indexes their text in its own MiniSearch
 * index, which it sends back as an index file's bytes when done. Started by `scanPool.ts`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { currentSchemaVersion, type Article } from '../../shared/article/model';
import { AppError } from '../../shared/errors';
import { ArticleFileReader, articleFileSuffix, contentHash, parseArticleBytes } from '../articles/articleFile';
import { PackedMiniSearch } from './packedSearch';
import type { FileStat, ScanMessage, ScanTask, ScannedEntry, ScannedUnreadable } from './scanProtocol';
import { describeArticle, searchDocumentOf } from './summary';

const task = workerData as ScanTask;
const port = parentPort;
if (!port) throw new Error('scanWorker.ts runs only as a worker thread');
const post = (message: ScanMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** Files per batch sent to main. */
const batchSize = 500;

/** One reader per worker: its buffer is reused from file to file. */
const reader = new ArticleFileReader();

/** First pass: reads and validates each file and sends its summary (what the library lists); returns the readable files with the hash of the content validated. */
function sendSummaries(): Map<string, string> {
  let entries: ScannedEntry[] = [];
  let unreadable: ScannedUnreadable[] = [];
  const readable = new Map<string, string>();
  let done = 0;
  const send = () => {
    post({ type: 'batch', entries, unreadable, done });
    entries = [];
    unreadable = [];
  };
  for (const fileName of task.fileNames) {
    const path = join(task.dir, fileName);
    try {
      const onDisk = reader.read(path);
      const { summary } = describeArticle(onDisk.article, fileName);
      entries.push({ id: summary.id, fileName, mtimeMs: onDisk.mtimeMs, size: onDisk.size, hash: onDisk.hash, summary });
      readable.set(fileName, onDisk.hash);
    } catch (error) {
      let info: { mtimeMs: number; size: number } | null = null;
      try {
        info = statSync(path);
      } catch {
        // Gone or unreachable: listed with no mtime and size, so the next check reads it again.
      }
      unreadable.push({ fileName, reason: error instanceof AppError ? error.message : String(error), mtimeMs: info?.mtimeMs ?? 0, size: info?.size ?? 0 });
    }
    done += 1;
    if (entries.length + unreadable.length >= batchSize) send();
  }
  send();
  post({ type: 'scanned' });
  return readable;
}

/**
 * An article file read again for indexing. Content whose hash is the one the first pass
 * validated (`validated`) is the same bytes, so it is only parsed: validating it again would
 * give the same article. Other content (changed since, or not read before) is validated in full;
 * null when it cannot be read or is not a valid article.
 */
function readForIndex(fileName: string, validated: string | undefined): { article: Article; hash: string } | null {
  try {
    const { bytes } = reader.readBytes(join(task.dir, fileName));
    const hash = contentHash(bytes);
    if (hash === validated) {
      const parsed = JSON.parse(bytes.toString('utf8')) as Article;
      // Older versions are migrated (and checked) as before: only current files skip the check.
      if (parsed.schemaVersion === currentSchemaVersion) return { article: parsed, hash };
    }
    return { article: parseArticleBytes(bytes), hash };
  } catch {
    return null;
  }
}

/**
 * Second pass: reads the files again and indexes their text, each with the hash of the content
 * indexed (a file changed since the first pass is re-indexed by the library's check of hashes).
 * A file that cannot be read now is left out. Returns the index file's bytes.
 */
function buildIndex(fileNames: readonly string[], validated: ReadonlyMap<string, string>): ArrayBuffer {
  const index = new PackedMiniSearch();
  const hashes = new Map<string, string>();
  let done = 0;
  for (const fileName of fileNames) {
    const read = readForIndex(fileName, validated.get(fileName));
    if (read && !index.has(read.article.id)) {
      index.add(searchDocumentOf(read.article));
      hashes.set(read.article.id, read.hash);
    }
    done += 1;
    if (done % batchSize === 0) post({ type: 'indexed', done });
  }
  const bytes = index.toSnapshot(task.workspace, (id) => hashes.get(id) ?? '');
  // A copy into its own ArrayBuffer, so it can be handed over to main without copying again.
  const snapshot = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(snapshot).set(bytes);
  return snapshot;
}

/**
 * Summaries first, so the library can list as soon as every worker has sent them; the full-text
 * index after, while the library is already in use.
 */
function main(): void {
  const validated = task.withSummaries ? sendSummaries() : new Map<string, string>();
  if (!task.withIndex) {
    post({ type: 'done', snapshot: null });
    return;
  }
  const snapshot = buildIndex(task.withSummaries ? [...validated.keys()] : task.fileNames, validated);
  post({ type: 'done', snapshot }, [snapshot]);
}

/** Lists the folder's article files with their mtime and size (a vanished file is left out). */
function listStats(): void {
  const files: FileStat[] = [];
  for (const fileName of readdirSync(task.dir)) {
    if (!fileName.endsWith(articleFileSuffix)) continue;
    try {
      const info = statSync(join(task.dir, fileName));
      if (info.isFile()) files.push([fileName, info.mtimeMs, info.size]);
    } catch {
      // Deleted between the listing and the stat: it is simply not there.
    }
  }
  post({ type: 'stats', files });
}

Promise.resolve().then(task.kind === 'stat' ? listStats : main).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
