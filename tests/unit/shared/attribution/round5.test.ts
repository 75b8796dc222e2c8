import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import { speakersOf } from './helpers';

describe('inverted cues with longer descriptions before the name', () => {
  it('reads lower-case adjectives between a capitalised word and the name (Oversight ranking Democrat Ana Ruiz)', () => {
    const paragraphs = ['“The reservoir is low,” said Oversight ranking Democrat Ana Ruiz (D-Md.). “We will not wait for rain.”'];
    expect(speakersOf(paragraphs)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('reads adjectives after a place (Idaho organic-dairy executive Dan Golv, Texas retired teacher Ina Vell)', () => {
    const paragraphs = ['"Prices will rise," said Idaho organic-dairy executive Dan Golv, who once backed Sen. Tom Rand. "Nobody is ready."', '"We were not told," said Texas retired teacher Ina Vell.'];
    expect(speakersOf(paragraphs)).toEqual(['Dan Golv', 'Dan Golv', 'Ina Vell']);
  });

  it('ends the phrase after the name at a clause word (said Dan Golv when asked about …)', () => {
    expect(speakersOf(['"It was a hard year," said farmer Dan Golv when asked about the drought.'])).toEqual(['Dan Golv']);
  });

  it('still gives no speaker when lower-case words after a capitalised word lead to no name', () => {
    expect(speakersOf(['"It was a hard year," said Idaho dairy farmers in a letter.'])).not.toContain('Idaho');
  });
});

describe('a full stop before a comma closes an abbreviation', () => {
  it('keeps a state abbreviation inside an appositive (Cambridge, Mass., said) and reads the cue past it', () => {
    const paragraphs = ['"Every day felt like a year," Mr. Dankov, now 81 and retired in Cambridge, Mass., said by telephone. "I still dream of it."'];
    expect(speakersOf(paragraphs)).toEqual(['Dankov', 'Dankov']);
  });

  it('still ends a sentence at a full stop followed by a space', () => {
    const paragraphs = ['The hearing was in Salem, Ore. "We lost," said Ana Ruiz.'];
    expect(speakersOf(paragraphs)).toEqual(['Ana Ruiz']);
  });
});

describe('a pronoun and the last speaker’s namesake', () => {
  const couple = [
    'Mary Marsh founded the mill in 1990.',
    'The mill employs 400 people and ships flour across the state.',
    'Sales fell last year after the drought.',
    'Her husband, Victor Marsh, now runs the firm.',
    '“We owe this town a great deal,” Marsh said.',
  ];

  it('gives “she” to the woman who shares the surname a surname-only cue named', () => {
    expect(speakersOf([...couple, 'Asked about the layoffs, she said, “Nobody will lose a job.”'])).toEqual(['Victor Marsh', 'Mary Marsh']);
  });

  it('keeps the nearer woman named as a subject since', () => {
    const paragraphs = [...couple, 'Mayor Lena Ortiz spoke next. Asked about the layoffs, she said, “Nobody will lose a job.”'];
    expect(speakersOf(paragraphs)).toEqual(['Victor Marsh', 'Lena Ortiz']);
  });
});

describe('an office, campaign or document speaks for the person who owns it', () => {
  const intro = 'Rep. Trey Gowan chairs the panel.';

  it('gives words from a person’s office or campaign to that person (Gowan’s office said)', () => {
    expect(speakersOf([intro, '“He did write to the committee,” Gowan’s office said in a statement.'])).toEqual(['Trey Gowan']);
    expect(speakersOf([intro, '“We expect to win,” Gowan’s campaign said.'])).toEqual(['Trey Gowan']);
  });

  it('gives a quote from a person’s memoir to its author', () => {
    expect(speakersOf([intro, 'Gowan’s memoir calls the vote “the worst night of my life.”'])).toEqual(['Trey Gowan']);
  });

  it('keeps a person who works for them as a speaker of their own (Gowan’s spokesman)', () => {
    expect(speakersOf([intro, '“He did write to the committee,” Gowan’s spokesman said.'])).toEqual(['Gowan’s spokesman']);
  });
});

describe('a paragraph ending in a colon introduces the quote below it', () => {
  it('says the speaker was named in the paragraph before, not that the paragraph before quoted them', () => {
    const quotes = analyse({ paragraphs: ['After the storm, Mayor Tom Reddan issued the following statement:', '“Our hearts go out to the families.”', '“We will rebuild,” he added.', '“Not this year.”'] }).quotes;
    expect(quotes.map((quote) => quote.explanation)).toEqual(['named in the paragraph before', '"he" → Tom Reddan', 'same speaker as the paragraph before']);
  });

  it('gives the quote paragraph to the subject of the clause before the colon, with any verb', () => {
    expect(speakersOf(['After the storm, Mayor Tom Reddan issued the following statement:', '“Our hearts go out to the families. We will rebuild.”'])).toEqual(['Tom Reddan']);
    expect(speakersOf(['Jared Pott, a 17-year-old volunteer, echoed:', '“He speaks his mind, and the town needs that.”'])).toEqual(['Jared Pott']);
  });

  it('does not give the quote to a thing before the colon', () => {
    expect(speakersOf(['The plan has three parts:', '“Build, hire, repeat.”'])).toEqual([null]);
  });

  it('does not reach past a colon in the middle of a paragraph', () => {
    expect(speakersOf(['Mayor Tom Reddan had one worry: money. The vote is on Friday.', '“Build, hire, repeat.”'])).toEqual([null]);
  });
});

describe('a pronoun in the cue’s sentence picks between namesakes', () => {
  const couple = 'Carla Fenn ran the firm for a decade. Her husband, Frank Fenn, stayed home with the children.';

  it('gives a bare surname to the namesake a later “herself” or “she” in the sentence fits', () => {
    expect(speakersOf([couple, 'Fenn routinely describes herself as a “change warrior” who “saved the company.”'])).toEqual(['Carla Fenn', 'Carla Fenn']);
    expect(speakersOf([couple, 'Fenn wrote that she had “never doubted the merger.”'])).toEqual(['Carla Fenn']);
  });

  it('keeps the nearest full mention when the pronoun fits it', () => {
    expect(speakersOf([couple, 'Fenn said he was “happy at home.”'])).toEqual(['Frank Fenn']);
  });
});

describe('“Former” and “Advocate” are title words, never part of a name', () => {
  it('does not make a person of “Former” and a surname used as a modifier (Former Carzon advisers)', () => {
    const paragraphs = ['Ben Carzon leads the field.', 'Former Carzon advisers say a shake-up is near.', '“We face real threats,” said Carzon.'];
    expect(speakersOf(paragraphs)).toEqual(['Ben Carzon']);
  });

  it('keeps a title with “Advocate” out of the name (Public Advocate Trish Jamis)', () => {
    expect(speakersOf(['“He voted twice to protect gun dealers,” New York City Public Advocate Trish Jamis said.'])).toEqual(['Trish Jamis']);
  });
});
