/**
 * Attribution accuracy and speed: `npm run bench:attribution -- <gold-dir> [--verbose]`.
 * Scores `analyse` on every gold `*.json` in the directory by the fixtures' README rules, then
 * times it on a generated 20,000-word article.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { analyse } from '../shared/attribution/index';
import { addScore, emptyScore, rates, scoreArticle, type GoldKind, type Score } from '../shared/attribution/score';

const goldFileSchema = z.object({
  id: z.string(),
  paragraphs: z.array(z.string()),
  quotes: z.array(
    z.object({
      paragraph: z.number().int(),
      text: z.string(),
      speaker: z.string(),
      speakerKind: z.enum(['named', 'descriptive', 'organisation', 'unknown']),
      cue: z.string(),
    }),
  ),
});
type GoldFile = z.infer<typeof goldFileSchema>;

async function readGold(directory: string): Promise<GoldFile[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  if (names.length === 0) throw new Error(`no gold *.json files in ${directory}`);
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(directory, name);
      const parsed = goldFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message ?? 'not a gold file'}`);
      return parsed.data;
    }),
  );
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`.padStart(6);
}

function printScore(total: Score): void {
  const overall = rates(total);
  console.log(`quotes: ${total.gold} gold, ${total.predictions} predicted, ${total.matched} matched`);
  console.log(`precision ${percent(overall.precision)}   recall ${percent(overall.recall)}   speaker accuracy ${percent(overall.speakerAccuracy)}`);
  console.log('per gold speaker kind:   gold  recall  speaker accuracy');
  for (const kind of Object.keys(total.byKind) as GoldKind[]) {
    const tally = total.byKind[kind];
    const recall = tally.gold === 0 ? 0 : tally.matched / tally.gold;
    const accuracy = tally.matched === 0 ? 0 : tally.speakerRight / tally.matched;
    console.log(`  ${kind.padEnd(14)} ${String(tally.gold).padStart(9)}  ${percent(recall)}  ${percent(accuracy)}`);
  }
}

function printMisses(id: string, score: Score): void {
  if (score.misses.length === 0) return;
  console.log(`\n${id}`);
  for (const miss of score.misses) {
    const text = miss.text.length > 70 ? `${miss.text.slice(0, 67)}…` : miss.text;
    console.log(`  ${miss.type.padEnd(13)} p${miss.paragraph} "${text}"  expected: ${miss.expected || '-'}  got: ${miss.predicted || '-'}`);
  }
}

const benchParagraphs = [
  'The city council voted 7-2 on Tuesday to approve the revised budget, which adds $4 million for road repairs and trims the parks department by 3 percent.',
  '“We listened to every neighbourhood, and this budget reflects what they told us,” Council President Maria Okafor said after the vote. “It is not perfect, but it is honest.”',
  'Okafor, who has led the council since 2021, said the road money would be spent first in wards with the oldest pavement.',
  'Not everyone was persuaded. "This plan borrows against next year to look good this year," said Councillor Devin Marsh, who voted against it. "We will pay for that."',
  'A senior budget analyst, who asked not to be named because she was not authorised to speak publicly, said the projections assumed a tax increase that has not been proposed.',
  '"The numbers only work if revenue grows faster than it has in a decade," the analyst said.',
  'The mayor’s office said in a statement that the budget was “balanced and responsible” and that the parks cuts would not close any pool.',
  'Residents at the meeting held signs reading "Fix Our Streets" and applauded when the vote was announced.',
];

function generatedArticle(targetWords: number): string[] {
  const paragraphs: string[] = [];
  let words = 0;
  for (let index = 0; words < targetWords; index += 1) {
    const text = (benchParagraphs[index % benchParagraphs.length] as string).replace(/\b7-2\b/, `${(index % 9) + 1}-${index % 4}`);
    paragraphs.push(text);
    words += text.split(/\s+/).length;
  }
  return paragraphs;
}

function speedCheck(): void {
  const paragraphs = generatedArticle(20_000);
  const words = paragraphs.join(' ').split(/\s+/).length;
  analyse({ paragraphs });
  const times: number[] = [];
  for (let run = 0; run < 20; run += 1) {
    const started = performance.now();
    analyse({ paragraphs });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = ((times[9] as number) + (times[10] as number)) / 2;
  const p95 = times[Math.ceil(0.95 * times.length) - 1] as number;
  const fastest = times[0] as number;
  console.log(
    `\nspeed: ${words} words, ${paragraphs.length} paragraphs, 20 runs: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, fastest ${fastest.toFixed(1)} ms`,
  );
}

async function main(args: string[]): Promise<number> {
  const directory = args.find((arg) => !arg.startsWith('--'));
  if (!directory) {
    process.stderr.write('usage: npm run bench:attribution -- <gold-dir> [--verbose]\n');
    return 2;
  }
  const isVerbose = args.includes('--verbose');
  const files = await readGold(directory);
  const total = emptyScore();
  let analysisMs = 0;
  for (const file of files) {
    const started = performance.now();
    const result = analyse({ paragraphs: file.paragraphs });
    analysisMs += performance.now() - started;
    const score = scoreArticle(file.quotes, result.quotes);
    addScore(total, score);
    if (isVerbose) printMisses(file.id, score);
  }
  if (isVerbose) console.log('');
  console.log(`${files.length} articles analysed in ${analysisMs.toFixed(1)} ms`);
  printScore(total);
  speedCheck();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench:attribution: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
