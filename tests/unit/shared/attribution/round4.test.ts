import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOf } from './helpers';

describe('dotted party labels and ages do not hide the speaker', () => {
  it('reads a tail cue past a party label with a dotted state (D-N.Y.) and carries it to the next quote', () => {
    const paragraphs = ['"The port needs dredging," Sen. Marta Quill (D-N.Y.) said Tuesday. "Ships are waiting offshore."'];
    expect(speakersOf(paragraphs)).toEqual(['Marta Quill', 'Marta Quill']);
  });

  it('still ends the sentence after a label that closes one (R-S.C.) when a new sentence follows (the label now keeps its full stop)', () => {
    const quotes = quotesOf(['"We will vote no," said Rep. Dan Oyelaran, R-S.C. The House meets on Friday.']);
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Dan Oyelaran']);
  });

  it('finds the subject past an age and an appositive (Name, 49, a nurse, said)', () => {
    expect(speakersOf(['Greta Lund, 49, a school nurse from Tulsa, said, "We need more staff."'])).toEqual(['Greta Lund']);
  });
});

describe('a transcript label speaks only its own line', () => {
  it('does not give a later sentence’s quote to a heading in capitals', () => {
    const paragraphs = ['UPDATE: The shop withdrew the listing on Friday. Tom Varga wrote in the listing that the money will "pay my lawyers."'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Varga']);
  });

  it('still gives a quote right after the label to the speaker', () => {
    expect(quotesOf(['MARLOWE: "We will not back down."']).map((quote) => quote.speaker)).toEqual(['Marlowe']);
  });
});

describe('pronoun chains', () => {
  it('keeps "he" on the last speaker when the sentence between opens with "he" and only later names another man', () => {
    const paragraphs = [
      'Omar Bekele, 52, a retired welder, said the mayor should answer questions about the budget. He went to the meeting, though he is unsure whether he will vote for Mayor Ivan Tosh.',
      '"I want to hear a plan," he said.',
    ];
    expect(speakersOf(paragraphs)).toEqual(['Omar Bekele']);
  });
});
