import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import { quotesOf, speakersOf } from './helpers';

describe('speech-verb attribution', () => {
  it('attributes a quote followed by "X said" to X', () => {
    expect(quotesOf(['Transit Director Amara Quist spoke first.', '“Fares will stay flat this year,” Quist said.'])).toEqual([
      { paragraph: 1, text: 'Fares will stay flat this year,', speaker: 'Amara Quist', speakerKind: 'named', rule: 'speech-verb' },
    ]);
  });

  it('attributes an inverted cue ("said X") to X', () => {
    expect(speakersOf(['"The bridge is safe," said Engineer Tomas Lindqvist.'])).toEqual(['Tomas Lindqvist']);
  });

  it('reads cues before the quote with told, wrote and added', () => {
    const paragraphs = [
      'Harbour Master Ines Duarte told reporters: "The channel reopens at noon."',
      'Fisherman Colm Ryan wrote, "We lost a week of work."',
      'Ryan added that "nobody called us back."',
    ];
    expect(speakersOf(paragraphs)).toEqual(['Ines Duarte', 'Colm Ryan', 'Colm Ryan']);
  });

  it('attributes "according to X" to X', () => {
    expect(speakersOf(['The dam "was never inspected after the flood," according to engineer Rosa Vetter.'])).toEqual(['Rosa Vetter']);
  });

  it('gives both halves of a split quote the same speaker', () => {
    expect(quotesOf(['“We tried,” Coach Lena Ortiz said, “and we will try again.”']).map((quote) => [quote.speaker, quote.rule])).toEqual([
      ['Lena Ortiz', 'speech-verb'],
      ['Lena Ortiz', 'speech-verb'],
    ]);
  });

  it('keeps the speaker for a following sentence that continues the quote without a cue', () => {
    expect(quotesOf(['"The roof leaks," Principal Omar Haddad said. "The boiler is older than I am."']).map((quote) => quote.rule)).toEqual([
      'speech-verb',
      'continuation',
    ]);
  });

  it('carries the speaker of a sentence such as "X noted …" to a quote that follows it', () => {
    expect(quotesOf(['Chemist Ruth Adeyemi noted the samples were old. "We need fresh ones before we can say anything."'])).toMatchObject([
      { speaker: 'Ruth Adeyemi', rule: 'continuation' },
    ]);
  });

  it('carries the previous paragraph speaker to a quote paragraph with no cue', () => {
    const paragraphs = ['"The levee held," Sheriff Paul Brandt said.', '"We were lucky this time, and luck is not a plan."'];
    expect(quotesOf(paragraphs)[1]).toMatchObject({ speaker: 'Paul Brandt', rule: 'previous-paragraph' });
  });

  it('gives a quote continued across paragraphs the same speaker in both parts', () => {
    const paragraphs = ['Mayor Ana Lugo said: "The plan is simple.', '"We build first and argue later."'];
    expect(quotesOf(paragraphs).map((quote) => [quote.paragraph, quote.text, quote.speaker])).toEqual([
      [0, 'The plan is simple.', 'Ana Lugo'],
      [1, 'We build first and argue later.', 'Ana Lugo'],
    ]);
  });

  it('reads a tail cue by grammatical role, whatever the verb, with or without a custom verb list', () => {
    const paragraphs = ['"Not today, and not next week either," Judge Nils Berg grumbled.'];
    expect(speakersOf(paragraphs)).toEqual(['Nils Berg']);
    expect(speakersOf(paragraphs, { speechVerbs: ['grumbled'] })).toEqual(['Nils Berg']);
  });
});

describe('pronoun attribution', () => {
  it('resolves "she said" to the nearest woman mentioned before it', () => {
    const paragraphs = ['Nurse Helen Park treated the driver.', '"He was lucky," she said.'];
    expect(quotesOf(paragraphs)[0]).toMatchObject({ speaker: 'Helen Park', rule: 'pronoun' });
  });

  it('skips a person of the wrong gender when resolving "he"', () => {
    const paragraphs = ['Mary Quinn asked her brother, Thomas Quinn, to sell the farm, but he replied "I am not ready."'];
    expect(speakersOf(paragraphs)).toEqual(['Thomas Quinn']);
  });

  it('flags a pronoun that could refer to more than one person', () => {
    const result = analyse({ paragraphs: ['Detective Mark Ellis met Inspector John Carter on Monday.', '"It went well," he said.'] });
    expect(result.findings.map((finding) => finding.code)).toContain('ambiguous-pronoun');
  });

  it('resolves "it added" to the organisation that spoke last', () => {
    expect(speakersOf(['"Service resumes Monday," the railway company said. "Refunds are available," it added.'])).toEqual([
      'the railway company',
      'the railway company',
    ]);
  });
});

