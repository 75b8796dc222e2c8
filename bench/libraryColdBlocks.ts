import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Library } from '../main/library/library';
import { workerScript } from '../main/library/workerScript';
import { ensureCorpus } from './fixtures/corpus';

/**
 * Main-thread blocks during a library cold start: opens a library of `count` articles with no index
 * and records every gap of the event loop (a 1 ms timer that should fire each millisecond) until
 * the background work is done, with the event-loop delay histogram. Usage:
 * `tsx bench/libraryColdBlocks.ts [count] [runs]`.
 */
async function measureOnce(dir: string, cachePath: string): Promise<void> {
  await rm(cachePath.replace(/[^/]+$/, ''), { recursive: true, force: true });
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const gaps: { at: number; ms: number; phase: string }[] = [];
  let phase = 'opening';
  const start = performance.now();
  let last = start;
  let isRunning = true;
  const tick = () => {
    const now = performance.now();
    if (now - last > 20) gaps.push({ at: last - start, ms: now - last, phase });
    last = now;
    if (isRunning) setTimeout(tick, 1);
  };
  setTimeout(tick, 1);
  histogram.enable();
  const library = await Library.open(dir, cachePath);
  phase = 'listing';
  await library.whenChecked();
  const listed = performance.now() - start;
  phase = 'after listing';
  await library.whenIdle();
  const idle = performance.now() - start;
  isRunning = false;
  histogram.disable();
  await library.close();
  const after = gaps.filter((gap) => gap.phase === 'after listing').sort((a, b) => b.ms - a.ms);
  const during = gaps.filter((gap) => gap.phase !== 'after listing').sort((a, b) => b.ms - a.ms);
  const show = (list: typeof gaps) => list.slice(0, 8).map((gap) => `${gap.ms.toFixed(0)}@${(gap.at / 1000).toFixed(1)}s`).join(' ');
  console.log(`every file listed ${listed.toFixed(0)} ms, idle ${idle.toFixed(0)} ms; loop delay max ${(histogram.max / 1e6).toFixed(0)} ms, p99 ${(histogram.percentile(99) / 1e6).toFixed(1)} ms`);
  console.log(`  longest gaps while listing: ${show(during)}`);
  console.log(`  longest gaps after listing: ${show(after)}  (${after.length} over 20 ms, ${after.reduce((sum, gap) => sum + gap.ms, 0).toFixed(0)} ms in them)`);
}

const count = Number(process.argv[2] ?? 50_000);
const runs = Number(process.argv[3] ?? 1);
const corpus = await ensureCorpus(`library-${count}`, count);
await workerScript('scanWorker');
for (let run = 0; run < runs; run += 1) await measureOnce(corpus.dir, join(tmpdir(), `copydesk-cold-blocks-${process.pid}`, 'library-index.json'));
