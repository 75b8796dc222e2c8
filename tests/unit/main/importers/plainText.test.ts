import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../main/importers/importFile';
import { analyse } from '../../../../shared/attribution/index';
import { fixedOptions, paragraphsOf, repoRoot, utf8 } from './helpers';

const harbourPath = path.join(repoRoot, 'tests/fixtures/import/harbour-ferry-strike.txt');


async function importHarbour(options = fixedOptions()) {
  const bytes = await readFile(harbourPath);
  return importFile({ name: 'harbour-ferry-strike.txt', bytes }, options);
}

describe('plain-text import of the harbour ferry strike', () => {
  it('reads the kicker, headline and dek from the display lines', async () => {
    const { article, report } = await importHarbour();
    expect(article.kicker).toBe('Harbour Ferries');
    expect(article.headline).toBe('Ferry Crews Walk Out as Talks Over Night Shifts Collapse');
    expect(article.dek).toBe("Commuters face a week of disruption after the union rejected the operator's final offer");
    expect(article.slug).toBe('ferry-crews-walk-out-as-talks-over-night-shifts-collapse');
    expect(report.fields.map((field) => [field.field, field.origin])).toEqual([
      ['kicker', 'line 1'],
      ['headline', 'line 3'],
      ['dek', 'line 5'],
    ]);
  });

  it('keeps the ten body paragraphs with their quotation marks exactly as written', async () => {
    const { article, report } = await importHarbour();
    const paragraphs = paragraphsOf(article.body);
    expect(paragraphs).toHaveLength(10);
    expect(report.paragraphs).toBe(10);
    expect(paragraphs[1]).toBe(
      '“We have been patient for a long time, and patience has not paid the rent,” said Maria Okafor, secretary of the Harbour Workers Union. “Our members are not asking for a fortune.”',
    );
    expect(paragraphs[3]).toBe(
      '"The offer on the table is fair and it is final," Blue Water chief executive Tom Brennan said in a statement. “We urge the union to put it to a vote.”',
    );
    expect(paragraphs[4]).toContain('"The rota fixes a problem we don’t have," she said.');
    expect(paragraphs[9]).toBe('A spokesperson for the mayor said the city would not intervene in a dispute between a private company and its staff.');
  });

  it('drops the trailing Contact Us and Share this lines and reports them', async () => {
    const { article, report } = await importHarbour();
    expect(report.dropped.map((item) => item.item)).toEqual(['Contact Us', 'Share this']);
    expect(paragraphsOf(article.body).join('\n')).not.toMatch(/Contact Us|Share this/);
  });

  it('leaves sources empty and quotes unknown when no analyser is given', async () => {
    const { article, report } = await importHarbour();
    expect(article.sources).toEqual([]);
    expect(report.quotes).toBeNull();
    expect(report.proposedSources).toEqual([]);
  });

  it('finds eight quotes with the real analyser and proposes the four speakers', async () => {
    const { article, report } = await importHarbour(fixedOptions({ analyse }));
    expect(report.quotes).toBe(8);
    expect(report.proposedSources.map(({ name, title, kind, level, quotes }) => ({ name, title, kind, level, quotes }))).toEqual([
      { name: 'Maria Okafor', title: '', kind: 'person', level: 'on-record', quotes: 3 },
      { name: 'Tom Brennan', title: '', kind: 'person', level: 'on-record', quotes: 2 },
      { name: 'one commuter', title: '', kind: 'person', level: 'anonymous', quotes: 2 },
      { name: 'Priya Desai', title: 'Councillor', kind: 'person', level: 'on-record', quotes: 1 },
    ]);
    expect(article.sources.map((source) => source.id)).toEqual(report.proposedSources.map((source) => source.id));
    expect(report.warnings).toEqual(['paragraph 7: Unnamed source "one commuter" has no recorded reason for anonymity']);
  });
});

