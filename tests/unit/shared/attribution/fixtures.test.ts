import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inputFor } from '../../../../main/cli/quotesCommand';
import { analyse } from '../../../../shared/attribution/index';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const seedFile = path.resolve(repoRoot, '../shared/fixtures/chicago-ice-raids.txt');
const hasSeed = existsSync(seedFile);
if (!hasSeed) console.info(`skipping the seed-article test: ${seedFile} does not exist (it lives outside the repository)`);

async function analyseFile(file: string): Promise<ReturnType<typeof analyse>> {
  return analyse(await inputFor(file, readFileSync(file)));
}

describe('the city hall budget fixture', async () => {
  const result = await analyseFile(path.join(repoRoot, 'tests/fixtures/attribution/city-hall-budget.txt'));

  it('finds exactly the quoted statements with their speakers, titles and rules', () => {
    expect(result.quotes.map(({ paragraph, speaker, speakerKind, title, rule, cue }) => ({ paragraph, speaker, speakerKind, title, rule, cue }))).toEqual([
      { paragraph: 2, speaker: 'Devin Marsh', speakerKind: 'named', title: 'Councillor', rule: 'speech-verb', cue: 'Marsh said' },
      { paragraph: 2, speaker: 'Devin Marsh', speakerKind: 'named', title: 'Councillor', rule: 'continuation', cue: '' },
      { paragraph: 4, speaker: 'Grace Okafor', speakerKind: 'named', title: 'Mayor', rule: 'speech-verb', cue: 'Okafor said' },
      { paragraph: 4, speaker: 'Grace Okafor', speakerKind: 'named', title: 'Mayor', rule: 'continuation', cue: '' },
      { paragraph: 5, speaker: 'Grace Okafor', speakerKind: 'named', title: 'Mayor', rule: 'previous-paragraph', cue: '' },
      { paragraph: 8, speaker: 'the employee', speakerKind: 'descriptive', title: '', rule: 'speech-verb', cue: 'the employee said' },
    ]);
  });

  it('ends the first part of a quote continued in the next paragraph at the paragraph end', () => {
    expect(result.quotes[3]?.text).toBe('It asks every department to do a little more with a little less.');
    expect(result.quotes[0]?.text).toBe('We are spending money we have not collected yet,');
  });

  it('flags only the unnamed library employee', () => {
    expect(result.findings.map(({ code, paragraph }) => ({ code, paragraph }))).toEqual([{ code: 'anonymous-without-reason', paragraph: 8 }]);
  });
});

describe('the Chicago seed article', () => {
  it.skipIf(!hasSeed)('finds its seven quotes with the expected speakers', async () => {
    const result = await analyseFile(seedFile);
    expect(result.quotes.map((quote) => [quote.paragraph, quote.speaker, quote.speakerKind])).toEqual([
      [1, 'Lori Lightfoot', 'named'],
      [1, 'Lori Lightfoot', 'named'],
      [4, 'Carlos Ramirez-Rosa', 'named'],
      [4, 'Carlos Ramirez-Rosa', 'named'],
      [7, 'Dick Durbin', 'named'],
      [7, 'Dick Durbin', 'named'],
      [9, 'one faith leader', 'descriptive'],
    ]);
    expect(result.quotes[5]).toMatchObject({ cue: '', rule: 'continuation' });
    expect(result.quotes.some((quote) => quote.text.includes('criminal records'))).toBe(false);
    expect(result.findings.map(({ code, paragraph }) => ({ code, paragraph }))).toEqual([{ code: 'anonymous-without-reason', paragraph: 9 }]);
  });
});
