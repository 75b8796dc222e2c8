import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import type { AnalyserSource } from '../../../../shared/attribution/types';
import { quotesOf, speakersOf } from './helpers';

const source = (fields: Partial<AnalyserSource> & Pick<AnalyserSource, 'id' | 'name'>): AnalyserSource => ({
  kind: 'person', title: '', level: 'on-record', anonymityReason: '', ...fields,
});

describe('canonical speaker names', () => {
  it('resolves a surname to the fullest name given earlier and keeps the title apart', () => {
    const [quote] = analyse({
      paragraphs: ['Senator Maria Velasquez opposed the bill.', '"It is a giveaway," Velasquez said.'],
    }).quotes;
    expect(quote).toMatchObject({ speaker: 'Maria Velasquez', title: 'Senator', speakerKind: 'named' });
  });

  it('keeps a place in the title (`Riverton Alderman`) and out of the name', () => {
    const [quote] = analyse({ paragraphs: ['"The ward deserves better," Riverton Alderman Kofi Mensah said.'] }).quotes;
    expect(quote).toMatchObject({ speaker: 'Kofi Mensah', title: 'Riverton Alderman' });
  });

  it('resolves a surname through a title-only reference such as "Mr."', () => {
    expect(speakersOf(['Lawyer Daniel Okoro filed the appeal.', 'Mr. Okoro said the ruling "ignored the evidence entirely and must be overturned."'])).toEqual([
      'Daniel Okoro',
    ]);
  });

  it('resolves a misspelt surname to the person the article introduced', () => {
    expect(speakersOf(['Spokeswoman Katherine Albrecht declined to comment.', '"We will review it," Albrekht said.'])).toEqual(['Katherine Albrecht']);
  });

  it('uses the names of the article sources to canonicalise a surname', () => {
    const sources = [source({ id: 'src-1', name: 'Priya Natarajan', title: 'Professor' })];
    expect(analyse({ paragraphs: ['"The data are clear," Natarajan said.'], sources }).quotes[0]).toMatchObject({
      speaker: 'Priya Natarajan',
      sourceId: 'src-1',
    });
  });
});

describe('speaker kinds', () => {
  it('reports an organisation speaking through a statement', () => {
    expect(quotesOf(['"We regret the delay," the company said in a statement.'])).toMatchObject([
      { speaker: 'the company', speakerKind: 'organisation' },
    ]);
  });

  it('reports a ministry as an organisation', () => {
    expect(quotesOf(['"The border remains open," the ministry said.'])).toMatchObject([{ speakerKind: 'organisation' }]);
  });

  it('expands an acronym to the organisation name the article spelt out', () => {
    const paragraphs = ['The Northern Water Authority (NWA) issued a warning.', '"Boil all tap water until Friday," said NWA.'];
    expect(quotesOf(paragraphs)).toMatchObject([{ speaker: 'Northern Water Authority', speakerKind: 'organisation' }]);
  });

  it('attributes a document with an owner to the owner', () => {
    expect(speakersOf(['Senator Ida Holm wrote to the agency.', 'Holm\'s letter added, "The agency has ignored three deadlines this year."'])).toEqual([
      'Ida Holm',
    ]);
  });

  it('attributes a bare document to the organisation the paragraph names as issuing it', () => {
    const paragraphs = ['The Ministry of Transport issued a brief statement on Sunday. The statement read: "All ferries will run to the winter timetable."'];
    expect(quotesOf(paragraphs)).toMatchObject([{ speaker: 'Ministry of Transport', speakerKind: 'organisation' }]);
  });

  it('does not treat a person who read something as a speaker', () => {
    const paragraphs = ['Councillor Ben Ortiz had read the report twice. "Whoever wrote this has never ridden a bus in this city."'];
    expect(quotesOf(paragraphs)).toMatchObject([{ speaker: null, rule: 'none' }]);
  });

  it('reports an unnamed source by the description as written', () => {
    expect(quotesOf(['"Morale has never been lower," a spokesperson for the union said.'])).toMatchObject([
      { speaker: 'a spokesperson for the union', speakerKind: 'descriptive' },
    ]);
  });

  it('lets an explicit link win over the speaker the text names', () => {
    const text = '"We will rebuild," Mayor Ana Lugo said.';
    const sources = [source({ id: 'src-9', name: 'Ben Ortiz', title: 'Deputy Mayor' })];
    const links = [{ paragraph: 0, start: 1, end: 16, sourceId: 'src-9' }];
    expect(analyse({ paragraphs: [text], sources, links }).quotes[0]).toMatchObject({
      speaker: 'Ben Ortiz', rule: 'explicit-link', sourceId: 'src-9', title: 'Deputy Mayor',
    });
  });
});