describe('statements and non-statements', () => {
  it('does not report scare quotes, titles of works or words used as words', () => {
    const paragraphs = [
      'The council met in the so-called "annex" on Monday.',
      'The band played "Rivers of Home" at the opening.',
      'The sign added the words "no entry" to the gate.',
    ];
    expect(quotesOf(paragraphs)).toEqual([]);
  });

  it('reports a short partial quote when the sentence attributes it to a speaker', () => {
    expect(quotesOf(['Councillor Joan Weir called the proposal "reckless" at the hearing.'])).toMatchObject([
      { text: 'reckless', speaker: 'Joan Weir' },
    ]);
  });

  it('does not treat a paraphrase without quotation marks as a quote', () => {
    expect(quotesOf(['Governor Ray Tan has said that the tax will not rise this year.'])).toEqual([]);
  });

  it('reports a long quote with no speaker as unattributed rather than dropping it', () => {
    expect(quotesOf(['Lead paragraph about the storm.', '"Nothing was left standing on the whole street after the wind passed."'])).toMatchObject([
      { speaker: null, speakerKind: 'none', rule: 'none' },
    ]);
  });
});

describe('less common attribution patterns', () => {
  it('reads British single quotation marks when a paragraph has no double ones', () => {
    expect(quotesOf(["Det Supt Claire Okonjo said: 'We know this has frightened people in the area.'"])).toMatchObject([
      { text: 'We know this has frightened people in the area.', speaker: 'Claire Okonjo' },
    ]);
  });

  it('resolves "he said" to an unnamed person who spoke in the sentence before', () => {
    const paragraphs = ['Mayor Ana Lugo left early. A council spokesman declined to say when the vote would be held.', '"No date has been set," he said.'];
    expect(quotesOf(paragraphs)[0]).toMatchObject({ speaker: 'a council spokesman', rule: 'pronoun' });
  });

  it('resolves "the company" to the company the article named', () => {
    const paragraphs = ['Harbor Freight Corporation said it would close the plant.', '"This was a difficult decision," the company said.'];
    expect(quotesOf(paragraphs)[0]).toMatchObject({ speaker: 'Harbor Freight Corporation', speakerKind: 'organisation' });
  });

  it('does not borrow an earlier speaker when the cue names someone it cannot resolve', () => {
    const paragraphs = ['"We will reopen on Monday," Principal Peter Haddad said.', '"Enough is enough, and we mean it," she wrote on social media.'];
    expect(quotesOf(paragraphs)[1]).toMatchObject({ speaker: null, rule: 'pronoun' });
  });

  it('reports the source an organisation quoted when the text says "quoting"', () => {
    const paragraphs = ['According to the Daily Ledger, quoting the Northern Water Authority, the reservoir is "at its lowest level since records began."'];
    expect(quotesOf(paragraphs)).toMatchObject([{ speaker: 'Northern Water Authority', speakerKind: 'organisation' }]);
  });
});

describe('colon-introduced and run-on quotes', () => {
  it('attributes a quote after a colon to the named subject of the sentence', () => {
    const paragraphs = ['Chief Justice Amal Reyes read the ruling aloud: "The appeal is dismissed."'];
    expect(quotesOf(paragraphs)).toMatchObject([{ speaker: 'Amal Reyes', rule: 'speech-verb' }]);
  });

  it('does not treat a colon after an unnamed subject as attribution', () => {
    expect(quotesOf(['The results were clear: "a landslide."'])).toEqual([]);
  });

  it('keeps a short quote that runs on into the next paragraph', () => {
    const paragraphs = ['Judge Amal Reyes said: "It is over.', '"Go home, all of you, and stay out of trouble."'];
    expect(quotesOf(paragraphs).map((quote) => [quote.text, quote.speaker])).toEqual([
      ['It is over.', 'Amal Reyes'],
      ['Go home, all of you, and stay out of trouble.', 'Amal Reyes'],
    ]);
  });
});
