import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers';

describe('a participle clause that opens the sentence never names the speaker', () => {
  it('does not give the quote after `Asked whether …, Smith shot back:` to the word `Asked` (since session 10 it goes to Smith)', () => {
    expect(speakersOf(['Asked whether the plan would pass, Smith shot back: “It will pass by Friday.”'])).toEqual(['Smith']);
  });

  it('does not give the quote to `Asked` when the speaker has a title and two names either (it goes to Ana Roe)', () => {
    expect(speakersOf(['Asked whether the cuts were fair, Mayor Ana Roe shot back: “We had no choice.”'])).toEqual(['Ana Roe']);
  });

  it('still reads a given name ending in `-ed` as a speaker (a guard: `Ted said:` is no participle)', () => {
    expect(speakersOf(['Ted Hale met voters on Monday.', 'Ted said: “We had no choice.”'])).toEqual(['Ted Hale']);
  });
});

describe('the subject of the speech verb that governs a quote wins over a subject inside its subordinate clause', () => {
  it('gives `He says if people think …, "…"` to the man named before, not to `people`', () => {
    const paragraphs = ['Tom Hale spoke to reporters on Monday.', 'He says if people think the tax is fair, “they have not read the bill.”'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Hale']);
  });

  it('gives `He said that if voters believe the plan, "…"` to the man named before, not to `voters`', () => {
    const paragraphs = ['Tom Hale spoke to reporters on Monday.', 'He said that if voters believe the plan, “they will be disappointed.”'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Hale']);
  });

  it('still gives the quote to the subject of a verb of saying that is not inside such a clause (a guard)', () => {
    const paragraphs = ['Tom Hale spoke to reporters on Monday. His aide Ana Roe said that voters believe the plan.', 'Ana Roe said: “They will be disappointed.”'];
    expect(speakersOf(paragraphs)).toEqual(['Ana Roe']);
  });
});

describe('a headline or kicker in capitals is never a speaker', () => {
  it('gives nobody the quote after a headline in capitals that ends in a colon', () => {
    expect(speakersOf(['VOTERS CARE MORE ABOUT THE ECONOMY: “We found that voters want jobs.”'])).toEqual([null]);
  });

  it('gives the quote after `HEADLINE - Ana Roe:` to the person named after the dash', () => {
    expect(speakersOf(['POLLS SHOW A TIGHT RACE - Ana Roe: “We found that voters want jobs.”'])).toEqual(['Ana Roe']);
  });

  it('still reads a name in capitals in a transcript (a guard: two words are a name, not a headline)', () => {
    expect(speakersOf(['JANE ROE: “We found that voters want jobs.”'])).toEqual(['JANE ROE']);
  });

  it('still reads a transcript speaker of three words in capitals (a guard: `SEN. JANE ROE:` opens a line of a transcript)', () => {
    expect(speakersOf(['SEN. JANE ROE: “We found that voters want jobs.”'])).toEqual(['SEN. JANE ROE']);
  });

  it('still reads an organisation set in capitals with a hyphen (a guard: `AFL-CIO` is one word)', () => {
    expect(speakersOf(['“We found that voters want jobs,” the AFL-CIO said.'])).toEqual(['AFL-CIO']);
  });
});
