import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { EditorState } from '@tiptap/pm/state';
import { createLongLivedAnalyser } from '../../renderer/analysis/analyser';
import { createAnalysisHost } from '../../renderer/analysis/analysisHost';
import { changeBetween, paragraphsOf, pullQuotesOf, snapshotOf } from '../../renderer/analysis/documentIndex';
import type { AnalysisUpdate } from '../../renderer/analysis/protocol';
import { editorSchema } from '../../shared/editor/extensions';
import { analyserInputFor } from '../../shared/publish/analyserInput';
import { generateArticle, specForWords } from '../fixtures/article';
import { splitProfile, type CpuProfile, type ProfileSplit, type ProfileStep } from '../core/profileSplit';
import { ratio, result, type Result } from '../core/results';
import { timeRuns } from '../core/stats';

/** CPU milliseconds (user + system) `task` takes; on a shared machine steadier than wall time. */
function cpuMs(task: () => unknown): number {
  const before = process.cpuUsage();
  task();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** End of the text of the `index`-th top-level block, where a keystroke is typed. */
function endOfBlock(state: EditorState, index: number): number {
  let position = 0;
  for (let at = 0; at <= index; at += 1) position += state.doc.child(at).nodeSize;
  return position - 1;
}

/** The analyser's steps, innermost first (see `splitProfile`): the language layer, then the article's build around it, then the rules. */
const analysisSteps: readonly ProfileStep[] = [
  { label: 'language layer: tagging (wink-nlp)', functionName: 'tagParagraphs' },
  { label: 'language layer: words looked up alone', functionName: 'lexicalTag' },
  { label: 'scanning, tokens, sentences, name runs', functionName: 'buildArticle' },
  { label: 'rules: people and organisations', functionName: 'registryFor' },
  { label: 'rules: the sieve (speakers)', functionName: 'runSieve' },
  { label: 'rules: findings', functionName: 'collectFindings' },
  { label: 'quote keys, reviews, the answer', functionName: 'analyseWith' },
];

/**
 * Profiles `runs` full analyses of the worker's first message (a fresh analyser each) with the
 * inspector, writes the profile to `path`, and splits its time between the analyser's steps.
 */
async function profileFullAnalyses(first: AnalysisUpdate, runs: number, path: string): Promise<ProfileSplit> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    for (let run = 0; run < runs; run += 1) {
      const host = createAnalysisHost(createLongLivedAnalyser());
      host.apply(first);
      host.analyse();
    }
    const { profile } = await session.post('Profiler.stop');
    await writeFile(path, JSON.stringify(profile));
    const { nodes, samples, timeDeltas } = profile;
    if (!samples || !timeDeltas) throw new Error('the inspector returned a CPU profile without samples');
    return splitProfile({ nodes, samples, timeDeltas } satisfies CpuProfile, analysisSteps);
  } finally {
    session.disconnect();
  }
}

/** The split as log lines: each step's milliseconds per analysis and share of the analysis. */
function formatSplit(split: ProfileSplit, runs: number): string[] {
  const rows = [...split.steps, { label: 'garbage collection', ms: split.garbageCollectionMs }, { label: 'outside the analyser (harness, VM)', ms: split.otherMs }];
  const total = rows.reduce((sum, row) => sum + row.ms, 0);
  return rows.map((row) => `  ${(row.ms / runs).toFixed(1).padStart(8)} ms  ${total > 0 ? ((100 * row.ms) / total).toFixed(0).padStart(3) : '  0'} %  ${row.label}`);
}

