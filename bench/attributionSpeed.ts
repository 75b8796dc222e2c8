/**
 * Speed of the attribution analyser, each figure beside a baseline measured in the same run
 * (a plain regular-expression pass over the same text), since absolute times differ between
 * machines: full analysis of 20,000 words, re-analysis after a one-paragraph change, and a
 * single paragraph of 1 MB.
 */
import { createAnalyser, warmLanguageModel } from '../shared/attribution/index';

const templates = [
  'The city council voted {n}-2 on Tuesday to approve the revised budget, which adds ${n} million for road repairs and trims the parks department by {n} percent.',
  '“We listened to every neighbourhood in ward {n}, and this budget reflects what they told us,” Council President Maria Okafor said after the vote. “It is not perfect, but it is honest.”',
  'Okafor, who has led the council since {y}, said the road money would be spent first in the {n} wards with the oldest pavement.',
  'Not everyone was persuaded. "This plan borrows {n} dollars against next year to look good this year," said Councillor Devin Marsh{n}, who voted against it. "We will pay for that."',
  'A senior budget analyst, who asked not to be named because she was not authorised to speak publicly, said the projections assumed a tax increase of {n} percent that has not been proposed.',
  '"The numbers only work if revenue grows faster than it has in {n} years," the analyst said.',
  'The mayor’s office said in a statement that the budget was “balanced and responsible” and that the parks cuts would not close any of the {n} pools.',
  'Residents at meeting number {n} held signs reading "Fix Our Streets" and applauded when the vote was announced.',
];

/** An article of about `words` words whose paragraphs all differ, so no paragraph is analysed twice. */
export function benchArticle(words: number): string[] {
  const paragraphs: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index += 1) {
    const template = templates[index % templates.length] as string;
    const text = template.replaceAll('{n}', String(index + 3)).replaceAll('{y}', String(1900 + (index % 120)));
    paragraphs.push(text);
    count += text.split(/\s+/).length;
  }
  return paragraphs;
}

/** The baseline: a 20-line regular-expression pass that pairs quotation marks and finds `X said`. */
function regexBaseline(paragraphs: readonly string[]): number {
  let found = 0;
  for (const text of paragraphs) {
    for (const match of text.matchAll(/["“]([^"“”]+)["”]/g)) {
      const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 60);
      if (/\b(?:said|says|told)\b/.test(after)) found += 1;
    }
  }
  return found;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Wall-clock and CPU milliseconds of one run; on a shared machine the CPU time is the steadier of the two. */
interface Timing {
  wall: number;
  cpu: number;
}

function time(run: () => unknown): Timing {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function medianTiming(timings: readonly Timing[]): Timing {
  return { wall: median(timings.map((timing) => timing.wall)), cpu: median(timings.map((timing) => timing.cpu)) };
}

function line(label: string, timing: Timing, baseline: Timing, target: string): void {
  const figure = (value: number): string => value.toFixed(1).padStart(8);
  console.log(
    `  ${label.padEnd(44)} wall ${figure(timing.wall)} ms  cpu ${figure(timing.cpu)} ms   baseline wall ${baseline.wall.toFixed(1).padStart(6)} ms   ratio ${(timing.wall / baseline.wall).toFixed(0).padStart(5)}×   ${target}`,
  );
}

/** Prints the speed figures. */
export function speedReport(): void {
  const load = time(() => warmLanguageModel()).wall;
  const paragraphs = benchArticle(20_000);
  const words = paragraphs.join(' ').split(/\s+/).length;
  console.log(`\nspeed (${words} words in ${paragraphs.length} distinct paragraphs; language model loaded in ${load.toFixed(0)} ms, once per process)`);
  const baseline = medianTiming(Array.from({ length: 9 }, () => time(() => regexBaseline(paragraphs))));
  const full = medianTiming(Array.from({ length: 9 }, () => time(() => createAnalyser().analyse({ paragraphs }))));
  line('full analysis, 20,000 words (cold cache)', full, baseline, 'target ≤ 100 ms');
  const analyser = createAnalyser();
  analyser.analyse({ paragraphs });
  const edits = Array.from({ length: 21 }, (_, run) => {
    const changed = [...paragraphs];
    const at = (run * 37) % changed.length;
    changed[at] = `${changed[at] as string} Edit ${run}.`;
    return time(() => analyser.analyse({ paragraphs: changed }));
  });
  line('re-analysis after a one-paragraph change', medianTiming(edits), baseline, 'target ≤ 5 ms');
  const big = paragraphs.join(' ');
  let huge = big;
  while (huge.length < 1_000_000) huge += ` ${big}`;
  huge = huge.slice(0, 1_000_000);
  const quarter = huge.slice(0, 250_000);
  const hugeBaseline = time(() => regexBaseline([huge]));
  const quarterTime = time(() => createAnalyser().analyse({ paragraphs: [quarter] }));
  const hugeTime = time(() => createAnalyser().analyse({ paragraphs: [huge] }));
  line('one paragraph of 1 MB (cold cache)', hugeTime, hugeBaseline, 'target < 2 s');
  console.log(`  growth from 0.25 MB to 1 MB: ${(hugeTime.cpu / quarterTime.cpu).toFixed(1)}× cpu for 4× the text (linear: about 4×)`);
}
