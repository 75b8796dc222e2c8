import { EditorState } from '@tiptap/pm/state';
import { createLongLivedAnalyser } from '../../renderer/analysis/analyser';
import { createAnalysisHost } from '../../renderer/analysis/analysisHost';
import { changeBetween, paragraphsOf, pullQuotesOf, snapshotOf } from '../../renderer/analysis/documentIndex';
import type { AnalysisUpdate } from '../../renderer/analysis/protocol';
import { editorSchema } from '../../shared/editor/extensions';
import { analyserInputFor } from '../../shared/publish/analyserInput';
import { generateArticle, specForWords } from '../fixtures/article';
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

/**
 * The analysis as the renderer runs it, in Node: a full analysis of the article by the worker's
 * long-lived analyser (its first message), and a re-analysis after one keystroke — the renderer
 * reading and diffing the document (main thread) and the worker applying the one-paragraph
 * splice and analysing again (off it). Each keystroke types into a different paragraph. Between
 * opening and the first key the worker is idle, and runs its warm-up (`rehearse`) as the real
 * worker does; its CPU is reported on its own line.
 */
export async function measureAnalysis(words: number, runs: number): Promise<Result[]> {
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
