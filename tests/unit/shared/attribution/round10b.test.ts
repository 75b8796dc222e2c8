import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOf } from './helpers';

/** The texts of the quotes found in the paragraphs, in order. */
function textsOf(paragraphs: string[]): string[] {
  return quotesOf(paragraphs).map((quote) => quote.text);
}

describe('the title of a work or a programme is not a quote, on positive evidence', () => {
  it('drops a title set beside a work noun after a comma (`in her memoir, "…"`)', () => {
    const paragraphs = ['The senator wrote about the farm crisis in her 2014 memoir, “Rivers of Wheat,” and says she still believes “the subsidies were a mistake.”'];
    expect(textsOf(paragraphs)).toEqual(['the subsidies were a mistake.']);
  });

  it('drops a title after `the author of`', () => {
    const paragraphs = ['“The deficit is a choice,” said Ana Ruiz, the author of “Counting the Cost,” who teaches at a state college.'];
    expect(textsOf(paragraphs)).toEqual(['The deficit is a choice,']);
  });

  it('drops a programme the speaker told or gave an interview to', () => {
    const paragraphs = [
      '“We need more nurses,” the governor told “Good Morning Capital” on Sunday.',
      'Tom Hale said in an interview with “Sunday Talk” that the plan was “a disgrace.”',
    ];
    expect(textsOf(paragraphs)).toEqual(['We need more nurses,', 'a disgrace.']);
  });

  it('drops a title followed by an appositive naming the work (`"…," a biography by …`, `One ad, "…," stars …`)', () => {
    const paragraphs = [
      'Later that month, the firm will publish “Harbor Days,” a biography written by two reporters.',
      'One ad, “Balanced Budget,” stars a teacher who says the plan would “cut class sizes.”',
    ];
    expect(textsOf(paragraphs)).toEqual(['cut class sizes.']);
  });

  it('keeps a quote followed by an appositive that names no work (a guard: `"…," the union chanted, a slogan …`)', () => {
    expect(textsOf(['“Stop the Cuts,” the union chanted, a slogan it has used for years.'])).toEqual(['Stop the Cuts,']);
  });

  it('drops a nickname inside a name (`John "Red" Hale`)', () => {
    const paragraphs = ['Former Marine John “Red” Hale said the decision was “disqualifying.”'];
    expect(textsOf(paragraphs)).toEqual(['disqualifying.']);
  });

  it('keeps a quoted word in a headline set in title case (a guard: `Felt "Invisible" As` is no name)', () => {
    expect(textsOf(['Maria Roe Explained Why She Felt “Invisible” As A Child.'])).toEqual(['Invisible']);
  });

  it('keeps a title-case slogan that a speaker chanted (a guard: no work noun or programme verb before it)', () => {
    const paragraphs = ['Hundreds of nurses marched to the statehouse, chanting “Fund Our Wards,” as the governor watched.'];
    expect(textsOf(paragraphs)).toEqual(['Fund Our Wards,']);
  });

  it('keeps a quote after a comma that follows a word of saying, not a work noun (a guard)', () => {
    const paragraphs = ['Ana Ruiz said in a speech, “We Will Win.”'];
    expect(textsOf(paragraphs)).toEqual(['We Will Win.']);
  });
});

describe('an organisation nominal refers back, never forward', () => {
  it('keeps `the company said` as written when the only company-like body is named later in the article', () => {
    const paragraphs = [
      'The company said on Friday that “the new filters are working.”',
      'A report from the Harbor Research Group found the same trend.',
    ];
    expect(quotesOf(paragraphs).map((quote) => [quote.speaker, quote.speakerKind])).toEqual([['the company', 'organisation']]);
  });

  it('still gives `the company said` to the one company named before it (a guard)', () => {
    const paragraphs = [
      'A report from the Harbor Research Group found a new trend.',
      'The company said on Friday that “the new filters are working.”',
    ];
    expect(quotesOf(paragraphs).map((quote) => [quote.speaker, quote.speakerKind])).toEqual([['Harbor Research Group', 'organisation']]);
  });
});

