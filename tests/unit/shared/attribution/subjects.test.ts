import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../../shared/attribution/article';
import { isCommunicationVerb } from '../../../../shared/attribution/communication';
import { genderOfGivenName, isGivenName } from '../../../../shared/attribution/givenNames';
import { classifyPhrase } from '../../../../shared/attribution/phrases';
import { isNationality, isPlaceName } from '../../../../shared/attribution/places';
import { analyse } from '../../../../shared/attribution/index';
import { quotesOf, speakersOf } from './helpers';

/** What `classifyPhrase` makes of the words `[start, end)` of a tagged one-paragraph article. */
function phraseOf(text: string, start: number, end: number): string | null {
  const article = buildArticle([text], { needsTags: () => true });
  const paragraph = article.paragraphs[0];
  if (!paragraph) throw new Error('no paragraph');
  const ref = classifyPhrase(paragraph, { start, end }, (token, index) => article.isCommonWord(paragraph, token, index));
  if (ref === null) return null;
  if (ref.type === 'name') return `name:${ref.parsed.name.join(' ')}`;
  if (ref.type === 'pronoun') return `pronoun:${ref.word}`;
  return `description:${ref.text}`;
}

describe('the subject of the attributing verb', () => {
  it('skips a relative clause between the subject and the verb, also with a contracted verb (`who’s`)', () => {
    expect(speakersOf(['Tomas Berg, who is weighing a run for governor, said the plan was "impossible."'])).toEqual(['Tomas Berg']);
    expect(speakersOf(['Tomas Berg, who’s thinking about running for governor, said it was "impossible."'])).toEqual(['Tomas Berg']);
  });

  it('steps over a time phrase between the subject and the verb inside a relative clause', () => {
    expect(speakersOf(['The prize went to a novelist who Ines Varga on Wednesday called "the finest of her generation."'])).toEqual(['Ines Varga']);
  });

  it('skips a sentence adverb set off by commas', () => {
    expect(speakersOf(['Ines Varga, meanwhile, said the plan was "reckless."'])).toEqual(['Ines Varga']);
  });

  it('reads verbs of naming and judging as attribution (`called`, `deemed`)', () => {
    expect(speakersOf(['Councillor Ruth Abara called the budget "a shell game."'])).toEqual(['Ruth Abara']);
    expect(isCommunicationVerb('deemed')).toBe(true);
    expect(isCommunicationVerb('characterizes')).toBe(true);
    expect(isCommunicationVerb('table')).toBe(false);
  });

  it('prefers the name in an appositive to a description ending in a capitalised complement', () => {
    const paragraphs = ['The general secretary of the dockers union (HDU), Marta Lopez, has called the deal "dangerous."'];
    expect(speakersOf(paragraphs)).toEqual(['Marta Lopez']);
  });

  it('finds the speaker of a reporting clause set off by a comma after the quote', () => {
    expect(speakersOf(['The council’s "reforms" are a disgrace, Odile Ferrand said on Tuesday.'])).toEqual(['Odile Ferrand']);
  });

  it('does not give a quote to the subject of a participle chain word (`quoting`)', () => {
    const paragraphs = ['According to the Valley Courier, quoting the Lake District Water Board, the dam is "safe for now."'];
    expect(quotesOf(paragraphs)[0]?.speaker).toBe('Lake District Water Board');
  });
});

describe('phrases that can speak', () => {
  it('accepts people, groups and bodies', () => {
    expect(phraseOf('"No," the aide said.', 1, 3)).toBe('description:the aide');
    expect(phraseOf('"No," the ministry said.', 1, 3)).toBe('description:the ministry');
    expect(phraseOf('"No," one deckhand said.', 1, 3)).toBe('description:one deckhand');
    expect(phraseOf('"No," one commuter said.', 1, 3)).toBe('description:one commuter');
  });

  it('refuses times, places and things', () => {
    expect(phraseOf('"No," Wednesday said.', 1, 2)).toBeNull();
    expect(phraseOf('"No," the past said.', 1, 3)).toBeNull();
    expect(phraseOf('"No," North Dakota said.', 1, 3)).toBeNull();
  });

  it('reads a bare capitalised word that is also an English word as a surname (`Grant said`)', () => {
    expect(phraseOf('"No," Grant said.', 1, 2)).toBe('name:Grant');
    expect(phraseOf('"No," Critics said.', 1, 2)).toBe('description:critics');
  });
});

describe('names', () => {
  it('names the mayor of the demo story in full when later paragraphs give only her surname', () => {
    const paragraphs = [
      'Harbour City Mayor Lena Grant announced new protections for ferry crews on Friday.',
      '“Harbour City has always stood with its crews,” Grant said in a statement.',
      '“The fund opens on Monday,” Grant said.',
    ];
    expect(quotesOf(paragraphs).map((quote) => [quote.speaker, quote.speakerKind])).toEqual([
      ['Lena Grant', 'named'],
      ['Lena Grant', 'named'],
    ]);
  });

  it('drops a common word that opens the sentence from a name (`Billionaire Tom Hale`)', () => {
    const paragraphs = ['Billionaire Tom Hale bought the club last spring.', '"It was a fair price," Hale said.'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Hale']);
  });

  it('keeps an abbreviated military title out of the name', () => {
    const quote = analyse({ paragraphs: ['Adm. Ruth Calder said the strait was "calm tonight."'] }).quotes[0];
    expect(quote?.speaker).toBe('Ruth Calder');
    expect(quote?.title).toContain('Adm');
  });

  it('resolves `she` past a nearer man, using the gender of the first name', () => {
    const paragraphs = ['Maria Holt spoke after the vote, and Peter Voss left early.', '"We will try again next year," she said.'];
    expect(speakersOf(paragraphs)).toEqual(['Maria Holt']);
  });
});

describe('general data from packages', () => {
  it('knows countries, capitals, US states and continents as places, and names as not places', () => {
    expect(isPlaceName(['France'])).toBe(true);
    expect(isPlaceName(['Ouagadougou'])).toBe(true);
    expect(isPlaceName(['New', 'Mexico'])).toBe(true);
    expect(isPlaceName(['Oceania'])).toBe(true);
    expect(isPlaceName(['Lena', 'Grant'])).toBe(false);
    expect(isNationality('French')).toBe(true);
  });

  it('knows common given names and their usual gender', () => {
    expect(genderOfGivenName('Maria')).toBe('f');
    expect(genderOfGivenName('Peter')).toBe('m');
    expect(genderOfGivenName('Qzxv')).toBeNull();
    expect(isGivenName('Lena')).toBe(true);
  });
});
