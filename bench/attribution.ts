/**
 * Attribution accuracy and speed: `npm run bench:attribution -- <gold-dir> [options]`.
 * Scores the analyser on every gold `*.json` in the directory by the fixtures' README rules
 * (or leniently for automatically derived gold), prints the errors grouped by cause, then times
 * full analysis, one-paragraph re-analysis and a 1 MB paragraph against a same-run baseline.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createAnalyser } from '../shared/attribution/index';
import { addScore, emptyScore, rates, scoreArticle, type GoldKind, type NameMatching, type Score } from '../shared/attribution/score';
import { emptyCauses, tallyCauses, type CauseTally } from './attributionCauses';
import { speedReport } from './attributionSpeed';

const goldFileSchema = z.object({
  id: z.string(),
  paragraphs: z.array(z.string()),
  quotes: z.array(
    z.object({
      paragraph: z.number().int(),
      text: z.string(),
      speaker: z.string(),
      speakerKind: z.enum(['named', 'descriptive', 'organisation', 'unknown', 'pronoun']),
      cue: z.string(),
      scoreSpeaker: z.boolean().optional(),
    }),
  ),
});
type GoldFile = z.infer<typeof goldFileSchema>;

const usage = `usage: npm run bench:attribution -- <gold-dir> [--names strict|lenient] [--half a|b|both] [--verbose] [--examples N] [--no-speed]
  --names lenient   compare named speakers by surname and first name (for gold derived automatically, e.g. PolNeAR)
  --half a|b        score only one half of the files, split by a hash of the article id; both: print each half and the total
  --verbose         list every error; --examples N prints N examples per cause (default 0)
  --no-speed        skip the timings
`;

/** Which half of a split a gold file falls in: a stable hash of its id, so the halves never change. */
export function halfOf(id: string): 'a' | 'b' {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? 'a' : 'b';
}

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

function printScore(label: string, total: Score): void {
  const overall = rates(total);
  console.log(`\n== ${label}: ${total.gold} gold quotes, ${total.predictions} predicted, ${total.matched} matched, ${total.unscored} matched without a scored speaker`);
  console.log(`precision ${overall.precision.toFixed(3)}   recall ${overall.recall.toFixed(3)}   speaker accuracy ${overall.speakerAccuracy.toFixed(3)}`);
  console.log('per gold speaker kind:   gold  recall  speaker accuracy');
  for (const kind of Object.keys(total.byKind) as GoldKind[]) {
    const tally = total.byKind[kind];
    if (tally.gold === 0) continue;
    const scored = tally.matched - tally.unscored;
    const accuracy = scored === 0 ? '     -' : percent(tally.speakerRight / scored);
    console.log(`  ${kind.padEnd(14)} ${String(tally.gold).padStart(9)}  ${percent(tally.matched / tally.gold)}  ${accuracy}`);
  }
}

function printCauses(causes: CauseTally, examples: number): void {
  const groups: [string, string, Map<string, number>][] = [
    ['wrong speaker', 'wrong-speaker', causes.wrongSpeaker],
    ['missed quote', 'missed', causes.missed],
    ['spurious quote', 'spurious', causes.spurious],
  ];
  for (const [label, type, map] of groups) {
    const sum = [...map.values()].reduce((a, b) => a + b, 0);
    const parts = [...map.entries()].sort((a, b) => b[1] - a[1]).map(([cause, count]) => `${cause} ${count}`);
    console.log(`${label} (${sum}): ${parts.join(', ') || '-'}`);
    if (examples === 0) continue;
    for (const [cause] of [...map.entries()].sort((a, b) => b[1] - a[1])) {
      for (const line of (causes.examples.get(`${type}: ${cause}`) ?? []).slice(0, examples)) console.log(`    [${cause}] ${line}`);
    }
  }
}

interface Scored {
  score: Score;
  causes: CauseTally;
  milliseconds: number;
}

function scoreFiles(files: readonly GoldFile[], names: NameMatching, isVerbose: boolean): Scored {
  const analyser = createAnalyser();
  const total = emptyScore();
  const causes = emptyCauses();
  let milliseconds = 0;
  for (const file of files) {
    const started = performance.now();
    const result = analyser.analyse({ paragraphs: file.paragraphs });
    milliseconds += performance.now() - started;
    const score = scoreArticle(file.quotes, result.quotes, names);
    addScore(total, score);
    tallyCauses(causes, file.id, score.misses, result.quotes, file.paragraphs);
    if (isVerbose) {
      for (const miss of score.misses) console.log(`  ${file.id} ${miss.type.padEnd(13)} p${miss.paragraph} "${miss.text.slice(0, 70)}"  expected: ${miss.expected || '-'}  got: ${miss.predicted || '-'}`);
    }
  }
  return { score: total, causes, milliseconds };
}

async function main(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      names: { type: 'string', default: 'strict' },
      half: { type: 'string', default: 'all' },
      verbose: { type: 'boolean', default: false },
      examples: { type: 'string', default: '0' },
      'no-speed': { type: 'boolean', default: false },
    },
  });
  const directory = positionals[0];
  if (!directory || (values.names !== 'strict' && values.names !== 'lenient') || !['a', 'b', 'both', 'all'].includes(values.half)) {
    process.stderr.write(usage);
    return 2;
  }
  const names: NameMatching = values.names;
  const files = await readGold(directory);
  const sets: [string, GoldFile[]][] =
    values.half === 'all' ? [['all', files]]
    : values.half === 'both' ? [['half a', files.filter((file) => halfOf(file.id) === 'a')], ['half b', files.filter((file) => halfOf(file.id) === 'b')], ['all', files]]
    : [[`half ${values.half}`, files.filter((file) => halfOf(file.id) === values.half)]];
  for (const [label, subset] of sets) {
    const { score, causes, milliseconds } = scoreFiles(subset, names, values.verbose);
    printScore(`${label} (${subset.length} articles, ${names} names, analysed in ${milliseconds.toFixed(0)} ms)`, score);
    printCauses(causes, Number(values.examples));
  }
  if (!values['no-speed']) speedReport();
  return 0;
}

if (process.argv[1]?.endsWith("attribution.ts")) main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench:attribution: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
