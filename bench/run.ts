/**
 * `npm run bench`: generates its fixtures (seeded, under bench/.generated/), runs every
 * measurement several times, prints median, p95, min and max against the targets, and writes
 * bench/results.json. `npm run bench -- --help` lists the options; `--quick` is a small run.
 */
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseOptions, type BenchOptions } from './core/options';
import { formatTable, writeResults, type Result } from './core/results';
import { formatScaling, scaling } from './core/scaling';
import { hasTool, missingToolMessage } from './core/tools';
import { generatedDir } from './fixtures/corpus';
import { measureAnalysis } from './suites/analysis';
import { measureArticle, targetWords } from './suites/article';
import { compareBatchExport, compareSearch } from './suites/compare';
import { measureLibrary, targetArticles, type LibraryMeasurement } from './suites/library';
import { measureMainRss } from './suites/memory';
import { measureNewsroom } from './suites/newsroom';
import { ensureRendererBuilt, runLibraryScroll, runUi, type MainWindow } from './suites/ui';
import { ensureCorpus } from './fixtures/corpus';
import { ratio, result } from './core/results';
import { uiResults } from './suites/uiResults';
import { topFunctions } from './core/profile';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function step<T>(label: string, task: () => Promise<T>): Promise<T> {
  const start = performance.now();
  log(`… ${label}`);
  const value = await task();
  log(`  done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return value;
}

async function nodeSuites(options: BenchOptions, results: Result[]): Promise<void> {
  if (options.suites.has('article')) {
    for (const words of options.words) results.push(...(await step(`article suite at ${words} words`, () => measureArticle(words, options.runs))));
  }
  if (options.suites.has('analysis')) {
    for (const words of options.words) results.push(...(await step(`analysis suite at ${words} words`, () => measureAnalysis(words, options.runs, { profileDir: options.isProfiling ? generatedDir : null, log }))));
  }
  const libraries: LibraryMeasurement[] = [];
  if (options.suites.has('library') || options.suites.has('compare')) {
    for (const count of options.articles) {
      const measured = await step(`library suite at ${count} articles`, () => measureLibrary(count, { runs: options.runs, coldRuns: count >= targetArticles ? 1 : options.slowRuns }));
      libraries.push(measured);
      if (options.suites.has('library')) results.push(...measured.results);
      // The search comparison runs at every size, in the same run as the library's own search.
      if (options.suites.has('compare')) results.push(...(await step(`search vs rg at ${count} articles`, () => compareSearch(measured, options.runs, log))));
    }
  }
  if (options.suites.has('compare')) {
    results.push(...(await step(`batch export of ${options.batch} articles: CLI vs pandoc`, () => compareBatchExport(options.batch, options.slowRuns, log))));
  }
  if (options.suites.has('memory')) {
    for (const count of options.articles) results.push(...(await step(`main-process RSS at ${count} articles`, () => measureMainRss(count, count >= targetArticles ? 1 : options.slowRuns))));
  }
}

/** Main's CPU over a recording, as a share of a core, and what its library was busy with. */
function describeMain(window: MainWindow): string {
  const busy = (activity: MainWindow['atStart']) => Object.entries(activity).filter(([, isOn]) => isOn).map(([work]) => work).join(' + ') || 'idle';
  return `${window.cpuMs.toFixed(0)} ms CPU in ${window.wallMs.toFixed(0)} ms (${(window.cpuMs / window.wallMs).toFixed(2)} of a core), library ${busy(window.atStart)} → ${busy(window.atEnd)}`;
}

async function uiSuite(options: BenchOptions, results: Result[]): Promise<void> {
  const typingWords = options.words.includes(targetWords) ? targetWords : (options.words[options.words.length - 1] ?? 1_000);
  await step('renderer build check', () => ensureRendererBuilt(log));
  const output = await step('browser: open and typing', () =>
    runUi({ sizes: options.words, typingWords, keys: options.keys, openRuns: options.slowRuns + 2, tabs: ['Sources', 'Review'], rounds: options.rounds, hasBaseline: true, profileDir: options.isProfiling ? generatedDir : null }),
  );
  const rows = uiResults(output, typingWords);
  results.push(...rows);
  for (const row of rows) if (row.unit === '×') log(`${row.name}: ${row.median.toFixed(2)} — ${row.note ?? ''}`);
  for (const count of options.articles) {
    const corpus = await ensureCorpus(`library-${count}`, count);
    const label = `${count.toLocaleString('en')} articles`;
    for (const mode of ['jump', 'wheel'] as const) {
      const trace = options.isProfiling ? join(generatedDir, `scroll-${mode}-${count}.trace.json`) : null;
      const scroll = await step(`browser: scroll the library of ${count} articles (${mode})`, () => runLibraryScroll(corpus.dir, count, 300, { mode, trace }));
      const how = mode === 'jump' ? 'a screen of rows per frame (a dragged scrollbar)' : 'mouse-wheel input, 120 px a notch';
      const kind = mode === 'jump' ? '' : ' by wheel';
      const scrolled = result(`library scroll${kind} frame time (UI), ${label}`, 'ms', scroll.frames, count >= targetArticles ? [{ stat: 'p95', max: 16.7 }] : [], `${how}, ${scroll.frames.length} frames; at most ${scroll.maxRows} rows in the DOM`);
      const still = result(`baseline: frame time of the same page not scrolling (UI, ${mode} run), ${label}`, 'ms', scroll.idleFrames, [], 'same run, just before the scroll');
      results.push(scrolled, still, { ...ratio(`library scroll${kind} frame time p95 ÷ its baseline p95, ${label}`, { ...scrolled, median: scrolled.p95 }, { ...still, median: still.p95 }, null), note: 'p95 of scrolling frames ÷ p95 of still frames, same run' });
      if (scroll.breakdown) log(`  main thread per scrolling frame (${mode}, ${label}): ${Object.entries(scroll.breakdown).map(([part, ms]) => `${part} ${ms.toFixed(2)} ms`).join(', ')}; trace ${trace}`);
      log(`  main process while scrolling: ${describeMain(scroll.main.scrolling)}; while still: ${describeMain(scroll.main.still)}`);
    }
    if (count < targetArticles) continue;
    // A separate case: a reporter scrolling during a cold start, while main still builds the search index.
    const early = await step(`browser: scroll the library of ${count} articles during its cold start (jump)`, () => runLibraryScroll(corpus.dir, count, 300, { mode: 'jump', when: 'starting' }));
    const scrolled = result(`library scroll frame time during a cold start (UI), ${label}`, 'ms', early.frames, [], `a screen of rows per frame, from the moment every row is listed; main meanwhile: ${describeMain(early.main.scrolling)}`);
    const still = result(`baseline: frame time of the same page not scrolling (UI, cold-start run), ${label}`, 'ms', early.idleFrames, [], 'same run, just before the scroll');
    results.push(scrolled, still, { ...ratio(`library scroll frame time during a cold start p95 ÷ its baseline p95, ${label}`, { ...scrolled, median: scrolled.p95 }, { ...still, median: still.p95 }, null), note: 'p95 of scrolling frames ÷ p95 of still frames, same run' });
    log(`  main process while scrolling during the cold start: ${describeMain(early.main.scrolling)}`);
  }
  for (const run of output.typing) {
    const work = run.work;
    if (work) log(`main-thread CPU per key (${run.tab}, round ${run.round + 1}, ${work.keys} keys): key handling ${work.keyTaskMs.toFixed(2)} ms (forced layout ${work.forcedLayoutMs.toFixed(2)}), frames ${work.frameMs.toFixed(2)} ms (style ${work.styleMs.toFixed(2)}, layout ${work.frameLayoutMs.toFixed(2)}, paint ${work.paintMs.toFixed(2)}, layerize ${work.layerizeMs.toFixed(2)}, hit tests ${work.hitTestMs.toFixed(2)}), other ${work.otherMs.toFixed(2)} ms`);
  }
  for (const run of output.typing) {
    if (!run.profile) continue;
    log(`\nCPU profile while typing (${run.tab}, round ${run.round + 1}): ${run.profile}\n  inclusive ms  self ms  function`);
    for (const line of await topFunctions(run.profile, 12)) log(`  ${line.totalMs.toFixed(1).padStart(12)} ${line.selfMs.toFixed(1).padStart(8)}  ${line.name}`);
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const results: Result[] = [];
  for (const tool of ['pandoc', 'rg']) if (!hasTool(tool)) log(missingToolMessage(tool, `the ${tool} comparison`));
  await nodeSuites(options, results);
  if (options.suites.has('ui')) await uiSuite(options, results);
  if (options.suites.has('newsroom')) {
    const sizes = options.isQuick ? { pairEdits: 60, clients: 50, typingSeconds: 4, clientsPerProcess: 10, offlineEdits: 1_000, reconnectRuns: 2 } : { pairEdits: 200, clients: 50, typingSeconds: 10, clientsPerProcess: 10, offlineEdits: 1_000, reconnectRuns: 5 };
    results.push(...(await step('newsroom: sync latency, 50 clients, reconnect', () => measureNewsroom(sizes, log))));
  }
  const steps = scaling(results);
  process.stdout.write(`\n${formatTable(results)}\n\nScaling (median time between sizes):\n${formatScaling(steps)}\n`);
  const failed = results.filter((row) => row.pass === false).map((row) => row.name);
  process.stdout.write(`\n${failed.length ? `targets missed: ${failed.length}\n  ${failed.join('\n  ')}` : 'every target met'}\n`);
  const path = join(import.meta.dirname, 'results.json');
  await writeResults(path, results, {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version },
    options: { ...options, suites: [...options.suites] },
    durationSeconds: Math.round((performance.now() - started) / 1000),
    scaling: steps,
  });
  log(`wrote ${path} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
