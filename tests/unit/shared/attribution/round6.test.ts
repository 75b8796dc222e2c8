import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import { speakersOf } from './helpers';

describe('the article’s pronoun overrules the gender a given name usually has', () => {
  // `Robin` is mostly a woman's name in the given-name table; the reporter's `he` says otherwise.
  const paragraphs = [
    'Council member Robin Hale clashed with his rival Tom Pell over the budget on Monday.',
    'Hale said, “We cannot keep borrowing to pay for roads nobody asked for.”',
    'He continued, “Every family in this town will pay for that mistake.”',
  ];

  it('gives “He continued” to the last speaker rather than an earlier man of the table’s gender', () => {
    expect(speakersOf(paragraphs)).toEqual(['Robin Hale', 'Robin Hale']);
  });

  it('flags the choice for the editor, since another man is named within reach', () => {
    const result = analyse({ paragraphs });
    const continued = result.quotes[1];
    expect(continued?.speaker).toBe('Robin Hale');
    expect(result.findings.some((finding) => finding.code === 'ambiguous-pronoun' && finding.quoteKey === continued?.key)).toBe(true);
  });

  it('still takes the namesake of the pronoun’s gender when the last speaker has one', () => {
    const couple = [
      'Susan Lang and her husband Robert Lang run the bakery on Main Street.',
      '“We open at five every morning,” Lang said.',
      '“Nobody else on this street does that,” she continued.',
    ];
    const speakers = speakersOf(couple);
    expect(speakers[1]).toBe('Susan Lang');
  });

  it('does not overrule a gender stated by a title', () => {
    const titled = [
      'Mrs. Robin Hale met Tom Pell at the council on Monday.',
      '“We cannot keep borrowing,” Mrs. Hale said.',
      '“Every family will pay,” he said.',
    ];
    expect(speakersOf(titled)[1]).toBe('Tom Pell');
  });
});

describe('a name that is no given name is not a person for a pronoun until something says so', () => {
  it('passes over a firm named twice (Brevik Computer) for the man named before it', () => {
    const paragraphs = [
      'Dan Golv worked for Brevik Computer for 20 years.',
      'Brevik Computer bought the plant in May. Brevik Computer plans to move the work to Texas.',
      '“We gave them everything,” he said.',
    ];
    expect(speakersOf(paragraphs)).toEqual(['Dan Golv']);
  });

  it('passes over a programme named twice (Talkback Live)', () => {
    const paragraphs = [
      'Dan Golv listens to Talkback Live every day.',
      'Talkback Live gained a second hour in May. Talkback Live now runs until noon.',
      '“It keeps me sane,” he said.',
    ];
    expect(speakersOf(paragraphs)).toEqual(['Dan Golv']);
  });

  it('still lets such a name stand for a pronoun once it has spoken', () => {
    const paragraphs = ['“The plant will close,” Ozu Tarrant said.', 'Ozu Tarrant, not Dan Golv, made the decision.', '“It was not easy,” he said.'];
    expect(speakersOf(paragraphs)).toEqual(['Ozu Tarrant', 'Ozu Tarrant']);
  });

  it('still lets such a name stand for a pronoun when a description introduces it', () => {
    const paragraphs = ['Ozu Tarrant, a banker from Leeds, bought the plant in May.', 'The plant in Leeds has 300 workers.', '“It was not easy,” he said.'];
    expect(speakersOf(paragraphs)).toEqual(['Ozu Tarrant']);
  });
});
