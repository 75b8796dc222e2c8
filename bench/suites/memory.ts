import { join } from 'node:path';
import { z } from 'zod';
import { ensureCorpus } from '../fixtures/corpus';
import { tempWorkspace } from '../core/mainApi';
import { result, type Result } from '../core/results';
import { run } from '../core/tools';

const repoRoot = join(import.meta.dirname, '..', '..');
const usage = z.object({ rss: z.number(), heap: z.number() });
const childOutput = z.object({ baseline: usage, afterList: usage, afterSearch: usage, listed: z.number() });
type ChildOutput = z.infer<typeof childOutput>;
const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** The RSS targets after a cold start (MB), by library size. */
const rssTargets: Record<number, number> = { 10_000: 200, 50_000: 400 };

async function child(dir: string, indexPath: string, count: number): Promise<ChildOutput> {
  const output = await run(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/suites/rssChild.ts', dir, indexPath], { cwd: repoRoot });
  const parsed = childOutput.parse(JSON.parse(output.trim().split('\n').pop() ?? '{}'));
  if (parsed.listed !== count) throw new Error(`the library listed ${parsed.listed} articles, expected ${count}`);
  return parsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Memory of a fresh Node process (standing in for Electron's main process, which runs the same
 * library code, worker threads included) holding a library of `count` articles: after a cold
 * start and after a warm start, each with its background work done, and after a search. RSS is
 * the row; V8 heap in use is in the note.
 */
export async function measureMainRss(count: number, runs: number, root?: string): Promise<Result[]> {
  const limit = rssTargets[count];
  const corpus = await ensureCorpus(`library-${count}`, count, root ? { root } : {});
  const label = `${count.toLocaleString('en')} articles`;
  const samples = { cold: [] as ChildOutput[], warm: [] as ChildOutput[] };
  for (let attempt = 0; attempt < runs; attempt += 1) {
    const scratch = await tempWorkspace('copydesk-bench-rss-');
    try {
      const indexPath = join(scratch.root, 'index.json');
      samples.cold.push(await child(corpus.dir, indexPath, count));
      samples.warm.push(await child(corpus.dir, indexPath, count));
    } finally {
      await scratch.dispose();
    }
  }
  const row = (name: string, outputs: ChildOutput[], pick: (output: ChildOutput) => z.infer<typeof usage>, max?: number) => {
    const baseline = megabytes(median(outputs.map((output) => output.baseline.rss)));
    const heap = megabytes(median(outputs.map((output) => pick(output).heap)));
    return result(`${name}, ${label}`, 'MB', outputs.map((output) => megabytes(pick(output).rss)), max ? [{ stat: 'median', max }] : [], `V8 heap in use ${heap.toFixed(0)} MB; ${baseline.toFixed(0)} MB RSS before opening`);
  };
  return [
    row('main RSS after cold start (index built), list', samples.cold, (output) => output.afterList, limit),
    row('main RSS after cold start + a search', samples.cold, (output) => output.afterSearch, limit),
    row('main RSS after warm start, list', samples.warm, (output) => output.afterList),
    row('main RSS after warm start + a search', samples.warm, (output) => output.afterSearch),
  ];
}
