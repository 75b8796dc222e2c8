import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import { isBrandSpelling } from '../../../../shared/attribution/loneNames';
import { quotesOf, speakersOf } from './helpers';

describe('pronouns stand for the last speaker unless someone else is named as a subject since', () => {
  it('gives "he continued" to the last speaker, past a man named only as the object of a verb', () => {
    const paragraphs = [
      'Senator Paul Okafor attacked his rival Victor Hale over the budget on Monday.',
      'After a meeting with Victor Hale, Okafor said, "We cannot keep borrowing."',
      'He continued, "The bill comes due for our children."',
    ];
    expect(speakersOf(paragraphs)).toEqual(['Paul Okafor', 'Paul Okafor']);
  });

  it('gives "he said" to a man named as the subject after the last speaker’s words', () => {
    const paragraphs = ['"We cannot keep borrowing," said Paul Okafor.', 'Victor Hale disagreed with the senator.', '"The borrowing pays for roads," he said.'];
    expect(speakersOf(paragraphs)).toEqual(['Paul Okafor', 'Victor Hale']);
  });

  it('binds the pronoun to a person named in its own sentence, even as a possessive', () => {
    const paragraphs = [
      '"The trial will go ahead," prosecutor Mark Ode said.',
      'Edwin’s brother begged him to see a doctor, but he replied "I am not able to do that".',
      'Edwin Rask denies the charge.',
    ];
    expect(speakersOf(paragraphs)).toEqual(['Mark Ode', 'Edwin Rask']);
  });

  it('flags the last speaker as ambiguous when their gender is unknown and a woman is named within reach', () => {
    const paragraphs = ['"We listened," Mayor Rosa Vidal said.', '"It ignores the night shift," said Councillor Nkem Obi.', '"Nothing changes," she said.'];
    const result = analyse({ paragraphs });
    expect(result.quotes[2]?.speaker).toBe('Nkem Obi');
    expect(result.findings.map((finding) => [finding.code, finding.paragraph])).toContainEqual(['ambiguous-pronoun', 2]);
  });
});

describe('one-word names that are organisations', () => {
  it('reads an acronym or an inner capital as a brand spelling, never an ordinary surname', () => {
    expect(isBrandSpelling('CNN')).toBe(true);
    expect(isBrandSpelling('NewsHub')).toBe(true);
    expect(isBrandSpelling('Okafor')).toBe(false);
    expect(isBrandSpelling('McCain')).toBe(false);
    expect(isBrandSpelling('DeSantis')).toBe(false);
  });

  it('gives a quote to an organisation when a one-word name is never expanded and is no given name', () => {
    const quotes = quotesOf(['The poll was "a turning point for the race," Zentrix reported on Tuesday.']);
    expect(quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([['Zentrix', 'organisation']]);
  });

  it('keeps a surname a person when the article gives the full name', () => {
    const quotes = quotesOf(['Marta Zentrix runs the survey.', 'The poll was "a turning point for the race," Zentrix said.']);
    expect(quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([['Marta Zentrix', 'named']]);
  });
});

describe('cues around asides and questions', () => {
  it('steps over a past-participle aside between the subject and the verb', () => {
    expect(speakersOf(['Mr. Tom Rand, asked about the closures, had said, "We will reopen every branch."'])).toEqual(['Tom Rand']);
  });

  it('reads a reporting clause after a quote that ends in a question mark when it opens in lower case', () => {
    const paragraphs = ['"Who pays for the bridge?" asked Pat Mendez, using a phrase her rival had used, on a call with reporters last week.'];
    expect(speakersOf(paragraphs)).toEqual(['Pat Mendez']);
  });
});

describe('capitalised words after a determiner are no personal name', () => {
  it('reads a party label after a place as a description of a person', () => {
    const quotes = quotesOf(['"It is over," said one Vermont Democrat.', '"Not yet," a Nevada Republican said.']);
    expect(quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([
      ['one Vermont Democrat', 'descriptive'],
      ['a Nevada Republican', 'descriptive'],
    ]);
  });

  it('reads a run after "the" as an organisation, unless a title makes it a person', () => {
    const quotes = quotesOf(['"Turnout fell," the Lakeside Courier reported.', '"Turnout rose," the Rev. Ada Quist said.']);
    expect(quotes.map((quote) => [quote.speaker, quote.speakerKind])).toEqual([
      ['Lakeside Courier', 'organisation'],
      ['Ada Quist', 'named'],
    ]);
  });
});

describe('colon quotes after a clause', () => {
  it('gives a colon quote to a body or a pronoun that is the subject of the clause before it', () => {
    expect(quotesOf(['The ministry gave its answer on Monday: "No comment."']).map((quote) => [quote.speaker, quote.speakerKind])).toEqual([['the ministry', 'organisation']]);
    expect(speakersOf(['Tom Rand runs the shelter.', 'He put it simply: "It is not enough."'])).toEqual(['Tom Rand']);
  });

  it('takes no quote after a colon whose clause is about a thing', () => {
    expect(quotesOf(['The plan has three parts: "build", "hire" and "train".'])).toEqual([]);
  });
});

describe('titles of programmes are not quotes', () => {
  it('takes no quote from a title-case name after an owner’s possessive or after "on"', () => {
    expect(quotesOf(['Rand said on WXYZ’s "Morning Desk" that the plan was fine.'])).toEqual([]);
    expect(quotesOf(['Rand said it in an appearance on "Face the Voters" in May.'])).toEqual([]);
  });

  it('still takes a sentence-case partial quote after "on"', () => {
    expect(speakersOf(['Rand said the vote turned on "a handful of very angry people."'])).toEqual(['Rand']);
  });
});
