import { performance } from 'node:perf_hooks';

/** Median, 95th percentile, minimum and maximum of a set of samples. */
export interface Summary {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

/** Nearest-rank percentile of sorted samples (`q` in 0..1). */
function percentile(sorted: readonly number[], q: number): number {
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] as number;
}

/** Summarises samples; throws on an empty list, which would mean a measurement never ran. */
export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new RangeError('summarise: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? (sorted[Math.floor(middle)] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, p95: percentile(sorted, 0.95), min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs: sorted.length };
}

/** Runs `task` `warmups` times unmeasured, then `runs` times, and returns each run's wall time in ms. */
export async function timeRuns(runs: number, task: (run: number) => unknown, warmups = 1): Promise<number[]> {
  for (let run = 0; run < warmups; run += 1) await task(-1 - run);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await task(run);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Times a task that needs unmeasured preparation before each run (a fresh folder, a deleted index). */
export async function timeWithSetup<T>(runs: number, setup: (run: number) => Promise<T> | T, task: (prepared: T) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const prepared = await setup(run);
    const start = performance.now();
    await task(prepared);
    samples.push(performance.now() - start);
  }
  return samples;
}