describe('plain-text layout rules', () => {
  const body = 'The council voted on Monday to close the library for repairs, a decision that surprised residents who had campaigned for years.\n\nIt will reopen in spring.';

  it('takes a headline and dek without a kicker', async () => {
    const text = `Library to Close for Six Months of Repairs\n\nResidents say they were not consulted\n\n${body}`;
    const { article } = await importFile({ name: 'a.txt', bytes: utf8(text) }, fixedOptions());
    expect([article.kicker, article.headline, article.dek]).toEqual(['', 'Library to Close for Six Months of Repairs', 'Residents say they were not consulted']);
    expect(paragraphsOf(article.body)).toHaveLength(2);
  });

  it('takes a short tag above a title-case headline as the kicker when there is no dek', async () => {
    const text = `Libraries\n\nLibrary to Close for Six Months of Repairs\n\n${body}`;
    const { article } = await importFile({ name: 'a.txt', bytes: utf8(text) }, fixedOptions());
    expect([article.kicker, article.headline, article.dek]).toEqual(['Libraries', 'Library to Close for Six Months of Repairs', '']);
  });

  it('does not take a lede sentence as the headline and warns that none was found', async () => {
    const { article, report } = await importFile({ name: 'a.txt', bytes: utf8(body) }, fixedOptions());
    expect(article.headline).toBe('');
    expect(article.slug).toBe('untitled');
    expect(paragraphsOf(article.body)).toHaveLength(2);
    expect(report.warnings[0]).toMatch(/no headline found/);
  });

  it('takes a short sentence with a full stop as the dek only above a longer paragraph, with a warning', async () => {
    const text = `Library to Close for Repairs\n\nResidents were not consulted.\n\n${body}`;
    const { article, report } = await importFile({ name: 'a.txt', bytes: utf8(text) }, fixedOptions());
    expect(article.dek).toBe('Residents were not consulted.');
    expect(report.warnings).toContain('the dek ends with a full stop: check it is not the first body paragraph');
  });

  it('does not take a lede as the dek', async () => {
    const text = `Library to Close for Repairs\n\n${body}`;
    const { article } = await importFile({ name: 'a.txt', bytes: utf8(text) }, fixedOptions());
    expect(article.dek).toBe('');
    expect(paragraphsOf(article.body)[0]).toMatch(/^The council voted/);
  });

  it('joins hard-wrapped lines of a paragraph with a space', async () => {
    const text = `Library to Close for Repairs\n\nThe council voted on Monday\nto close the library.\n\nIt will reopen in spring.`;
    const { article } = await importFile({ name: 'a.txt', bytes: utf8(text) }, fixedOptions());
    expect(paragraphsOf(article.body)).toEqual(['The council voted on Monday to close the library.', 'It will reopen in spring.']);
  });

  it('reads a By line into bylines and a dateline from the start of the lede', async () => {
    const text = `Library to Close for Repairs\n\nBy Ana Silva and Tom Reed, Staff Writer\n\nSPRINGFIELD, Ill. — The council voted on Monday to close the library.\n\nIt will reopen in spring.`;
    const { article, report } = await importFile({ name: 'a.txt', bytes: utf8(text) }, fixedOptions());
    expect(article.bylines).toEqual([
      { name: 'Ana Silva', role: 'reporter' },
      { name: 'Tom Reed', role: 'staff' },
    ]);
    expect(article.dateline).toEqual({ place: 'SPRINGFIELD, Ill.', date: '' });
    expect(paragraphsOf(article.body)[0]).toBe('The council voted on Monday to close the library.');
    expect(report.fields.map((field) => field.field)).toEqual(['headline', 'bylines', 'dateline']);
  });

  it('drops copyright lines, related-link lists and advertising labels, and lists each', async () => {
    const text = [
      'Library to Close for Repairs',
      'The council voted on Monday to close the library, a decision that surprised many residents.',
      'Advertisement',
      'It will reopen in spring.',
      'Related:\nCouncil Approves Budget\nNew Pool Opens in June',
      '© 2026 Springfield Courier. All rights reserved.',
    ].join('\n\n');
    const { article, report } = await importFile({ name: 'a.txt', bytes: utf8(text) }, fixedOptions());
    expect(paragraphsOf(article.body)).toEqual([
      'The council voted on Monday to close the library, a decision that surprised many residents.',
      'It will reopen in spring.',
    ]);
    expect(report.dropped.map((item) => item.item)).toEqual([
      'Related: | Council Approves Budget | New Pool Opens in June',
      '© 2026 Springfield Courier. All rights reserved.',
      'Advertisement',
    ]);
  });
});

describe('stacked display lines', () => {
  it('reads kicker, headline and dek pasted on consecutive lines without blank lines between them', async () => {
    const text = 'Transport\nFerry fares to double in spring\nOperators blame fuel costs as riders warn of cuts.\n\nHarbour Line said on Monday that single fares will rise in March, the first rise in six years.\n';
    const { article } = await importFile({ name: 'stacked.txt', bytes: new TextEncoder().encode(text) });
    expect([article.kicker, article.headline, article.dek]).toEqual(['Transport', 'Ferry fares to double in spring', 'Operators blame fuel costs as riders warn of cuts.']);
  });

  it('still joins a hard-wrapped first paragraph', async () => {
    const text = 'Ferry fares to double\n\nHarbour Line said on Monday that single fares\nwill rise in March, the first rise in six years.\n\nRiders were angry.\n';
    const { article } = await importFile({ name: 'wrapped.txt', bytes: new TextEncoder().encode(text) });
    expect(JSON.stringify(article.body)).toContain('single fares will rise in March');
  });
});
