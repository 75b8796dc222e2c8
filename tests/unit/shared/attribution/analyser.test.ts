import { describe, expect, it } from 'vitest';
import { analyse, createAnalyser } from '../../../../shared/attribution/index';
import { languageStats } from '../../../../shared/attribution/language';

const article = [
  'The harbour board met on Monday to vote on the new ferry timetable.',
  '"The early sailing is not going anywhere," board chair Ines Marlow said after the vote.',
  'Marlow said the board would review the winter fares in March.',
  '"We heard the islanders, and we changed the plan," she said.',
  'The timetable takes effect on June 1.',
];

function cpuMilliseconds(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('the long-lived analyser', () => {
  it('gives the same answer as a one-shot analysis', () => {
    const analyser = createAnalyser();
    analyser.analyse({ paragraphs: ['Something else entirely, "said" nobody.'] });
    expect(analyser.analyse({ paragraphs: article })).toEqual(createAnalyser().analyse({ paragraphs: article }));
    expect(analyse({ paragraphs: article })).toEqual(createAnalyser().analyse({ paragraphs: article }));
  });

  it('tags only the paragraph that changed when re-analysing', () => {
    const analyser = createAnalyser();
    analyser.analyse({ paragraphs: article });
    const before = languageStats.paragraphs;
    const edited = [...article];
    edited[3] = '"We heard the islanders, and we changed the plan today," she said.';
    const result = analyser.analyse({ paragraphs: edited });
    expect(languageStats.paragraphs - before).toBe(1);
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['Ines Marlow', 'Ines Marlow']);
  });

  it('spends the language layer only on paragraphs with quotation marks or speech cues', () => {
    const before = languageStats.paragraphs;
    createAnalyser().analyse({ paragraphs: article });
    expect(languageStats.paragraphs - before).toBe(3);
  });

  it('keeps at most the number of paragraphs it was given', () => {
    const analyser = createAnalyser({ maxCachedParagraphs: 2 });
    analyser.analyse({ paragraphs: article });
    expect(analyser.cachedParagraphs).toBe(2);
    analyser.clear();
    expect(analyser.cachedParagraphs).toBe(0);
  });

  it('rejects a cache size that is not a positive integer', () => {
    expect(() => createAnalyser({ maxCachedParagraphs: 0 })).toThrow(RangeError);
  });

  it('rejects input without a paragraph list', () => {
    expect(() => analyse({} as unknown as Parameters<typeof analyse>[0])).toThrow(/paragraphs/);
  });
});

describe('linear time', () => {
  it('analyses one paragraph sixteen times as long in well under 256 times the time', () => {
    const unit = article.join(' ');
    let text = unit;
    while (text.length < 20_000) text += ` ${unit}`;
    const small = text.slice(0, 20_000);
    const large = Array.from({ length: 16 }, () => small).join(' ');
    const best = (paragraph: string): number => Math.min(...[0, 1, 2, 3, 4].map(() => cpuMilliseconds(() => createAnalyser().analyse({ paragraphs: [paragraph] }))));
    best(small);
    const ratio = best(large) / best(small);
    // Linear work gives about 16×; a quadratic step would give about 256×. The wide margin keeps
    // the test sound on a loaded machine (4× the text gave 12× the time once under load 16).
    expect(ratio).toBeLessThan(64);
  });
});