describe('a quantity of unnamed people is the speaker, as written', () => {
  const speakerOf = (paragraph: string) => quotesOf([paragraph]).map((quote) => [quote.speaker, quote.speakerKind]);

  it('gives `…; most said they were "…"` to `most`, an unnamed source', () => {
    expect(speakerOf('Nine in 10 farmers were worried about prices; most said they were “very worried.”')).toEqual([['most', 'descriptive']]);
  });

  it('gives `About four in 10 said` to the share with its word of approximation', () => {
    expect(speakerOf('About four in 10 said they were “angry” with the council.')).toEqual([['About four in 10', 'descriptive']]);
  });

  it('reads a capitalised quantifier as a description, not an organisation called `Others`', () => {
    expect(speakerOf('Others said the plan was “a disgrace.”')).toEqual([['others', 'descriptive']]);
  });
});

describe('a document speaks through an inverted `read`', () => {
  const speakerOf = (paragraphs: string[]) => quotesOf(paragraphs).map((quote) => [quote.text, quote.speaker]);

  it('gives `"…," read the statement, which …` to the statement', () => {
    expect(speakerOf(['“We regret the delay,” read the statement, which was sent to reporters late on Friday.'])).toEqual([['We regret the delay,', 'the statement']]);
  });

  it('gives `"…," reads a letter from the council` to the letter, as written', () => {
    expect(speakerOf(['“The road will reopen in May,” reads a letter from the council.'])).toEqual([['The road will reopen in May,', 'a letter from the council']]);
  });

  it('gives `read the statement` to the organisation the text says issued it (a guard: issuers still win)', () => {
    const paragraphs = ['The Harbor Group said in a statement on Friday that it was reviewing the case.', '“We regret the delay,” read the statement.'];
    expect(speakerOf(paragraphs)).toEqual([['We regret the delay,', 'Harbor Group']]);
  });
});

describe('`cite` attributes the short quotes in its sentence', () => {
  it('finds the partial quotes after `citing` in an endorsement', () => {
    expect(textsOf(['On Tuesday, Gov. Ana Roe endorsed him, citing his “long experience,” “steady hand” and patience.'])).toEqual(['long experience,', 'steady hand']);
  });
});

describe('a name followed by an appositive headed by an organisation noun is an organisation', () => {
  const speakersWithKinds = (paragraphs: string[]) => quotesOf(paragraphs).map((quote) => [quote.speaker, quote.speakerKind]);

  it('reads `Harbor Mobil, the oil company, said` as an organisation', () => {
    expect(speakersWithKinds(['Harbor Mobil, the oil company, said the reports were “deeply misleading.”'])).toEqual([['Harbor Mobil', 'organisation']]);
  });

  it('resolves a later `the company said` to it', () => {
    const paragraphs = ['Harbor Mobil, the oil company, denied the reports on Monday.', 'The company said it would “fight the claims in court.”'];
    expect(speakersWithKinds(paragraphs)).toEqual([['Harbor Mobil', 'organisation']]);
  });

  it('keeps a person whose appositive only mentions a body (`the former head of the agency`, `the company spokeswoman`)', () => {
    const paragraphs = [
      'Ana Roe, the former head of the agency, said the reports were “deeply misleading.”',
      'Mary Hale, the company spokeswoman, called them “a smear.”',
      'Tom Price, the company’s founder, said they were “false.”',
    ];
    expect(speakersWithKinds(paragraphs)).toEqual([['Ana Roe', 'named'], ['Mary Hale', 'named'], ['Tom Price', 'named']]);
  });
});

describe('`The` printed in capitals inside a sentence makes a one-word name a publication', () => {
  const speakersWithKinds = (paragraphs: string[]) => quotesOf(paragraphs).map((quote) => [quote.speaker, quote.speakerKind]);

  it('reads `"…," The Star reported` as an organisation, though Star is also a given name', () => {
    expect(speakersWithKinds(['“The count was close,” The Star reported.'])).toEqual([['Star', 'organisation']]);
  });

  it('keeps `The` that opens a sentence an ordinary article (a guard)', () => {
    const paragraphs = ['Star Hale spoke after the count.', '“The count was close.” The Star said more later: “We will appeal.”'];
    expect(speakersWithKinds(paragraphs).map(([, kind]) => kind)).not.toContain('organisation');
  });
});

