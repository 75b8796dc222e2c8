import { parseArgs } from 'node:util';

/** Every suite `npm run bench` knows, in the order they run. */
export const suiteNames = ['article', 'analysis', 'library', 'compare', 'memory', 'ui', 'newsroom'] as const;
export type SuiteName = (typeof suiteNames)[number];

/** What one `npm run bench` measures, and how often. */
export interface BenchOptions {
  isQuick: boolean;
  /** Repetitions of fast measurements. */
  runs: number;
  /** Repetitions of slow ones (cold library start, first search, batch export, UI opens). */
  slowRuns: number;
  /** Article sizes (words) for open, save, analysis and export; the targets apply at 20,000. */
  words: number[];
  /** Library sizes (articles); the targets apply at 10,000. */
  articles: number[];
  /** Articles in the CLI-vs-pandoc batch. */
  batch: number;
  /** Keystrokes recorded per typing condition (bare TipTap, each tab), split over `rounds`. */
  keys: number;
  /** Typing rounds: bare TipTap and each tab take turns this many times (the order rotating), so load changes hit all alike. */
  rounds: number;
  suites: Set<SuiteName>;
  /** Save CPU profiles of the typing runs under `bench/.generated/`. */
  isProfiling: boolean;
}

const usage = `usage: npm run bench -- [--quick] [--runs N] [--words 1000,5000,20000,50000] [--articles 1000,10000,50000]
                      [--batch 1000] [--keys 300] [--rounds 5] [--only article,analysis,library,compare,memory,ui,newsroom] [--skip ui] [--profile]
Environment: BENCH_QUICK=1 is the same as --quick.`;

function numbers(value: string | undefined, fallback: number[]): number[] {
  if (value === undefined) return fallback;
  const list = value.split(',').map((item) => Number(item.trim()));
  if (list.some((item) => !Number.isInteger(item) || item <= 0)) throw new RangeError(`not a list of positive whole numbers: "${value}"\n${usage}`);
  return list;
}

function suites(value: string | undefined): SuiteName[] {
  if (!value) return [];
  const names = value.split(',').map((item) => item.trim());
  for (const name of names) if (!(suiteNames as readonly string[]).includes(name)) throw new RangeError(`unknown suite "${name}"\n${usage}`);
  return names as SuiteName[];
}

/**
 * Reads the command line. The full run (about 12 minutes on 2 cores) measures 1k–50k words and
 * 1k–50k articles; `--quick` (or BENCH_QUICK=1) a small run in about two minutes.
 */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean' }, runs: { type: 'string' }, words: { type: 'string' }, articles: { type: 'string' },
      batch: { type: 'string' }, keys: { type: 'string' }, rounds: { type: 'string' }, only: { type: 'string' }, skip: { type: 'string' }, profile: { type: 'boolean' }, help: { type: 'boolean' },
    },
  });
  if (values.help) throw new RangeError(usage);
  const isQuick = values.quick === true || env.BENCH_QUICK === '1';
  const runs = numbers(values.runs, [isQuick ? 5 : 15])[0] as number;
  const only = suites(values.only);
  const skipped = new Set(suites(values.skip));
  return {
    isQuick,
    runs,
    slowRuns: isQuick ? 2 : 3,
    words: numbers(values.words, isQuick ? [1_000, 5_000, 20_000] : [1_000, 5_000, 20_000, 50_000]),
    articles: numbers(values.articles, isQuick ? [1_000] : [1_000, 10_000, 50_000]),
    batch: numbers(values.batch, [isQuick ? 100 : 1_000])[0] as number,
    keys: numbers(values.keys, [isQuick ? 80 : 300])[0] as number,
    rounds: numbers(values.rounds, [isQuick ? 2 : 5])[0] as number,
    suites: new Set((only.length ? only : suiteNames).filter((name) => !skipped.has(name))),
    isProfiling: values.profile === true,
  };
}
