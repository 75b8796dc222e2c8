/**
 * A scan worker thread: reads and parses a workspace's article files, taking them in chunks from
 * a list shared with the scan's other workers, sends their summaries to main in batches, then
 * (at the lowest thread priority) reads them again, checks them in full and indexes their text in
 * its own MiniSearch index, which it sends back as an index file's bytes when done. The same
 * script lists a folder's files with their mtimes (`stat`) and joins index parts (`merge`).
 * Started by `scanPool.ts`.
 *
 * The first pass lists a file from a light check of its row fields (`listCheck.ts`), so the
 * worker starts without the schema library and the editor schema; the full check
 * (`articleFile.ts`, with zod and TipTap) is imported when first needed: for a file the light
 * check does not vouch for, or in the second pass. A listed file that fails the full check is
 * sent to main as rejected, and listed as unreadable with the reason.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../../shared/article/model';
import { currentSchemaVersion } from '../../shared/article/vocabulary';
import { AppError } from '../../shared/errors';
import { articleFileSuffix, contentHash, decodeArticleText, FileBytesReader, parseArticleJson } from '../articles/articleBytes';
import { listableSummary } from './listCheck';
import { mergeSnapshots, PackedMiniSearch } from './packedSearch';
import type { FileStat, MergeTask, ScanMessage, ScanTask, ScannedEntry, ScannedRejected, ScannedUnreadable, WorkerTask } from './scanProtocol';
import { describeArticle, searchDocumentOf } from './summary';
import { lowerThisThreadPriority } from './threadPriority';

const given = workerData as WorkerTask;
/** The task as the file passes read it (they run only for scan and stat tasks; a merge task has its own function). */
const task = given as ScanTask;
const port = parentPort;
if (!port) throw new Error('scanWorker.ts runs only as a worker thread');
const post = (message: ScanMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** Files per batch sent to main. */
const batchSize = 500;

/** Files a worker takes at a time from a scan's shared list: small enough that the workers finish close together. */
const claimSize = 64;

/** The files this worker reads: all of `fileNames`, or with a shared position, the chunks it takes as it goes. */
function* claimedFiles(): Generator<string> {
  const { fileNames, next } = task;
  if (!next) {
    yield* fileNames;
    return;
  }
  for (;;) {
    const start = Atomics.add(next, 0, claimSize);
    if (start >= fileNames.length) return;
    for (let index = start; index < Math.min(start + claimSize, fileNames.length); index += 1) yield fileNames[index] as string;
  }
}

/** One reader per worker: its buffer is reused from file to file. */
const reader = new FileBytesReader();

type FullCheck = typeof import('../articles/articleFile');
let fullCheck: Promise<FullCheck> | null = null;
/** The full check of an article file, imported once, when first needed. */
function loadFullCheck(): Promise<FullCheck> {
  fullCheck ??= import('../articles/articleFile');
  return fullCheck;
}

/** How the first pass listed a readable file: the hash of the content it read, and whether only the light check vouched for it. */
interface Listed {
  hash: string;
  isLight: boolean;
}

/**
 * First pass: reads each file and sends its summary (what the library lists), from the light
 * check where it vouches for the row, else from the full check; returns the readable files.
 */
async function sendSummaries(): Promise<Map<string, Listed>> {
  let entries: ScannedEntry[] = [];
  let unreadable: ScannedUnreadable[] = [];
  const readable = new Map<string, Listed>();
  let done = 0;
  const send = () => {
    post({ type: 'batch', entries, unreadable, done });
    entries = [];
    unreadable = [];
  };
  for (const fileName of claimedFiles()) {
    const path = join(task.dir, fileName);
    try {
      const { bytes, mtimeMs, size } = reader.readBytes(path);
      const hash = contentHash(bytes);
      const parsed = parseArticleJson(decodeArticleText(bytes));
      // Only when the second pass runs, since it is what checks the light-listed files in full.
      const light = task.withIndex ? listableSummary(parsed, fileName) : null;
      const { summary } = light ?? describeArticle((await loadFullCheck()).checkArticle(parsed), fileName);
      entries.push({ id: summary.id, fileName, mtimeMs, size, hash, summary });
      readable.set(fileName, { hash, isLight: light !== null });
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
 * An article file read again for indexing. Content whose hash is the one the first pass checked
 * in full (`listed`, not light) is the same bytes, so it is only parsed: checking it again would
 * give the same article. Other content (listed from the light check, changed since, or not read
 * before) is checked in full; null when it cannot be read or is not a valid article. The same
 * bytes a light check listed (or any bytes, in a pass that sent no summaries), failing the full
 * check, are added to `rejected`.
 */
function readForIndex(fileName: string, listed: Listed | undefined, full: FullCheck, rejected: ScannedRejected[]): { article: Article; hash: string } | null {
  try {
    const { bytes, mtimeMs, size } = reader.readBytes(join(task.dir, fileName));
    const hash = contentHash(bytes);
    if (hash === listed?.hash && !listed.isLight) {
      const parsed = JSON.parse(bytes.toString('utf8')) as Article;
      // Older versions are migrated (and checked) as before: only current files skip the check.
      if (parsed.schemaVersion === currentSchemaVersion) return { article: parsed, hash };
    }
    try {
      return { article: full.parseArticleBytes(bytes), hash };
    } catch (error) {
      // Bytes only the light check vouched for, or read by a pass that lists nothing: main decides by the hash whether it lists them.
      if (listed === undefined || (hash === listed.hash && listed.isLight)) rejected.push({ fileName, reason: error instanceof AppError ? error.message : String(error), mtimeMs, size, hash });
      return null;
    }
  } catch {
    return null;
  }
}

/**
 * Second pass: reads the files again and indexes their text, each with the hash of the content
 * indexed (a file changed since the first pass is re-indexed by the library's check of hashes).
 * A file that cannot be read now is left out. Returns the index file's bytes.
 */
async function buildIndex(fileNames: Iterable<string>, listed: ReadonlyMap<string, Listed>): Promise<ArrayBuffer> {
  const full = await loadFullCheck();
  const index = new PackedMiniSearch();
  const hashes = new Map<string, string>();
  let done = 0;
  for (const fileName of fileNames) {
    const rejected: ScannedRejected[] = [];
    const read = readForIndex(fileName, listed.get(fileName), full, rejected);
    // Rare: sent at once, so the library stops listing the file as soon as it can.
    if (rejected.length > 0) post({ type: 'rejected', files: rejected });
    if (read && !index.has(read.article.id)) {
      index.add(searchDocumentOf(read.article));
      hashes.set(read.article.id, read.hash);
    }
    done += 1;
    if (done % batchSize === 0) post({ type: 'indexed', done });
  }
  return ownBuffer(index.toSnapshot(task.workspace, (id) => hashes.get(id) ?? ''));
}

/** `bytes` in an ArrayBuffer of their own, so they can be handed over to main without copying again. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

/** Joins a scan's index parts into one index file's bytes, at the lowest priority. */
function mergeParts({ parts, workspace, journal }: MergeTask): void {
  lowerThisThreadPriority();
  const bytes = ownBuffer(mergeSnapshots(parts, workspace, journal));
  post({ type: 'merged', bytes }, [bytes]);
}

/**
 * Summaries first, so the library can list as soon as every worker has sent them; the full-text
 * index after, while the library is already in use.
 */
async function main(): Promise<void> {
  const listed = task.withSummaries ? await sendSummaries() : new Map<string, Listed>();
  if (!task.withIndex) {
    post({ type: 'done', snapshot: null, niceness: null });
    return;
  }
  // The index pass runs after the library lists (or behind a live one): at the lowest priority, so
  // the window keeps its frames and the other worker's first pass keeps its core.
  const niceness = lowerThisThreadPriority();
  // Indexes the files it listed; with no first pass, takes its files from the shared list as it goes.
  const snapshot = await buildIndex(task.withSummaries ? [...listed.keys()] : claimedFiles(), listed);
  post({ type: 'done', snapshot, niceness }, [snapshot]);
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

Promise.resolve().then(given.kind === 'merge' ? () => mergeParts(given) : given.kind === 'stat' ? listStats : main).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
