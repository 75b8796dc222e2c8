import { describe, expect, it } from 'vitest';
import { startMain } from '../../../support/mainApi';

const sentence = '“We will keep the ferries running,” said Maria Okafor, the union secretary, as the talks went on. ';

/** Runs `work` while a 5 ms timer ticks; returns how long it took and the longest the event loop was blocked. */
async function watchEventLoop<T>(work: () => Promise<T>): Promise<{ result: T; totalMs: number; longestGapMs: number; ticks: number }> {
  let last = performance.now();
  let longestGapMs = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    last = now;
    ticks += 1;
  }, 5);
  const started = performance.now();
  try {
    const result = await work();
    const now = performance.now();
    return { result, totalMs: now - started, longestGapMs: Math.max(longestGapMs, now - last), ticks };
  } finally {
    clearInterval(timer);
  }
}

describe('importing off the main process’s event loop', () => {
  it('a 200 KB paragraph is parsed and analysed in a worker thread while main keeps answering', async () => {
    const main = await startMain();
    const text = `One long paragraph\n\n${sentence.repeat(Math.ceil(200_000 / sentence.length))}\n`;
    const dataBase64 = Buffer.from(text).toString('base64');
    const { result, totalMs, longestGapMs, ticks } = await watchEventLoop(() => main.api.importData({ name: 'long.txt', dataBase64 }));
    expect(result).toMatchObject({ ok: true, headline: 'One long paragraph' });
    expect(result.ok && result.report.quotes).toBeGreaterThan(1_000);
    // On the main thread the whole parse and analysis is one block, most of the import's time;
    // in the worker, main only receives the result and writes the file.
    expect(longestGapMs, `blocked ${longestGapMs.toFixed(0)} ms of ${totalMs.toFixed(0)} ms`).toBeLessThan(totalMs / 4);
    expect(ticks).toBeGreaterThan(10);
    await main.close();
  }, 120_000);
});
