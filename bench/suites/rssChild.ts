/**
 * Child process of the memory suite: `node --expose-gc --import tsx bench/suites/rssChild.ts <dir> <index>`.
 * Opens the library as main does (cold when the index is absent, warm when present), lists it,
 * waits for its background work, then searches it once, and prints RSS and heap after each step.
 */
import { Library } from '../../main/library/library';
import { plantedWord } from '../fixtures/words';

/**
 * RSS and V8 heap in use after a full collection (with --expose-gc). V8 frees the memory behind
 * dead ArrayBuffers on a background thread after the collection, so the reading is taken once
 * that has had a moment (the same wait for every reading, the baseline included).
 */
async function settled(): Promise<{ rss: number; heap: number }> {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  await new Promise((resolve) => setTimeout(resolve, 250));
  collect?.();
  const usage = process.memoryUsage();
  return { rss: usage.rss, heap: usage.heapUsed };
}

async function main(dir: string, indexPath: string): Promise<void> {
  const baseline = await settled();
  const library = await Library.open(dir, indexPath);
  // A cold start reads a large folder in the background: every file is listed once it is done.
  await library.whenChecked();
  const listed = (await library.list({ search: '', status: 'all', sort: 'updated', offset: 0, limit: 100 })).total;
  // Background work done (search index built or loaded, index files written, workers ended).
  await library.whenIdle();
  await library.flush();
  const afterList = await settled();
  await library.list({ search: plantedWord, status: 'all', sort: 'updated', offset: 0, limit: 100 });
  const afterSearch = await settled();
  process.stdout.write(`${JSON.stringify({ baseline, afterList, afterSearch, listed })}\n`);
  await library.close();
}

const [dir, indexPath] = process.argv.slice(2);
if (!dir || !indexPath) {
  process.stderr.write('usage: rssChild.ts <workspace-dir> <index-path>\n');
  process.exitCode = 2;
} else {
  void main(dir, indexPath);
}
