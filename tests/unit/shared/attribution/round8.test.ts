import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import { quotesOf } from './helpers';

describe('a noun of saying makes a sentence attribute its short quotes', () => {
  it('keeps a short phrase quoted after `assertion that` although no verb of saying is near', () => {
    const paragraphs = ['Neighbours were angered by the developer’s assertion that the old mill was "beyond saving" after the flood.'];
    expect(quotesOf(paragraphs).map((quote) => quote.text)).toEqual(['beyond saving']);
  });

  it('reads a noun of saying in its regular plural, `replies` and `testimonies` included', () => {
    const paragraphs = ['The senator’s testimonies that the budget was "fully costed" drew laughter.', 'Her replies that the report was "a fair hearing" came later.'];
    expect(quotesOf(paragraphs).map((quote) => quote.text)).toEqual(['fully costed', 'a fair hearing']);
  });

  it('does not count a noun of saying that is part of a compound (`claim forms`)', () => {
    const paragraphs = ['The ministry plans to "streamline" claim forms for farmers before the harvest.'];
    expect(quotesOf(paragraphs)).toEqual([]);
  });
});

describe('more verbs of saying', () => {
  it('reads `bemoaned` as a cue and gives the partial quote to its subject', () => {
    const paragraphs = ['In a long speech on Friday, Councillor Jane Roe bemoaned a town where neighbours "barely say hello" any more.'];
    const [quote] = quotesOf(paragraphs);
    expect(quote?.text).toBe('barely say hello');
    expect(quote?.speaker).toBe('Jane Roe');
  });
});

describe('the owner of a noun of saying is the speaker', () => {
  it('gives the quote to the possessive pronoun’s person, not to the sentence’s subject', () => {
    const paragraphs = ['Voters punished Jane Roe last spring for her claim that the budget was "a farce" from the start.'];
    const result = analyse({ paragraphs });
    expect(result.quotes[0]?.speaker).toBe('Jane Roe');
    expect(result.quotes[0]?.explanation).toBe('"her claim" → Jane Roe');
  });

  it('gives the quote to the named owner (`Roe’s complaint that …`) and says so in an editor’s words', () => {
    const paragraphs = [
      'Jane Roe, the harbour master, spoke first at the meeting.',
      'The council then rejected Roe’s bitter complaint that the dredging budget was "a farce" before the vote.',
    ];
    const result = analyse({ paragraphs });
    expect(result.quotes[0]?.speaker).toBe('Jane Roe');
    expect(result.quotes[0]?.explanation).toBe('"Roe’s bitter complaint" → Jane Roe');
  });

  it('leaves a judgement of someone’s remarks to the person who judged them (`Lee called Roe’s remarks "racist"`)', () => {
    expect(quotesOf(['Ben Lee called Jane Roe’s remarks "racist" on Monday.'])[0]?.speaker).toBe('Ben Lee');
    expect(quotesOf(['Ben Lee called Jane Roe’s remarks on the ferry "racist" on Monday.'])[0]?.speaker).toBe('Ben Lee');
  });
});

describe('a short quoted phrase in the reporter’s sentence with no cue', () => {
  it('is not given the speaker of the paragraph before', () => {
    const paragraphs = [
      '“We will reopen the pool in May,” said Mayor Jane Roe.',
      'Since March there have been complaints that the new fees were "far too high" for families.',
    ];
    const quotes = quotesOf(paragraphs);
    expect(quotes[0]?.speaker).toBe('Jane Roe');
    expect(quotes[1]?.text).toBe('far too high');
    expect(quotes[1]?.speaker).toBeNull();
  });
});

describe('a verb of saying that introduces a quote with a colon', () => {
  it('names the speaker before a verb in the next sentence after a question does', () => {
    const paragraphs = ['Senator Jane Roe kept asking about the bridge. Ben Lee, visibly tired, finally responded: "Why does that matter now?" Her opponents used it against him for years.'];
    expect(quotesOf(paragraphs)[0]?.speaker).toBe('Ben Lee');
  });
});

describe('a role linked to a family by a preposition and a determiner', () => {
  it('keeps `an adviser to both Roes` as an unnamed source instead of naming the family', () => {
    const paragraphs = ['“The harbour vote will be close,” said a longtime adviser to both Roes, who asked not to be named.'];
    const [quote] = quotesOf(paragraphs);
    expect(quote?.speaker).toBe('a longtime adviser to both Roes, who asked not to be named');
    expect(quote?.speakerKind).toBe('descriptive');
  });
});