describe('words of a named person reported through a noun of saying belong to that person', () => {
  it('gives `a harsh response from Tom Hale Jr., who suggested … "…"` to Tom Hale Jr.', () => {
    const paragraph = 'The idea drew a harsh response from Tom Hale Jr., who suggested in an interview that his rival was trying to “stay relevant.”';
    expect(quotesOf([paragraph]).map((quote) => quote.speaker)).toEqual(['Tom Hale Jr.']);
  });

  it('keeps `a spokesman for Ana Roe` a description of someone else (a guard: a role, not words)', () => {
    expect(quotesOf(['A spokesman for Ana Roe said the plan was “reckless.”']).map((quote) => quote.speaker)).toEqual(['a spokesman for Ana Roe']);
  });
});

describe('words framed as `in X’s words` belong to X', () => {
  const speakersWithKinds = (paragraphs: string[]) => quotesOf(paragraphs).map((quote) => [quote.text, quote.speaker, quote.speakerKind]);

  it('gives `because, in the union’s words, "…"` to the union, not the sentence’s subject', () => {
    const paragraph = 'The plant will close in June because, in the union’s words, “nobody is buying our steel.”';
    expect(speakersWithKinds([paragraph])).toEqual([['nobody is buying our steel.', 'the union', 'organisation']]);
  });

  it('gives a quote followed by `in Harbor Weekly’s words` to the publication', () => {
    const paragraph = 'The town was “the friendliest port on the coast,” in Harbor Weekly’s words.';
    expect(speakersWithKinds([paragraph])).toEqual([['the friendliest port on the coast,', 'Harbor Weekly', 'organisation']]);
  });

  it('resolves `in her words` to the woman named before', () => {
    const paragraphs = ['Ana Roe toured the new wing on Monday.', 'It was, in her words, “a fine piece of work.”'];
    expect(speakersWithKinds(paragraphs)).toEqual([['a fine piece of work.', 'Ana Roe', 'named']]);
  });
});

describe('a noun of saying with its owner after `of` reports the `that` clause after the owner', () => {
  it('gives `the contention of Ana Roe that … "…"` to Ana Roe', () => {
    expect(speakersOf(['The audit supports the contention of Ana Roe that the files were “over-filed.”'])).toEqual(['Ana Roe']);
  });

  it('does not count a long owner towards the distance (`the contention of former city clerk Ana Roe that …`)', () => {
    const paragraph = 'The audit supports the contention of former city clerk Ana Roe that some of her files were wrongly subjected to “over-filing.”';
    expect(speakersOf([paragraph])).toEqual(['Ana Roe']);
  });
});

describe('a text from a source introduced by a colon is the source’s', () => {
  it('gives `this headline from the Harbor Post, which …: "…"` to the Post', () => {
    const paragraph = 'And then came this new headline from the Harbor Post, which angered the mayor: “Rents rise again as buses run late.”';
    expect(speakersOf([paragraph])).toEqual(['the Harbor Post']);
  });

  it('gives `a statement from the ministry: "…"` to the ministry, not the statement', () => {
    expect(speakersOf(['Reporters were handed a statement from the ministry: “The bridge will reopen in May.”'])).toEqual(['the ministry']);
  });

  it('leaves a `from` that follows no text alone (a guard: `drove home from the Harbor Post:`)', () => {
    const paragraphs = ['Ana Roe drove home from the Harbor Post: “It was a long day at the office.”'];
    expect(speakersOf(paragraphs)).not.toContain('the Harbor Post');
  });
});

describe('a quote given as `the words` is words someone wrote or said', () => {
  it('finds the text of a posted image (`a picture bearing the words "…"`)', () => {
    const paragraph = 'Tom Hale on Sunday posted a picture of his rival beside a pile of cash bearing the words “worst mayor ever!” to wide anger.';
    expect(quotesOf([paragraph]).map((quote) => [quote.text, quote.speaker])).toEqual([['worst mayor ever!', 'Tom Hale']]);
  });

  it('finds the words someone refused to say', () => {
    expect(textsOf(['Ana Roe and other members refused to say the words “state failure,” a point her rivals seized on.'])).toEqual(['state failure,']);
  });

  it('leaves a bare name after `the words` a mention (a guard)', () => {
    expect(textsOf(['Almost any story with the words “Ana Roe” in its headline sells well.'])).toEqual([]);
  });
});
