import { performance } from 'node:perf_hooks';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from '../../main/library/library';
import { LibraryCache } from '../../main/library/libraryCache';
import { decodeRowSnapshot, plainSummary } from '../../main/library/rowSnapshot';
import { SearchIndex } from '../../main/library/searchIndex';
import { workerScript } from '../../main/library/workerScript';
import type { LibraryQuery } from '../../shared/ipc';
import { ensureCorpus, type Corpus } from '../fixtures/corpus';
import { plantedWord } from '../fixtures/words';
import { tempWorkspace } from '../core/mainApi';
import { ratio, result, type Result, type Target } from '../core/results';
import { timeRuns, timeWithSetup } from '../core/stats';

/** The sizes the library targets are set for, and what they are. */
export const libraryTargets: Record<number, { cold: number; warm?: number; firstSearch: number; search?: number; list?: number }> = {
  10_000: { cold: 2_000, firstSearch: 50 },
  50_000: { cold: 10_000, warm: 400, firstSearch: 150, search: 20, list: 20 },
};

/** The size the rg comparison's 20× target is checked at. */
export const targetArticles = 50_000;

/** The window the library pane asks for: about two screens of rows. */
const windowSize = 100;
const allQuery: LibraryQuery = { search: '', status: 'all', sort: 'updated', offset: 0, limit: windowSize };

/** How the library suite runs at one size. */
export interface LibraryRunOptions {
  runs: number;
  /** Runs of the slow cold measurements (cold start, first search). */
  coldRuns: number;
  /** Where fixtures go (tests pass a temporary folder). */
  root?: string;
}

/** Library facts the comparison with ripgrep needs. */
export interface LibraryMeasurement {
  results: Result[];
  corpus: Corpus;
  /** Warm search samples (ms), for the ratio against `rg`. */
  search: Result;
  matches: number;
}

/** Same-run baseline for a cold start: reads and parses every article file, one after another, on one thread. */
async function readAndParseAll(dir: string): Promise<number> {
  const start = performance.now();
  let parsed = 0;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.article.json')) continue;
    JSON.parse(await readFile(join(dir, name), 'utf8'));
    parsed += 1;
  }
  if (parsed === 0) throw new Error(`the cold start baseline found no article files in ${dir}`);
  return performance.now() - start;
}

/**
 * Writes the rows of the library snapshot at `cachePath` as one JSON array (what the index held
 * before the column snapshot), for the warm start's baseline. Returns its path.
 */
async function rowsAsJson(cachePath: string, target: string): Promise<string> {
  const { entries } = decodeRowSnapshot(await readFile(LibraryCache.snapshotPathFor(cachePath)));
  await writeFile(target, JSON.stringify(entries.map((entry) => [entry.fileName, entry.mtimeMs, entry.size, entry.hash, plainSummary(entry.summary)])));
  return target;
}

/** Same-run baseline: reads a file and, for JSON, parses it. */
async function readOnce(path: string, isJson: boolean): Promise<number> {
  const start = performance.now();
  const bytes = await readFile(path);
  if (isJson) JSON.parse(bytes.toString('utf8'));
  return performance.now() - start;
}

async function expectListed(library: Library, count: number, label: string): Promise<void> {
  const listing = await library.list(allQuery);
  if (listing.total !== count || listing.articles.length !== Math.min(count, windowSize)) throw new Error(`${label} listed ${listing.total} articles, expected ${count}`);
}

/**
 * Measures the library at `count` articles as the app uses it (windows of 100 rows): cold start
 * (no index: every file read, validated and indexed in worker threads) to the first window,
 * warm start (index files present) to the first window, the first search after a warm start,
 * warm searches for a word planted in bodies, and sorting and filtering.
 */
