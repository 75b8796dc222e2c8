import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import { speakersOf } from './helpers';

describe('the article’s pronoun outweighs the given-name table when nobody else fits', () => {
  it('gives `He answered` to the last speaker whose given name is usually a woman’s, once the article has called him `he`', () => {
    const paragraphs = ['Sidney Hale said that he had “no comment” on Wednesday.', 'He answered, “I have no idea where the money went.”'];
    expect(speakersOf(paragraphs)).toEqual(['Sidney Hale', 'Sidney Hale']);
  });

  it('flags the choice for the editor, since the pronoun contradicts the usual gender of the name', () => {
    const paragraphs = ['Sidney Hale said that he had “no comment” on Wednesday.', 'He answered, “I have no idea where the money went.”'];
    expect(analyse({ paragraphs }).findings.map((finding) => finding.code)).toContain('ambiguous-pronoun');
  });

  it('still gives `she wrote` to nobody after a man’s words when the article never called him `she` (a guard: the rule needs the pronoun)', () => {
    const paragraphs = ['Peter Hale said that he had “no comment” on Wednesday.', '“Enough is enough,” she wrote on social media.'];
    expect(speakersOf(paragraphs)).toEqual(['Peter Hale', null]);
  });
});

describe('a place is never a `he` or a `she`', () => {
  it('gives `he said` to the analyst named before, not to the state named in the same sentence', () => {
    const paragraphs = ['Political analyst Tom Reyes studied the county results. For farmers in places like West Virginia, he said, the mills “were never a friend.”'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Reyes']);
  });
});

describe('an affiliation after a titled name stays out of the name', () => {
  it('reads `Mr. Hale of the Pension Research Center` as the person Hale, not as an organisation', () => {
    const paragraphs = ['Leonard Hale has studied pensions for decades.', '“The fund runs dry in ten years,” said Mr. Hale of the Pension Research Center.'];
    const result = analyse({ paragraphs });
    expect(result.quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([['Leonard Hale', 'named']]);
  });
});

describe('a speaker named after the verb may be followed by an affiliation', () => {
  it('reads `says Stu Roe of the non-partisan Roe Election Letter` as Stu Roe, and carries him to the next quote', () => {
    const paragraphs = ['“The vote surprised everyone,” says Stu Roe of the non-partisan Roe Election Letter. “Turnout will matter more in the spring.”'];
    expect(speakersOf(paragraphs)).toEqual(['Stu Roe', 'Stu Roe']);
  });

  it('reads `said Ana Ruiz from the transport ministry` as Ana Ruiz', () => {
    expect(speakersOf(['“The trains will run,” said Ana Ruiz from the transport ministry.'])).toEqual(['Ana Ruiz']);
  });
});

describe('quotes joined by `and` share the cue after them', () => {
  it('gives both partial quotes to the speaker named after the second', () => {
    const paragraphs = ['Traffic is “a daily misery” and “a drain on every business,” Jane Roe, the harbour master, told a packed hall.'];
    expect(speakersOf(paragraphs)).toEqual(['Jane Roe', 'Jane Roe']);
  });

  it('does not join quotes separated by other words', () => {
    const paragraphs = ['Critics called it “a farce” before the vote, but “the numbers add up,” Jane Roe said.'];
    expect(speakersOf(paragraphs)[0]).not.toBe('Jane Roe');
  });
});

describe('a comma after a party label in brackets does not hide the subject', () => {
  it('reads `Gov. Ana Ruiz (R-OH), said, "…"` as Ana Ruiz speaking', () => {
    const paragraphs = ['After the ferry vote, Gov. Ana Ruiz (R-OH), said, “We will build the new pier by June.”'];
    expect(speakersOf(paragraphs)).toEqual(['Ana Ruiz']);
  });
});

describe('a bare surname shared by relatives names the article’s principal unless a relative was just named', () => {
  const family = [
    'Senator Dana Vole opened her campaign in Ohio on Monday.',
    'Her son, Eric Vole, runs the family farm and appeared on stage.',
    'The crowd of 2,000 cheered for an hour.',
    'Rain fell on the fairground all afternoon.',
  ];

  it('gives `Vole said` to the senator the article named first when her son was named paragraphs earlier', () => {
    expect(speakersOf([...family, '“We will win this state,” Vole said.'])).toEqual(['Dana Vole']);
  });

  it('gives `Vole said` to the son when he was named in the paragraph before', () => {
    expect(speakersOf([...family, 'Eric Vole sold pies at the gate.', '“The farm is doing fine,” Vole said.'])).toEqual(['Eric Vole']);
  });
});

describe('a plural party label before names is a label, as a plural title is', () => {
  it('gives `he said` to Tom Jolly, not to `Republicans Jolly`', () => {
    const paragraphs = [
      'Representative Tom Jolly of Dayton wants to keep the ferry office.',
      'Republicans Jolly of Dayton and Ruiz of Akron oppose closing it.',
      '“The river towns need that office,” he said.',
    ];
    expect(speakersOf(paragraphs)).toEqual(['Tom Jolly']);
  });
});
