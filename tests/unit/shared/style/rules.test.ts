import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyStyleFixes, checkStyle, checkStyleCached, type StyleCache, type StyleFinding } from '../../../../shared/style/check';
import { defaultStyleLevels, styleRuleIds, type StyleRuleId } from '../../../../shared/style/rules';

const levels = { ...defaultStyleLevels };

function only(rule: StyleRuleId) {
  return Object.fromEntries(styleRuleIds.map((id) => [id, id === rule ? 'warning' : 'off'])) as typeof levels;
}

/** The findings of one rule on one text, and the text after all their fixes. */
function run(rule: StyleRuleId, text: string): { findings: StyleFinding[]; fixed: string } {
  const findings = checkStyle([text], only(rule));
  return { findings, fixed: applyStyleFixes(text, findings) };
}

describe('house style rules', () => {
  it('finds straight quotes and apostrophes and curls each the right way', () => {
    const { findings, fixed } = run('straight-quotes', `"We won't go," she said. 'Fine,' he said. The '90s were "hard."`);
    expect(findings.map((finding) => finding.actual)).toEqual(['"', "'", '"', "'", "'", "'", '"', '"']);
    expect(fixed).toBe('“We won’t go,” she said. ‘Fine,’ he said. The ’90s were “hard.”');
    expect(run('straight-quotes', '“Curly,” she said, and it’s fine.').findings).toEqual([]);
  });

  it('finds a doubled word and keeps the first', () => {
    const { findings, fixed } = run('doubled-words', 'He said the the fare would rise. The the end.');
    expect(findings.map((finding) => finding.actual)).toEqual(['the the', 'The the']);
    expect(fixed).toBe('He said the fare would rise. The end.');
    expect(run('doubled-words', 'She had had enough.').findings).toHaveLength(0);
  });

  it('finds runs of spaces inside a line and leaves one', () => {
    const { findings, fixed } = run('double-spaces', 'The board  voted.   Then it left.');
    expect(findings).toHaveLength(2);
    expect(fixed).toBe('The board voted. Then it left.');
  });

  it('abbreviates Senator, Representative, Governor and Lieutenant Governor before a name, the AP way', () => {
    const { findings, fixed } = run('title-abbreviations', 'Senator Dick Durbin met Representative Jan Schakowsky, Governor J.B. Pritzker and Lieutenant Governor Juliana Stratton.');
    expect(findings.map((finding) => finding.fix)).toEqual(['Sen.', 'Rep.', 'Gov.', 'Lt. Gov.']);
    expect(fixed).toBe('Sen. Dick Durbin met Rep. Jan Schakowsky, Gov. J.B. Pritzker and Lt. Gov. Juliana Stratton.');
    expect(run('title-abbreviations', 'The senator said the governor would sign. Sen. Durbin agreed.').findings).toEqual([]);
  });

  it('spells out one to nine but keeps figures for money, percentages, times, ages, scores and larger numbers', () => {
    const { findings, fixed } = run('small-numbers', 'About 4 crossings were cut. 3 ferries stay.');
    expect(findings.map((finding) => finding.fix)).toEqual(['four', 'Three']);
    expect(fixed).toBe('About four crossings were cut. Three ferries stay.');
    const figures = 'It cost $5 and rose 5% to 2.5 at 5 p.m. on July 4, a 5-4 vote; a boy, 7 years old, saw 12 boats and No. 3 won.';
    expect(run('small-numbers', figures).findings.map((finding) => finding.actual)).toEqual([]);
  });

  it('suggests “said” over verbs that colour a quote, only in paragraphs with a quotation', () => {
    const { findings, fixed } = run('said', '“It is a tax,” Whitfield claimed. “Fine,” Okafor stated.');
    expect(findings.map((finding) => [finding.actual, finding.fix])).toEqual([['claimed', 'said'], ['stated', 'said']]);
    expect(fixed).toBe('“It is a tax,” Whitfield said. “Fine,” Okafor said.');
    expect(run('said', 'The report claimed a rise.').findings).toEqual([]);
    expect(checkStyle(['“Yes,” he claimed.'], levels)[0]?.level).toBe('suggestion');
  });

  it('checks nothing for a rule that is off and gives each finding its rule’s level', () => {
    expect(checkStyle(['the the'], { ...levels, 'doubled-words': 'off' })).toEqual([]);
    expect(checkStyle(['the the'], { ...levels, 'doubled-words': 'error' })[0]?.level).toBe('error');
  });

  it('reports offsets within each segment and refuses a fix for text that has changed', () => {
    const findings = checkStyle(['Fine.', 'It was  "late."'], levels);
    expect(findings.map((finding) => [finding.segment, finding.start, finding.actual])).toEqual([[1, 6, '  '], [1, 8, '"'], [1, 14, '"']]);
    expect(() => applyStyleFixes('It was changed', findings)).toThrow(RangeError);
  });
});

describe('the house style on the project’s own fixture story', () => {
  const story = readFileSync(resolve('tests/fixtures/standards/harbour-ferry-fares.txt'), 'utf8').split('\n\n');

  it('finds every kind of problem the fixture holds, and the fixes leave none of them', () => {
    const findings = checkStyle(story, levels);
    const rules = new Set(findings.map((finding) => finding.rule));
    expect([...rules].sort()).toEqual(['doubled-words', 'said', 'small-numbers', 'straight-quotes', 'title-abbreviations']);
    const fixed = story.map((text, index) => applyStyleFixes(text, findings.filter((finding) => finding.segment === index)));
    expect(checkStyle(fixed, levels)).toEqual([]);
    expect(fixed[4]).toBe('“We held the line for as long as we could,” said Ruth Okafor, the authority’s chair. “But fuel has doubled.”');
  });
});

describe('the cached check the editor uses while typing', () => {
  it('gives the same findings as a full check and parses only the text that changed', () => {
    const story = readFileSync(resolve('tests/fixtures/standards/harbour-ferry-fares.txt'), 'utf8').split('\n\n');
    const cache: StyleCache = new Map();
    expect(checkStyleCached(story, levels, cache)).toEqual(checkStyle(story, levels));
    const size = cache.size;
    const edited = story.map((text, index) => (index === 5 ? `${text} The the end.` : text));
    expect(checkStyleCached(edited, levels, cache)).toEqual(checkStyle(edited, levels));
    expect(cache.size).toBe(size + 1);
    expect(checkStyleCached(edited, { ...levels, said: 'off' }, cache)).toEqual(checkStyle(edited, { ...levels, said: 'off' }));
  });
});

const seedPath = resolve('../shared/fixtures/chicago-ice-raids.txt');
const hasSeed = existsSync(seedPath);
if (!hasSeed) console.warn(`skipping the house-style check of the shared seed story: ${seedPath} does not exist (it lives beside the repository, not in it)`);

describe('the house style on the shared seed story', () => {
  it.skipIf(!hasSeed)('finds the straight quotes and apostrophe in the Chicago story and Senator before Durbin', () => {
    const findings = checkStyle(readFileSync(seedPath, 'utf8').split('\n\n'), levels);
    expect(findings.filter((finding) => finding.rule === 'straight-quotes').map((finding) => [finding.actual, finding.fix])).toEqual([["'", '’'], ['"', '“'], ['"', '”']]);
    expect(findings.some((finding) => finding.rule === 'title-abbreviations' && finding.actual === 'Senator')).toBe(true);
  });
});
