import { result, type Result } from '../core/results';
import type { UiOutput } from './ui';

const megabytes = (bytes: number) => bytes / 1024 / 1024;

function present(values: (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

/** Result rows for one typing run: key→DOM, key→next frame (the target), key→end of that frame, and Event Timing. */
function typingRows(run: UiOutput['typing'][number], words: number): Result[] {
  const { keys, slowEvents, longTasks } = run.report;
  const label = `${words.toLocaleString('en')} words, ${run.tab} tab`;
  const missed = keys.filter((key) => key.toDom === null).length;
  const slowest = slowEvents.reduce((max, event) => Math.max(max, event.duration), 0);
  const note = `${keys.length} keys; ${missed} not in the DOM within 10 frames; ${slowEvents.length} Event Timing entries ≥ 16 ms (max ${slowest} ms); ${longTasks.length} long tasks`;
  const rows = [
    result(`typing key→DOM, ${label}`, 'ms', present(keys.map((key) => key.toDom))),
    result(`typing key→next frame, ${label}`, 'ms', present(keys.map((key) => key.toFrame)), [{ stat: 'p95', max: 16 }, { stat: 'max', max: 50 }], note),
    result(`typing key→frame done, ${label}`, 'ms', present(keys.map((key) => key.toFrameEnd))),
  ];
  const durations = slowEvents.map((event) => event.duration);
  rows.push(result(`typing Event Timing ≥16 ms entries, ${label}`, 'ms', durations.length ? durations : [0], [{ stat: 'max', max: 50 }], `${durations.length} entries (key and input events)`));
  return rows;
}

/** Turns the browser process's raw samples into result rows. */
export function uiResults(output: UiOutput, typingWords: number): Result[] {
  const rows: Result[] = [];
  for (const size of output.open) {
    rows.push(result(`open from disk to editable (UI), ${size.words.toLocaleString('en')} words`, 'ms', size.samples, size.words === typingWords ? [{ stat: 'p95', max: 300 }] : []));
  }
  for (const run of output.typing) rows.push(...typingRows(run, typingWords));
  const heapNote = `after GC; ${megabytes(output.heap.scratchOpen).toFixed(1)} MB with a 20-word article open`;
  rows.push(result(`renderer JS heap, ${typingWords.toLocaleString('en')}-word article open`, 'MB', [megabytes(output.heap.articleOpen)], [{ stat: 'median', max: 150 }], heapNote));
  rows.push(result(`renderer JS heap after typing, ${typingWords.toLocaleString('en')}-word article`, 'MB', [megabytes(output.heap.afterTyping)], [{ stat: 'median', max: 150 }], 'after GC'));
  if (output.externalRequests > 0) throw new Error(`the renderer tried to reach the network ${output.externalRequests} times`);
  return rows;
}
