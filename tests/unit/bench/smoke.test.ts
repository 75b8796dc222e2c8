import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../../bench/core/options';
import { formatTable, type Result } from '../../../bench/core/results';
import { scaling } from '../../../bench/core/scaling';
import { measureAnalysis } from '../../../bench/suites/analysis';
import { measureArticle } from '../../../bench/suites/article';
import { compareBatchExport, compareSearch } from '../../../bench/suites/compare';
import { measureLibrary } from '../../../bench/suites/library';
import { measureMainRss } from '../../../bench/suites/memory';
import { runUi } from '../../../bench/suites/ui';
import { uiResults } from '../../../bench/suites/uiResults';
import { findChromium } from '../../support/chromium';

/** Any Chromium `findChromium` can provide will do (the npm package's one included). */
const hasChromium = await findChromium().then(() => true, () => false);

// A smoke run of `npm run bench` at tiny sizes, so the benchmark cannot rot. It checks the shape
// of the results only: timings depend on the machine and are never asserted here.

function expectResultShape(rows: Result[]): void {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row.name).toMatch(/\S/);
    expect(row.unit).toMatch(/\S/);
    for (const value of [row.median, row.p95, row.min, row.max]) expect(Number.isFinite(value)).toBe(true);
    expect(row.min).toBeLessThanOrEqual(row.max);
    expect(row.runs).toBeGreaterThanOrEqual(1);
    expect(row.target === null || typeof row.target === 'string').toBe(true);
    expect(row.pass === null || typeof row.pass === 'boolean').toBe(true);
    expect(row.pass === null).toBe(row.target === null);
  }
  expect(formatTable(rows).split('\n')).toHaveLength(rows.length + 2);
}

let root = '';
const log: string[] = [];
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-bench-smoke-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the benchmark at tiny sizes', () => {
  it('reads its options, with --quick smaller than the full run', () => {
    const full = parseOptions([], {});
    const quick = parseOptions(['--quick', '--only', 'article,library'], {});
    expect(full.words).toContain(20_000);
    expect(full.articles).toContain(10_000);
    expect(quick.batch).toBeLessThan(full.batch);
    expect([...quick.suites]).toEqual(['article', 'library']);
    expect(() => parseOptions(['--words', 'ten'], {})).toThrow(RangeError);
  });

  it('measures open, save, analysis and export at two article sizes and reports how they scale', async () => {
    const rows = [...(await measureArticle(200, 1)), ...(await measureArticle(400, 1))];
    expectResultShape(rows);
    expect(rows.map((row) => row.name)).toContain('save (saveArticle autosave: lock, conflict check, durable write), 200 words');
    expect(scaling(rows).length).toBeGreaterThan(0);
  });

  it('measures a full analysis and a re-analysis after one keystroke, as the worker runs them', async () => {
    const rows = await measureAnalysis(300, 2);
    expectResultShape(rows);
    // Wall and CPU time of each, the ratio of the CPU medians (one value), the worker's warm-up
    // after opening (once), and the renderer's share.
    expect(rows.map((row) => row.runs)).toEqual([2, 2, 2, 2, 1, 1, 2]);
    expect(rows.find((row) => row.name.startsWith("worker's warm-up"))?.median).toBeGreaterThan(0);
    expect(rows.find((row) => row.unit === '×')?.name).toBe('re-analysis after one keystroke ÷ full analysis (CPU), 300 words');
  });

  it('measures the library, searches it, and compares the search with ripgrep', async () => {
    const library = await measureLibrary(20, { runs: 1, coldRuns: 1, root });
    expectResultShape(library.results);
    // Cold start, warm start and first search each come with a same-run baseline and their ratio to it.
    const names = library.results.map((row) => row.name);
    for (const row of ['cold start', 'warm start', 'first search']) expect(names).toContain(`library ${row} ÷ its baseline, 20 articles`);
    expect(names.filter((name) => name.startsWith('baseline: '))).toHaveLength(3);
    expect(library.matches).toBe(library.corpus.plantedCount);
    const compared = await compareSearch(library, 1, (line) => log.push(line));
    if (compared.length === 0) console.log('rg comparison skipped:', log.join('; '));
    else expectResultShape(compared);
  });

  it('exports a small batch through the CLI and through pandoc', async () => {
    const rows = await compareBatchExport(3, 1, (line) => log.push(line), root);
    expectResultShape(rows);
    expect(rows[0]?.name).toContain('CLI');
  });

  it('measures the main-process memory with a small library', async () => {
    expectResultShape(await measureMainRss(20, 1, root));
  });

  const hasBrowser = existsSync('out/renderer/index.html') && hasChromium;
  if (!hasBrowser) console.log('Skipping the browser smoke run: it needs a built renderer (npm run build) and a Chromium (see tests/support/chromium.ts).');
  it.skipIf(!hasBrowser)('opens a small article in Chromium and times a few keystrokes', async () => {
    const output = await runUi({ sizes: [200], typingWords: 200, keys: 6, openRuns: 1, tabs: ['Sources'], rounds: 1, hasBaseline: true, profileDir: null, dir: join(root, 'ui') });
    expect(output.typing.map((run) => [run.tab, run.report.keys.length])).toEqual([['bare TipTap', 6], ['Sources', 6]]);
    expectResultShape(uiResults(output, 200));
    // Two browser pages (bare TipTap and the app) start, open and type: about a minute when other jobs share the machine.
  }, 240_000);
});
