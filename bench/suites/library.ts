import { performance } from 'node:perf_hooks';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Library } from '../../main/library/library';
import type { LibraryQuery } from '../../shared/ipc';
import { ensureCorpus, type Corpus } from '../fixtures/corpus';
import { plantedWord } from '../fixtures/words';
import { tempWorkspace } from '../core/mainApi';
import { result, type Result, type Target } from '../core/results';
import { timeRuns, timeWithSetup } from '../core/stats';

/** The size the library targets are set for. */
export const targetArticles = 10_000;

const allQuery: LibraryQuery = { search: '', status: 'all', sort: 'updated' };

/** How the library suite runs at one size. */
export interface LibraryRunOptions {
  runs: number;
  /** Runs of the slow cold measurements (index rebuild, first search). */
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

/**
 * Measures the library at `count` articles: cold start (no index: every file read and
 * validated), warm start (index present) to a listed library, sorting and filtering, the first
 * search (which builds the full-text index) and warm searches for a word planted in bodies.
 */
export async function measureLibrary(count: number, options: LibraryRunOptions): Promise<LibraryMeasurement> {
  const corpus = await ensureCorpus(`library-${count}`, count, options.root ? { root: options.root } : {});
  const label = `${count.toLocaleString('en')} articles`;
  const at = (targets: Target[]) => (count === targetArticles ? targets : []);
  const workspace = await tempWorkspace();
  const cachePath = join(workspace.userDataDir, 'library-index.json');
  try {
    const cold: number[] = [];
    let library: Library | null = null;
    for (let run = 0; run < options.coldRuns; run += 1) {
      await rm(cachePath, { force: true });
      const start = performance.now();
      library = await Library.open(corpus.dir, cachePath);
      const rows = library.list(allQuery).articles.length;
      cold.push(performance.now() - start);
      if (rows !== count) throw new Error(`cold start listed ${rows} articles, expected ${count}`);
      await library.flush(); // unmeasured: the app writes the index a second later, after the list is shown
    }
    const warm = await timeRuns(options.runs, async () => {
      (await Library.open(corpus.dir, cachePath)).list(allQuery);
    });
    const listed = library;
    if (!listed) throw new RangeError('measureLibrary: coldRuns must be at least 1');
    const byHeadline = await timeRuns(options.runs, () => listed.list({ ...allQuery, sort: 'headline' }));
    const byUpdated = await timeRuns(options.runs, () => listed.list(allQuery));
    const filtered = await timeRuns(options.runs, () => listed.list({ ...allQuery, status: 'ready', sort: 'headline' }));
    const firstSearch = await timeWithSetup(options.coldRuns, () => Library.open(corpus.dir, cachePath), (fresh) => fresh.list({ ...allQuery, search: plantedWord }));
    let matches = 0;
    const warmSearch = await timeRuns(options.runs, () => {
      matches = listed.list({ ...allQuery, search: plantedWord }).articles.length;
    });
    if (matches !== corpus.plantedCount) throw new Error(`search found ${matches} articles, expected ${corpus.plantedCount}`);
    const search = result(`library search "${plantedWord}" (warm), ${label}`, 'ms', warmSearch, at([{ stat: 'p95', max: 50 }]), `${matches} matches`);
    return {
      corpus,
      search,
      matches,
      results: [
        result(`library cold start (no index), ${label}`, 'ms', cold, at([{ stat: 'median', max: 3_000 }]), 'Library.open + list(); files in the OS page cache'),
        result(`library warm start (index), ${label}`, 'ms', warm, at([{ stat: 'median', max: 200 }]), 'Library.open + list()'),
        result(`library list by date, ${label}`, 'ms', byUpdated, at([{ stat: 'p95', max: 50 }])),
        result(`library list by headline, ${label}`, 'ms', byHeadline, at([{ stat: 'p95', max: 50 }])),
        result(`library filter ready + headline, ${label}`, 'ms', filtered, at([{ stat: 'p95', max: 50 }])),
        result(`library first search (builds index), ${label}`, 'ms', firstSearch),
        search,
      ],
    };
  } finally {
    await workspace.dispose();
  }
}
