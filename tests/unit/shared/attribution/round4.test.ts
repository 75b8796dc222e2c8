import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
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

describe('inverted reporting clauses', () => {
  it('reads any verb right after a quote followed by a person’s name as the cue (scoffed, remembered, agrees)', () => {
    expect(speakersOf(['"Nobody here listens," scoffed Ariadne Gill, 22, who runs the club.'])).toEqual(['Ariadne Gill']);
    expect(speakersOf(['"It was a hard winter," remembered Roy Vennard, the former harbour master.'])).toEqual(['Roy Vennard']);
  });

  it('never takes a time word or a clause after the verb as a name', () => {
    expect(speakersOf(['"It costs too much," added Friday that the plan was late.'])).toEqual([null]);
  });

  it('takes the name in an appositive after an inverted verb’s description', () => {
    expect(speakersOf(['"We count every vote," said the party’s deputy field director, Rich Beeson, who ran the count.'])).toEqual(['Rich Beeson']);
  });

  it('keeps the description when no name follows it', () => {
    expect(speakersOf(['"We count every vote," said the deputy field director, adding that the count was slow.'])).toEqual(['the deputy field director']);
  });
});

describe('one-word quotes before a noun', () => {
  it('keeps a lower-case word quoted in a sentence that attributes speech as a quote', () => {
    expect(quotesOf(['Speaker Rhoda Penn lamented the "disheartened" state of the race on Wednesday.']).map((quote) => quote.text)).toEqual(['disheartened']);
  });

  it('still leaves out a scare quote in a sentence that attributes nothing, and a title-case name before a noun', () => {
    expect(quotesOf(['She served a "special" punch at the party.', 'The "History" section of the site explains the incident.'])).toEqual([]);
  });

  it('counts any verb of saying or judging (chided, scoffed) as attribution, but not one with an everyday sense (pointed to)', () => {
    expect(quotesOf(['Lena Ortiz chided the mayor for asking whether the council would pass the "lazy" budget.']).map((quote) => [quote.text, quote.speaker])).toEqual([['lazy', 'Lena Ortiz']]);
    expect(quotesOf(['She pointed to the table with "electric" punch.'])).toEqual([]);
  });
});

describe('gender from the article before the given-name table', () => {
  it('lets a gendered title (Mr.) outweigh a given name the table gives the other gender', () => {
    // The US birth-record table marks `Lindsey` as a woman's name; the article says "Mr.".
    const paragraphs = ['Senator Lindsey Marsh spoke first. Mr. Marsh praised the bill.', '"It is a good bill," he said.'];
    expect(speakersOf(paragraphs)).toEqual(['Lindsey Marsh']);
  });
});

describe('names behind descriptions and labels', () => {
  it('keeps the full stop of a label before a bracket (D-Nev.) so the tail cue is read', () => {
    expect(speakersOf(['"The firm is gaming the system," Senator Harold Vance (D-Nev.) said in a statement. "Congress must act."'])).toEqual(['Harold Vance', 'Harold Vance']);
  });

  it('reads common nouns between a name and a person (said Huckabee campaign spokesman Hogan Gidley)', () => {
    expect(speakersOf(['"Every candidate needs money," said Marsh campaign spokesman Ola Peters.'])).toEqual(['Ola Peters']);
  });

  it('prefers the full name in an appositive after a tail description (the assailant, John McGraw, told)', () => {
    expect(speakersOf(['"He had it coming," the driver, Colm Reddy, told a radio station.'])).toEqual(['Colm Reddy']);
  });

  it('keeps the description when the appositive is a clause, not a name', () => {
    expect(speakersOf(['"It is late," the mayor, who spoke in Dayton, said.'])).toEqual(['the mayor']);
  });
});

describe('a quote paragraph after a one-paragraph aside', () => {
  it('resumes the last named speaker when the aside names no one else, and says so', () => {
    const paragraphs = ['"We will rebuild the pier," Mayor Ines Calder said.', 'The pier was destroyed by a storm in 2019 and has been closed since.', '"It will take two years."'];
    const result = analyse({ paragraphs });
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['Ines Calder', 'Ines Calder']);
    expect(result.quotes[1]?.explanation).toBe('same speaker as the quote two paragraphs up');
  });

  it('gives no speaker when the aside names another person', () => {
    const paragraphs = ['"We will rebuild the pier," Mayor Ines Calder said.', 'Her rival, Tom Brack, wants a new marina instead.', '"It will take two years."'];
    expect(speakersOf(paragraphs)).toEqual(['Ines Calder', null]);
  });
});
