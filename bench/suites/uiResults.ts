import { result, type Result, type Target } from '../core/results';
import { roundRatios } from '../core/roundRatios';
import { summarise } from '../core/stats';
import type { UiOutput } from './ui';

/** The label the browser process gives the bare TipTap runs (bench/browser/main.ts). */
const bareLabel = 'bare TipTap';
/** Typing with a side panel open may cost at most this much more than bare TipTap (issue 16). */
const maxBaselineRatio = 1.25;

const megabytes = (bytes: number) => bytes / 1024 / 1024;

function present(values: (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

type TypingReport = UiOutput['typing'][number]['report'];

/** The label of a typing condition: Copydesk with a tab open, or the bare TipTap baseline. */
function conditionLabel(tab: string): string {
  return tab === bareLabel ? 'bare TipTap (StarterKit only)' : `${tab} tab`;
}

/** Every round's samples of one condition, pooled. */
function pooled(output: UiOutput): Map<string, TypingReport> {
  const byTab = new Map<string, TypingReport>();
  for (const run of output.typing) {
    const report = byTab.get(run.tab) ?? { keys: [], slowEvents: [], longTasks: [] };
    report.keys.push(...run.report.keys);
    report.slowEvents.push(...run.report.slowEvents);
    report.longTasks.push(...run.report.longTasks);
    byTab.set(run.tab, report);
  }
  return byTab;
}

/** Result rows for one typing condition: key→DOM, key→next frame (the target), key→end of that frame, and Event Timing. */
function typingRows(tab: string, report: TypingReport, words: number, rounds: number): Result[] {
  const { keys, slowEvents, longTasks } = report;
  const label = `${words.toLocaleString('en')} words, ${conditionLabel(tab)}`;
  const missed = keys.filter((key) => key.toDom === null).length;
  const slowest = slowEvents.reduce((max, event) => Math.max(max, event.duration), 0);
  const note = `${keys.length} keys in ${rounds} round(s); ${missed} not in the DOM within 10 frames; ${slowEvents.length} Event Timing entries ≥ 16 ms (max ${slowest} ms); ${longTasks.length} long tasks`;
  const targets: Target[] = tab === bareLabel ? [] : [{ stat: 'p95', max: 16 }, { stat: 'max', max: 50 }];
  const rows = [
    result(`typing key→DOM, ${label}`, 'ms', present(keys.map((key) => key.toDom))),
    result(`typing key→next frame, ${label}`, 'ms', present(keys.map((key) => key.toFrame)), targets, note),
    result(`typing key→frame done, ${label}`, 'ms', present(keys.map((key) => key.toFrameEnd))),
  ];
  const durations = slowEvents.map((event) => event.duration);
  rows.push(result(`typing Event Timing ≥16 ms entries, ${label}`, 'ms', durations.length ? durations : [0], tab === bareLabel ? [] : [{ stat: 'max', max: 50 }], `${durations.length} entries (key and input events)`));
  return rows;
}

const frameTimes = (report: TypingReport) => present(report.keys.map((key) => key.toFrame));

/**
 * How much slower than bare TipTap typing is with a tab open: key→next frame p95 over the
 * baseline's p95, all rounds pooled (the figure the target is read on). Min and max are the 90 %
 * bootstrap interval over rounds; the note gives every round's own ratio too.
 */
function baselineRatio(tab: string, output: UiOutput, row: Result, baseline: Result): Result {
  const pairs = [...new Set(output.typing.map((run) => run.round))].flatMap((round) => {
    const mine = output.typing.find((run) => run.round === round && run.tab === tab);
    const bare = output.typing.find((run) => run.round === round && run.tab === bareLabel);
    return mine && bare ? [{ samples: frameTimes(mine.report), baseline: frameTimes(bare.report) }] : [];
  });
  const { pooled, perRound, interval } = roundRatios(pairs);
  const spread = summarise(perRound);
  const note = `pooled p95 ${row.p95.toFixed(1)} ms ÷ bare TipTap pooled p95 ${baseline.p95.toFixed(1)} ms (medians ${row.median.toFixed(1)} / ${baseline.median.toFixed(1)} ms); 90 % bootstrap over rounds ${interval[0].toFixed(2)}–${interval[1].toFixed(2)}; per round median ${spread.median.toFixed(2)}, ${spread.min.toFixed(2)}–${spread.max.toFixed(2)} (${perRound.map((value) => value.toFixed(2)).join(', ')})`;
  return {
    name: `typing key→next frame p95 ÷ bare TipTap, ${conditionLabel(tab)}`, unit: '×', median: pooled, p95: pooled,
    min: interval[0], max: interval[1], runs: perRound.length,
    target: `p95 ≤ ${maxBaselineRatio} ×`, pass: pooled <= maxBaselineRatio, note,
  };
}

/** Turns the browser process's raw samples into result rows. */
export function uiResults(output: UiOutput, typingWords: number): Result[] {
  const rows: Result[] = [];
  for (const size of output.open) {
    const words = size.words.toLocaleString('en');
    rows.push(result(`open from disk to editable (UI), ${words} words`, 'ms', size.samples, size.words === typingWords ? [{ stat: 'p95', max: 300 }] : []));
    rows.push(result(`open from disk to the editable frame drawn (UI), ${words} words`, 'ms', size.painted, [], 'click → the animation frame after the first editable one, which starts once that frame has been laid out and painted'));
  }
  const bare = output.bareOpen;
  if (bare) {
    const words = bare.words.toLocaleString('en');
    const note = 'same runs, alternating with the opens above: the editor made for the same document already in memory (no read, no React, StarterKit only)';
    rows.push(result(`baseline: bare TipTap making its editor (UI), ${words} words`, 'ms', bare.samples, [], note));
    rows.push(result(`baseline: bare TipTap making its editor, to the frame drawn (UI), ${words} words`, 'ms', bare.painted, [], note));
  }
  const rounds = new Set(output.typing.map((run) => run.round)).size;
  const byTab = pooled(output);
  const frames = new Map<string, Result>();
  for (const [tab, report] of byTab) {
    const typing = typingRows(tab, report, typingWords, rounds);
    frames.set(tab, typing[1] as Result);
    rows.push(...typing);
  }
  const analyses = output.typing.flatMap((run) => run.analyses);
  if (analyses.length > 0) {
    const note = `${analyses.length} analyses while typing, ${analyses[0]?.paragraphs ?? 0} paragraphs held by the worker`;
    rows.push(result(`re-analysis in the worker while typing (UI), ${typingWords.toLocaleString('en')} words`, 'ms', analyses.map((entry) => entry.analyseMs), [], note));
    rows.push(result(`analysis round trip: changed paragraphs sent → result shown (UI), ${typingWords.toLocaleString('en')} words`, 'ms', analyses.map((entry) => entry.roundTripMs)));
  }
  const baseline = frames.get(bareLabel);
  if (baseline) for (const [tab, row] of frames) if (tab !== bareLabel) rows.push(baselineRatio(tab, output, row, baseline));
  const heapNote = `after GC; ${megabytes(output.heap.scratchOpen).toFixed(1)} MB with a 20-word article open`;
  rows.push(result(`renderer JS heap, ${typingWords.toLocaleString('en')}-word article open`, 'MB', [megabytes(output.heap.articleOpen)], [{ stat: 'median', max: 150 }], heapNote));
  rows.push(result(`renderer JS heap after typing, ${typingWords.toLocaleString('en')}-word article`, 'MB', [megabytes(output.heap.afterTyping)], [{ stat: 'median', max: 150 }], 'after GC'));
  if (output.externalRequests > 0) throw new Error(`the renderer tried to reach the network ${output.externalRequests} times`);
  return rows;
}
