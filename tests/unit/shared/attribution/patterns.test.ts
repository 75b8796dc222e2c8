import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import { quotesOf, speakersOf } from './helpers';

describe('common words and fragments are never speakers', () => {
  it('does not take a sentence adverb for a speaker', () => {
    expect(speakersOf(['Talks broke down at noon. "We are done here," Nora Quill said. However, "nothing is final," she added.'])).toEqual(['Nora Quill', 'Nora Quill']);
  });

  it('does not take an article or a verb phrase for a speaker', () => {
    const paragraphs = ['Pia Lenz chairs the board.', '"It goes without saying that we will appeal," an aide to Lenz said.'];
    expect(speakersOf(paragraphs)).toEqual(['an aide to Lenz']);
  });

  it('does not take a place or event name for a speaker', () => {
    const paragraphs = ['Marchers gathered for the Harbor Walk on Sunday. "We walk for the river," organiser Tomas Ebbe said.'];
    expect(speakersOf(paragraphs)).toEqual(['Tomas Ebbe']);
  });

  it('does not take a programme for a speaker', () => {
    const paragraphs = ['Governor Alma Sorell spoke on her weekly broadcast. "The bridge opens in May," she said on the broadcast.'];
    expect(speakersOf(paragraphs)).toEqual(['Alma Sorell']);
  });
});

describe('the object of a speech verb is never its subject', () => {
  it('gives the quote to the minister, not the radio station he told', () => {
    const paragraphs = ['Transport minister Oskar Brandt defended the fares.', '"Prices must rise," the minister told Radio Kestrel on Monday.'];
    expect(quotesOf(paragraphs)[0]?.speaker).not.toBe('Radio Kestrel');
  });

  it('gives the quote to the named subject before "told"', () => {
    expect(speakersOf(['"Prices must rise," Oskar Brandt told Radio Kestrel on Monday.'])).toEqual(['Oskar Brandt']);
  });
});

describe('canonical names carry no label', () => {
  const cases: [string, string, string][] = [
    ['"We will win this seat," said Republican Jane Roe.', 'Jane Roe', 'Republican'],
    ['"We will win this seat," said Democrat John Doe.', 'John Doe', 'Democrat'],
    ['"We will win this seat," said Representatives Mary Poe.', 'Mary Poe', 'Representatives'],
    ['"We will win this seat," said Sam Lee of Ohio.', 'Sam Lee', 'of Ohio'],
    ['"We will win this seat," said Ana Ruiz of the Transport Ministry.', 'Ana Ruiz', 'of the Transport Ministry'],
    ['"We will win this seat," said Minority Whip Dale Orr.', 'Dale Orr', 'Minority Whip'],
  ];
  for (const [sentence, name, label] of cases) {
    it(`names "${name}" and keeps "${label}" in the title`, () => {
      const [quote] = analyse({ paragraphs: [sentence] }).quotes;
      expect(quote?.speaker).toBe(name);
      expect(quote?.title).toContain(label);
    });
  }

  it('keeps a peerage title as part of the name', () => {
    expect(speakersOf(['"The bill is flawed," Lord Ashby said.'])).toEqual(['Lord Ashby']);
  });
});

describe('cues', () => {
  it('reads a name followed by a parenthetical', () => {
    expect(speakersOf(['"This is a bad bill," Rep. Jane Roe (R-Ohio) said.'])).toEqual(['Jane Roe']);
  });

  it('reads a name with an appositive before the verb, whatever the verb', () => {
    expect(speakersOf(['"We were never told," Lena Hart, who runs the shelter, fumed on Tuesday.'])).toEqual(['Lena Hart']);
  });

  it('reads "he added" opening a later paragraph', () => {
    const paragraphs = ['"The budget is sound," Mayor Ivo Petrak said.', 'The council voted later.', 'He added: "We will not raise taxes."'];
    expect(speakersOf(paragraphs)).toEqual(['Ivo Petrak', 'Ivo Petrak']);
  });

  it('reads dash attribution', () => {
    expect(speakersOf(['"Nothing worth having comes easy." ― Jane Roe'])).toEqual(['Jane Roe']);
  });

  it('reads a transcript line', () => {
    expect(speakersOf(['ROE: "We will look at every option."'])).toEqual(['Roe']);
  });

  it('keeps short partial quotes in a sentence that attributes them', () => {
    const quotes = quotesOf(['Jane Roe tweeted that the plan was "a disgrace" and "a con".']);
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['a disgrace', 'Jane Roe'],
      ['a con', 'Jane Roe'],
    ]);
  });

  it('gives a partial quote inside the reporter\'s sentence to the sentence\'s subject', () => {
    const paragraphs = ['"We are ready," Mayor Ivo Petrak said.', 'Councillor Rita Vance repeated her warning that the plan was "reckless" and costly.'];
    expect(speakersOf(paragraphs)).toEqual(['Ivo Petrak', 'Rita Vance']);
  });
});