/** Profiles the full analyses (see `profileFullAnalyses`) and logs where the profile is and its split by step. */
async function logProfile(first: AnalysisUpdate, runs: number, label: string, profileDir: string, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<void> {
  const path = join(profileDir, `analysis-full-${label.replace(/\D/g, '')}.cpuprofile`);
  const split = await profileFullAnalyses(first, runs, path);
  log(`\nCPU profile of ${runs} full analyses, ${label}: ${path}\n  ms per analysis, share, step`);
  for (const line of formatSplit(split, runs)) log(line);
}

/** Options of the analysis suite. */
export interface AnalysisOptions {
  /** Where to write a CPU profile of the full analyses and log its split by step; null for none. */
  profileDir?: string | null;
  log?: (line: string) => void;
}

/**
 * The analysis as the renderer runs it, in Node: a full analysis of the article by the worker's
 * long-lived analyser (its first message), and a re-analysis after one keystroke — the renderer
 * reading and diffing the document (main thread) and the worker applying the one-paragraph
 * splice and analysing again (off it). Each keystroke types into a different paragraph. Between
 * opening and the first key the worker is idle, and runs its warm-up (`rehearse`) as the real
 * worker does; its CPU is reported on its own line.
 */
export async function measureAnalysis(words: number, runs: number, options: AnalysisOptions = {}): Promise<Result[]> {
  const label = `${words.toLocaleString('en')} words`;
  const article = generateArticle(specForWords(words));
  let state = EditorState.create({ doc: editorSchema.nodeFromJSON(article.body) });
  const snapshot = snapshotOf(state.doc);
  const sources = analyserInputFor(article).sources ?? [];
  const first: AnalysisUpdate = {
    type: 'update', version: 1, splice: { start: 0, deleteCount: 0, paragraphs: paragraphsOf(snapshot) },
    context: { sources, reviews: article.reviews, pullQuotes: pullQuotesOf(snapshot) },
  };
  const fullCpu: number[] = [];
  const full = await timeRuns(runs, (run) => {
    const host = createAnalysisHost(createLongLivedAnalyser());
    host.apply(first);
    const spent = cpuMs(() => host.analyse());
    if (run >= 0) fullCpu.push(spent);
  });
  const host = createAnalysisHost(createLongLivedAnalyser());
  host.apply(first);
  host.analyse();
  // The reporter reads before typing: the worker, idle, runs its warm-up steps (see `serveInWorker`).
  const warmUpCpu = cpuMs(() => {
    while (host.rehearse()) continue;
  });
  let version = 1;
  let before = snapshot;
  const renderer: number[] = [];
  const workerCpu: number[] = [];
  const worker = await timeRuns(runs, (run) => {
    const paragraph = state.doc.childCount > 0 ? (7 * (run + 3)) % state.doc.childCount : 0;
    state = state.apply(state.tr.insertText('x', endOfBlock(state, paragraph)));
    const started = performance.now();
    const after = snapshotOf(state.doc);
    const change = changeBetween(before, after);
    if (run >= 0) renderer.push(performance.now() - started);
    before = after;
    version += 1;
    const spent = cpuMs(() => {
      host.apply({ type: 'update', version, splice: change.splice, context: change.isPullQuoteChanged ? { pullQuotes: pullQuotesOf(after) } : {} });
      host.analyse();
    });
    if (run >= 0) workerCpu.push(spent);
  });
  // Profiled last, so the profiled analyses do not warm the code the keystroke runs measure.
  if (options.profileDir) await logProfile(first, runs, label, options.profileDir, options.log);
  const fullCpuResult = result(`attribution full analysis CPU (worker's first message), ${label}`, 'ms', fullCpu, words === 20_000 ? [{ stat: 'median', max: 100 }] : [], 'process CPU time, user + system');
  const workerCpuResult = result(`re-analysis after one keystroke CPU (worker: splice + analyse), ${label}`, 'ms', workerCpu, words === 20_000 ? [{ stat: 'median', max: 5 }] : [], 'process CPU time, user + system');
  return [
    result(`attribution full analysis (worker's first message), ${label}`, 'ms', full),
    result(`re-analysis after one keystroke (worker: splice + analyse), ${label}`, 'ms', worker),
    fullCpuResult,
    workerCpuResult,
    ratio(`re-analysis after one keystroke ÷ full analysis (CPU), ${label}`, workerCpuResult, fullCpuResult, null),
    result(`worker's warm-up while idle after opening, CPU, ${label}`, 'ms', [warmUpCpu], [], 'once per opened article, before the first key; off the typing path'),
    result(`re-analysis after one keystroke (renderer main thread: read + diff), ${label}`, 'ms', renderer, [], 'top-level blocks compared by identity; only the changed block is read'),
  ];
}
