/**
 * A scan worker thread: reads, parses and validates its share of a workspace's article files,
 * sends their summaries to main in batches, and indexes their text in its own MiniSearch
 * index, which it sends back as an index file's bytes when done. Started by `scanPool.ts`.
 */
import { readdirSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { articleFileSuffix, readArticleFile } from '../articles/articleFile';
import { PackedMiniSearch } from './packedSearch';
import type { FileStat, ScanMessage, ScanTask, ScannedEntry, ScannedUnreadable } from './scanProtocol';
import { describeArticle } from './summary';

const task = workerData as ScanTask;
const port = parentPort;
if (!port) throw new Error('scanWorker.ts runs only as a worker thread');
const post = (message: ScanMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** Files read at once per worker: enough to keep the disk busy, few enough to keep memory flat. */
const inFlight = 8;
const batchSize = 500;

async function main(): Promise<void> {
  const index = task.withIndex ? new PackedMiniSearch() : null;
  const hashes = new Map<string, string>();
  let entries: ScannedEntry[] = [];
  let unreadable: ScannedUnreadable[] = [];
  let done = 0;
  const send = () => {
    post({ type: 'batch', entries, unreadable, done });
    entries = [];
    unreadable = [];
  };
  const scanOne = async (fileName: string) => {
    const path = join(task.dir, fileName);
    try {
      const onDisk = await readArticleFile(path);
      const { summary, search } = describeArticle(onDisk.article, fileName);
      entries.push({ id: summary.id, fileName, mtimeMs: onDisk.mtimeMs, size: onDisk.size, hash: onDisk.hash, summary });
      if (index && !index.has(search.id)) {
        index.add(search);
        hashes.set(search.id, onDisk.hash);
      }
    } catch (error) {
      const info = await stat(path).catch(() => null);
      unreadable.push({ fileName, reason: error instanceof AppError ? error.message : String(error), mtimeMs: info?.mtimeMs ?? 0, size: info?.size ?? 0 });
    }
    done += 1;
    if (entries.length + unreadable.length >= batchSize) send();
  };
  let next = 0;
  const lane = async () => {
    while (next < task.fileNames.length) await scanOne(task.fileNames[next++] as string);
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  send();
  if (!index) {
    post({ type: 'done', snapshot: null });
    return;
  }
  const bytes = index.toSnapshot(task.workspace, (id) => hashes.get(id) ?? '');
  // A copy into its own ArrayBuffer, so it can be handed over to main without copying again.
  const snapshot = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(snapshot).set(bytes);
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

(task.kind === 'stat' ? Promise.resolve().then(listStats) : main()).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
