import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import type { AnalyserSource } from '../../../../shared/attribution/types';
import { findingCodes } from './helpers';

const anonymousSource: AnalyserSource = {
  id: 'anon-1', kind: 'person', name: 'a city engineer', title: '', level: 'anonymous', anonymityReason: 'Not authorised to speak; fears dismissal',
};

describe('findings', () => {
  it('reports a quote with no speaker as an error', () => {
    const [finding] = analyse({ paragraphs: ['The storm passed.', '"Nothing was left standing on the whole street after the wind passed."'] }).findings;
    expect(finding).toMatchObject({ code: 'unattributed-quote', severity: 'error', paragraph: 1, start: 1 });
  });

  it('reports an anonymous source with no recorded reason as an error', () => {
    expect(findingCodes(['"The pipes are older than the city admits," a city engineer said.'])).toEqual(['anonymous-without-reason']);
  });

  it('accepts an anonymous source whose reason is recorded', () => {
    expect(findingCodes(['"The pipes are older than the city admits," a city engineer said.'], { sources: [anonymousSource] })).toEqual([]);
  });

  it('warns when the first reference to a speaker has no title or role', () => {
    const findings = analyse({ paragraphs: ['"We will appeal the decision," Lena Fischer said.'] }).findings;
    expect(findings).toMatchObject([{ code: 'incomplete-first-reference', severity: 'warning', paragraph: 0 }]);
  });

  it('does not warn when the first reference has a title and full name', () => {
    expect(findingCodes(['"We will appeal the decision," Attorney General Lena Fischer said.'])).toEqual([]);
  });

  it('warns when a surname is used before the person is introduced', () => {
    const paragraphs = ['"The vote is rigged," Brandt said.', 'Councillor Otto Brandt has opposed the plan since spring.'];
    expect(analyse({ paragraphs }).findings).toMatchObject([{ code: 'surname-before-introduction', paragraph: 0, start: 22 }]);
  });

  it('warns about a quotation mark that is never closed, with paragraph and offset', () => {
    const paragraphs = ['Mayor Ana Lugo said, "We will rebuild the bridge by spring and the school by autumn.', 'The council voted later.'];
    expect(analyse({ paragraphs }).findings).toMatchObject([{ code: 'unbalanced-quotes', severity: 'warning', paragraph: 0, start: 21 }]);
  });

  it('reports a pull quote whose words are not in the body', () => {
    const paragraphs = ['"We will rebuild the bridge by spring," Mayor Ana Lugo said.'];
    const matching = findingCodes(paragraphs, { pullQuotes: [{ text: '“We will rebuild the bridge by spring”', sourceId: null }] });
    const edited = analyse({ paragraphs, pullQuotes: [{ text: 'We will rebuild the bridge by summer', sourceId: null }] }).findings;
    expect(matching).toEqual([]);
    expect(edited).toMatchObject([{ code: 'pull-quote-mismatch', severity: 'error', paragraph: -1 }]);
  });

  it('warns when an explicit link names a different source from the text', () => {
    const sources: AnalyserSource[] = [
      { id: 'lugo', kind: 'person', name: 'Ana Lugo', title: 'Mayor', level: 'on-record', anonymityReason: '' },
      { id: 'ortiz', kind: 'person', name: 'Ben Ortiz', title: 'Deputy Mayor', level: 'on-record', anonymityReason: '' },
    ];
    const links = [{ paragraph: 0, start: 1, end: 16, sourceId: 'ortiz' }];
    expect(findingCodes(['"We will rebuild," Mayor Ana Lugo said.'], { sources, links })).toEqual(['conflicting-attribution']);
  });

  it('warns when the same words are attributed to two different speakers', () => {
    const paragraphs = ['"This is our town, not theirs," Mayor Ana Lugo said.', '"This is our town, not theirs," Councillor Ben Ortiz said.'];
    expect(findingCodes(paragraphs)).toEqual(['conflicting-attribution']);
  });

  it('warns when a verified quote was edited afterwards', () => {
    const paragraphs = ['"We will rebuild the bridge by spring," Mayor Ana Lugo said.'];
    const [quote] = analyse({ paragraphs }).quotes;
    const review = { status: 'verified' as const, text: quote?.text ?? '', speakerOverride: null, note: '', reviewer: 'Desk', at: '2026-01-05T10:00:00Z' };
    const editedParagraphs = ['"We will rebuild the bridge by early summer," Mayor Ana Lugo said.'];
    const findings = analyse({ paragraphs: editedParagraphs, reviews: { [quote?.key ?? '']: review } }).findings;
    expect(findings).toMatchObject([{ code: 'edited-after-verification', severity: 'warning' }]);
    expect(findingCodes(paragraphs, { reviews: { [quote?.key ?? '']: review } })).toEqual([]);
  });
});