describe('quotes that are not statements', () => {
  it('excludes a title of a work, a so-called phrase and a scare quote in a sentence that attributes nothing', () => {
    const paragraphs = ['The film "Quiet Harbour" opens Friday.', 'The so-called "clean energy" levy rose.', 'The shed was "temporary" for ten years.'];
    expect(quotesOf(paragraphs)).toEqual([]);
  });

  it('excludes quotation marks inside pasted markup', () => {
    expect(quotesOf(['<post author="citydesk" id="12">The council met.</post>'])).toEqual([]);
  });

  it('excludes the name given to a thing', () => {
    expect(quotesOf(['Councillor Rita Vance attacked the plan, which the mayor calls "Streets First," as reckless.'])).toEqual([]);
  });
});

describe('relatives and namesakes', () => {
  it('gives the father his own quote when he shares the victim\'s surname', () => {
    const paragraphs = [
      'Tomas Reyes, 19, died in the crash on Route 9.',
      'His father, Daniel Reyes, spoke outside the court. "My son was careful," Daniel Reyes said.',
      '"He never drove fast," Reyes said.',
    ];
    expect(speakersOf(paragraphs)).toEqual(['Daniel Reyes', 'Daniel Reyes']);
  });

  it('lets the first name decide between two people who share a surname', () => {
    const paragraphs = ['Senator Carla Cruz and her rival, Miguel Cruz, debated on Monday.', '"I will fix the roads," Miguel Cruz said.', '"He has no plan," Carla Cruz said.'];
    expect(speakersOf(paragraphs)).toEqual(['Miguel Cruz', 'Carla Cruz']);
  });
});

describe('organisations', () => {
  it('resolves "the centre" to the centre named earlier', () => {
    const paragraphs = ['The Halden Centre for Rural Health published its survey on Monday.', '"Clinics are closing faster than expected," the centre said.'];
    expect(speakersOf(paragraphs)).toEqual(['Halden Centre for Rural Health']);
  });

  it('gives a quote from a statement to the body that issued it', () => {
    const paragraphs = ['The Northgate Water Board issued a statement on Friday.', '"Supplies are safe to drink," the statement read.'];
    expect(speakersOf(paragraphs)).toEqual(['Northgate Water Board']);
  });
});

describe('pronouns', () => {
  it('resolves "she" to the nearest woman in subject position, not a name inside a modifier', () => {
    const paragraphs = ['Judge Mara Oduya ruled on Friday after the Hollis family appeal.', '"The law is clear," she said.'];
    expect(speakersOf(paragraphs)).toEqual(['Mara Oduya']);
  });

  it('resolves "he" to the last man who spoke', () => {
    const paragraphs = ['"We will appeal," lawyer Peter Lund said.', '"The ruling ignores the evidence," he said.'];
    expect(speakersOf(paragraphs)).toEqual(['Peter Lund', 'Peter Lund']);
  });
});

describe('clashes are flagged, never guessed silently', () => {
  it('flags "she" when the nearest candidate\'s gender is unknown (a given name the table does not hold) and a woman is mentioned nearby', () => {
    const paragraphs = ['"We listened," Mayor Maria Lopez said.', '"It ignores the night shift," said Councillor Nkem Patel.', '"Nothing changes," she said.'];
    const result = analyse({ paragraphs });
    expect(result.findings.map((finding) => [finding.code, finding.paragraph])).toContainEqual(['ambiguous-pronoun', 2]);
  });
});

describe('explanations in plain words', () => {
  it('says how each speaker was found without naming rules', () => {
    const paragraphs = ['Senator Jane Doe spoke first.', '"We are ready," Doe said. "The votes are there."', '"Nothing changes," she said.', '"Not today."'];
    const explanations = analyse({ paragraphs }).quotes.map((quote) => quote.explanation);
    expect(explanations).toEqual(['named in the sentence', 'same speaker as the quote before', '"she" → Jane Doe', 'same speaker as the paragraph before']);
  });
});