export async function measureLibrary(count: number, options: LibraryRunOptions): Promise<LibraryMeasurement> {
  const corpus = await ensureCorpus(`library-${count}`, count, options.root ? { root: options.root } : {});
  const label = `${count.toLocaleString('en')} articles`;
  const targets = libraryTargets[count];
  const at = (stat: Target['stat'], max: number | undefined): Target[] => (max === undefined ? [] : [{ stat, max }]);
  const workspace = await tempWorkspace();
  const cachePath = join(workspace.userDataDir, 'library-index.json');
  // The app ships its worker scripts built; from source they are bundled once per process, not timed.
  await workerScript('scanWorker');
  try {
    const opened: Library[] = [];
    const closeOpened = async () => {
      for (const library of opened.splice(0)) await library.close();
    };
    // Each baseline run is taken just before the run it is compared with, so both share the machine's load.
    const baselines = { cold: [] as number[], warm: [] as number[], firstSearch: [] as number[] };
    const coldFirstRows: number[] = [];
    const cold = await timeWithSetup(options.coldRuns, async () => {
      await closeOpened();
      await rm(workspace.userDataDir, { recursive: true, force: true });
      baselines.cold.push(await readAndParseAll(corpus.dir));
    }, async () => {
      const start = performance.now();
      const library = await Library.open(corpus.dir, cachePath);
      opened.push(library);
      // A large folder is read in the background: the first window fills as files are read, the whole list when every file is.
      while ((await library.list(allQuery)).articles.length < Math.min(count, windowSize)) await new Promise((resolve) => setTimeout(resolve, 2));
      coldFirstRows.push(performance.now() - start);
      await library.whenChecked();
      await expectListed(library, count, 'cold start');
    });
    // Unmeasured, as in the app: the index files are written after the list is shown.
    for (const library of opened) await library.whenIdle();
    await closeOpened();
    // Each warm start is closed (unmeasured) before the next, so no run shares the machine with an earlier run's background check.
    const searchPath = SearchIndex.pathFor(cachePath);
    const rowsJson = await rowsAsJson(cachePath, join(workspace.root, 'rows.json'));
    const warm = await timeWithSetup(options.runs, async () => {
      await closeOpened();
      baselines.warm.push((await readOnce(LibraryCache.snapshotPathFor(cachePath), false)) + (await readOnce(rowsJson, true)));
    }, async () => {
      const library = await Library.open(corpus.dir, cachePath);
      await expectListed(library, count, 'warm start');
      opened.push(library);
    });
    await closeOpened();
    const firstSearch = await timeWithSetup(options.coldRuns, async () => {
      await closeOpened();
      baselines.firstSearch.push(await readOnce(searchPath, false));
      const library = await Library.open(corpus.dir, cachePath);
      opened.push(library);
      return library;
    }, (fresh) => fresh.list({ ...allQuery, search: plantedWord }));
    await closeOpened();
    const listed = await Library.open(corpus.dir, cachePath);
    await listed.whenIdle();
    const byHeadline = await timeRuns(options.runs, () => listed.list({ ...allQuery, sort: 'headline' }));
    const byUpdated = await timeRuns(options.runs, (run) => listed.list({ ...allQuery, offset: (Math.max(0, run) * 997) % Math.max(1, count - windowSize) }));
    const filtered = await timeRuns(options.runs, () => listed.list({ ...allQuery, status: 'ready', sort: 'headline' }));
    // Each measured search follows a search for another word, so it is computed, not the last query's rows again.
    const timedSearch = async (query: LibraryQuery): Promise<{ samples: number[]; matched: number }> => {
      const samples: number[] = [];
      let matched = 0;
      for (let run = -1; run < options.runs; run += 1) {
        await listed.list({ ...allQuery, search: run % 2 ? 'harbour' : 'council' });
        const start = performance.now();
        matched = (await listed.list(query)).matched;
        if (run >= 0) samples.push(performance.now() - start);
      }
      return { samples, matched };
    };
    const warmSearch = await timedSearch({ ...allQuery, search: plantedWord });
    const searchSorted = await timedSearch({ ...allQuery, search: plantedWord, sort: 'headline' });
    const matches = warmSearch.matched;
    await listed.close();
    if (matches !== corpus.plantedCount) throw new Error(`search found ${matches} articles, expected ${corpus.plantedCount}`);
    const coldRow = result(`library cold start (no index), ${label}`, 'ms', cold, at('median', targets?.cold), 'Library.open until every file is listed; files read, validated and summarised in worker threads in the background (the text is indexed after); OS page cache warm');
    const coldFirstRow = result(`library cold start (no index), first window of rows, ${label}`, 'ms', coldFirstRows, [], `Library.open until the first ${windowSize} rows are listed (the rest are still being read, and the listing says so)`);
    const warmRow = result(`library warm start (index), ${label}`, 'ms', warm, at('median', targets?.warm), 'Library.open + first window; the folder is checked in the background');
    const firstSearchRow = result(`library first search after a warm start, ${label}`, 'ms', firstSearch, at('median', targets?.firstSearch), 'loads the persisted search index if not loaded yet');
    const coldBase = result(`baseline: read + JSON.parse every article file on one thread, ${label}`, 'ms', baselines.cold, [], 'same run, taken just before each cold start');
    const warmBase = result(`baseline: read the library snapshot + read and JSON.parse the same rows as JSON, ${label}`, 'ms', baselines.warm, [], 'same run, taken just before each warm start; the JSON is what the index held before the column snapshot');
    const searchBase = result(`baseline: read the packed search index file, ${label}`, 'ms', baselines.firstSearch, [], 'same run, taken just before each first search');
    const search = result(`library search "${plantedWord}" (warm), ${label}`, 'ms', warmSearch.samples, at('p95', targets?.search), `${matches} matches; first window of ${windowSize} rows`);
    return {
      corpus,
      search,
      matches,
      results: [
        coldRow,
        coldFirstRow,
        coldBase,
        ratio(`library cold start ÷ its baseline, ${label}`, coldRow, coldBase, null),
        warmRow,
        warmBase,
        ratio(`library warm start ÷ its baseline, ${label}`, warmRow, warmBase, null),
        firstSearchRow,
        searchBase,
        ratio(`library first search ÷ its baseline, ${label}`, firstSearchRow, searchBase, null),
        result(`library list by date, ${label}`, 'ms', byUpdated, at('p95', targets?.list), `a window of ${windowSize} rows at a varying offset`),
        result(`library list by headline, ${label}`, 'ms', byHeadline, at('p95', targets?.list)),
        result(`library filter ready + headline, ${label}`, 'ms', filtered, at('p95', targets?.list)),
        result(`library search sorted by headline, ${label}`, 'ms', searchSorted.samples, at('p95', targets?.list)),
        search,
      ],
    };
  } finally {
    await workspace.dispose();
  }
}
