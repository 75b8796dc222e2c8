import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOf } from './helpers';

describe('a bare time phrase between the speaker and the verb is not the speaker', () => {
  it('gives a partial quote to the senator in `Senator Ana Lund (D-Ohio) last week said …`', () => {
    const paragraphs = ['Senator Ana Lund (D-Ohio) last week said the mayor had never seen any "classified" memo.'];
    expect(speakersOf(paragraphs)).toEqual(['Ana Lund']);
  });

  it('steps over a day name (`Lund Monday called the plan "…"`) and `earlier this month`', () => {
    expect(speakersOf(['Ana Lund Monday called the harbour plan "a costly fantasy."'])).toEqual(['Ana Lund']);
    expect(speakersOf(['Tom Varga, the harbour master, earlier this month said the dredging was "long overdue."'])).toEqual(['Tom Varga']);
  });

  it('still reads `on Monday` as a setting before the speaker (a guard: the new step comes after it)', () => {
    expect(speakersOf(['Ana Lund on Monday called the harbour plan "a costly fantasy."'])).toEqual(['Ana Lund']);
  });
});

describe('`shot back` and `fired back` are verbs of saying even where the tagger reads a noun', () => {
  it('gives the quote after `shot back:` to the person who shot back', () => {
    const paragraphs = ['Asked whether the council should apologise, Mr. Varga shot back: "That would be a start."'];
    expect(speakersOf(paragraphs)).toEqual(['Varga']);
  });

  it('gives a partial quote in the `that` clause after `shot back` to its subject', () => {
    expect(speakersOf(['Tom Varga shot back that the plan was "pure fantasy."'])).toEqual(['Tom Varga']);
  });
});

describe('a quote reported through someone’s noun of saying, with a time phrase, an infinitive or a copula', () => {
  it('reads `her statement last week that "…"` as the owner’s words, not the words of the critics who seized on it', () => {
    const paragraphs = ['Ana Lund opened the new ferry terminal on Friday.', 'Critics seized on her statement last week that "the port is finished."'];
    expect(speakersOf(paragraphs)).toEqual(['Ana Lund']);
  });

  it('reads `her pledge to "…"` and `his promise to be "…"` as the owner’s words', () => {
    expect(speakersOf(['Ana Lund was re-elected after her pledge to "fix every road."'])).toEqual(['Ana Lund']);
    expect(speakersOf(['Tom Varga’s past remarks, including his promise to be "neutral" in the talks, worried the unions.'])).toEqual(['Tom Varga']);
  });

  it('reads `It was Varga’s rejection of "…"` as Varga’s words: a copula judges nothing', () => {
    expect(speakersOf(['It was Tom Varga’s rejection of "a politics of fear" that won the hall.'])).toEqual(['Tom Varga']);
  });

  it('still gives `dismissed Varga’s remarks as "…"` to the one who dismissed them (a guard)', () => {
    expect(speakersOf(['Ana Lund dismissed Tom Varga’s remarks as "noise."'])).toEqual(['Ana Lund']);
  });
});

describe('a participle after a reporting clause is done by the reporting clause’s subject', () => {
  it('gives `…, Roe said, adding that "…"` to Roe, not to the subject of the reported words', () => {
    const paragraphs = ['Tom Varga will open the ferry terminal this month, Ana Lund said, adding that "nothing is settled."'];
    expect(speakersOf(paragraphs)).toEqual(['Ana Lund']);
  });

  it('reads `Roe told reporters, calling …` the same way', () => {
    expect(speakersOf(['The harbour master will resign, Ana Lund told reporters, calling the decision "overdue."'])).toEqual(['Ana Lund']);
  });

  it('still gives a participle after the main clause to its subject (a guard)', () => {
    expect(speakersOf(['Ana Lund said the harbour master would resign, calling the decision "overdue."'])).toEqual(['Ana Lund']);
  });
});

describe('a participle after a comma is done by the main clause’s subject, whatever stands before the comma', () => {
  it('gives `Lund endorsed Varga at …, Varga’s own club, calling him "…"` to Lund, not to Varga', () => {
    const paragraphs = ['On Friday, Ana Lund endorsed Tom Varga at a rally at the Marina, Tom Varga’s own club, calling him "a builder of harbours."'];
    expect(speakersOf(paragraphs)).toEqual(['Ana Lund']);
  });
});

describe('a lone given name in an appositive after a description names the speaker', () => {
  it('gives `Varga’s son, Grant, said: "…"` to Grant, not to `Varga’s son`', () => {
    expect(speakersOf(['Tom Varga’s son, Grant, said: "He has changed a great deal."'])).toEqual(['Grant']);
  });

  it('does not read a place after a comma (`Springfield, Georgia,`) as such a name (a guard)', () => {
    const paragraphs = ['The report on the fire in Springfield, Georgia, shows that the alarm sounded long before officials began to call it an "accident."'];
    expect(speakersOf(paragraphs)).not.toContain('Georgia');
  });
});

describe('verbs stressed on the last syllable double their consonant (`referred`, `rebutted`)', () => {
  it('gives `Speaking on Monday, Lund referred to Varga as "…"` to Lund', () => {
    expect(speakersOf(['Speaking on Monday, Ana Lund referred to Tom Varga as "a tireless builder" and left.'])).toEqual(['Ana Lund']);
  });

  it('gives `Varga rebutted the charge as "…"` to Varga', () => {
    expect(speakersOf(['Speaking to reporters, Tom Varga rebutted the charge as "pure fiction."'])).toEqual(['Tom Varga']);
  });
});

describe('`that` right before a verb of saying stands for the noun before it', () => {
  it('gives `letters that called him "…"` to the letters, not to the speaker of an earlier verb in the sentence', () => {
    const paragraphs = ['Walter Hale sniped that the board was "asleep," while its members sent letters that called him "a dreamer."'];
    expect(speakersOf(paragraphs)).toEqual(['Walter Hale', 'letters']);
  });
});

describe('the given-name table is overruled only when every fitting mention comes before the last speaker’s words', () => {
  it('gives `she said` to the woman named after the man’s words, even though she was also named before them', () => {
    const paragraphs = [
      'Carla Mendes ran the company for six years.',
      'Walter Hale said that Mendes was "learning on the job," but Mendes and the board held firm.',
      '"This is a choice between charging ahead or retreating," she said at a conference.',
    ];
    expect(speakersOf(paragraphs)).toEqual(['Walter Hale', 'Carla Mendes']);
  });
});

describe('a name with a particle after an inverted verb (`said Federico de Souza`)', () => {
  it('reads the whole name after `said`, particle included', () => {
    expect(speakersOf(['"The count is not over," said Federico de Souza, a party strategist.'])).toEqual(['Federico de Souza']);
  });

  it('reads two particles in a row (`Maria de la Vega`)', () => {
    expect(speakersOf(['"The count is not over," said Maria de la Vega.'])).toEqual(['Maria de la Vega']);
  });
});

describe('`Asked which …,` opens a participle clause, never names a speaker', () => {
  it('gives the quote after `Asked which …, he demurred:` to the man named before, not to `Asked`', () => {
    const paragraphs = ['Tom Varga toured the county on Monday.', 'Asked which town was his favourite, he demurred: "Whichever one I am in."'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Varga']);
  });
});

describe('a reporting clause opened by `as` after a quote (`"…," as Roe said,`)', () => {
  it('gives the partial quote to the speaker after `as`', () => {
    const paragraphs = ['Ana Lund spoke first.', 'The fact that the race "is a dead heat," as Tom Varga said on Monday, only raises the stakes.'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Varga']);
  });
});

describe('a sentence in which a person tells, touts or blames makes that person the one a bare quote after it carries on', () => {
  it('gives a quote after `Lund touted her record.` to Lund, not to the speaker of the paragraph before', () => {
    const paragraphs = ['"We will organise every depot," Tom Varga said.', 'Ana Lund touted her record as a sponsor of the bill. "We need fair elections in every workplace."'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Varga', 'Ana Lund']);
  });

  it('does not take a verb of thinking as such a sentence: `Lund thought …` reports no words', () => {
    const paragraphs = ['"We will organise every depot," Tom Varga said. Ana Lund thought the bill fell short. "We start on Monday."'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Varga', 'Tom Varga']);
  });
});

describe('an opening setting (`Earlier this week,`, `In an interview,`) does not hide the subject that speaks', () => {
  it('gives the quote after `Earlier this week, Lund shared her worry with donors,` to Lund, not to the speaker before', () => {
    const paragraphs = [
      '"The polls are tight," Tom Varga said.',
      'Earlier this week, Ana Lund shared her worry with donors at a dinner, "I do not know which opponent will show up."',
    ];
    expect(speakersOf(paragraphs)).toEqual(['Tom Varga', 'Ana Lund']);
  });

  it('reads `In an interview,` the same way', () => {
    expect(speakersOf(['In an interview, Ana Lund shared her worry with the hall, "I do not know what will happen."'])).toEqual(['Ana Lund']);
  });
});

describe('`… ago` between the speaker and the verb is a time phrase too', () => {
  it('steps over `less than two weeks ago` and `two years ago`', () => {
    expect(speakersOf(['Ana Lund less than two weeks ago said for the first time that "classified" memos had reached her.'])).toEqual(['Ana Lund']);
    expect(speakersOf(['Ana Lund two years ago called the harbour plan "a costly fantasy."'])).toEqual(['Ana Lund']);
  });
});

describe('the subject of a participle after `with` (`…, with Sen. Roe calling it "…"`)', () => {
  it('gives the quote to the person after `with`, not to the subject of the main clause', () => {
    const paragraphs = ['Councillors who back the ferry were irritated by the plan, with Councillor Ana Lund calling it "a paper boat."'];
    expect(speakersOf(paragraphs)).toEqual(['Ana Lund']);
  });
});

describe('a subject `Roe and other officials` is led by the person named first', () => {
  it('gives the quote to Varga, not to `other harbour officials`', () => {
    expect(speakersOf(['Tom Varga and other harbour officials rejected the study, claiming that it was "a fantasy."'])).toEqual(['Tom Varga']);
  });
});

describe('an opening `as part of …,` is a setting too', () => {
  it('gives the quote to the subject after `Moreover, as part of the exchange with Lund,`, not to Lund', () => {
    const paragraphs = ['Ana Lund testified for three hours.', 'Moreover, as part of the exchange with Lund, Tom Varga referenced an audit report that "less than one percent of the records" were kept.'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Varga']);
  });
});

describe('a naming participle with `by` after the quote gives the words to the agent of `by`', () => {
  it('gives `called "…" by its residents` to the residents, not to the phrase that opens the sentence', () => {
    const paragraphs = ['Known for its river trade, the town, called "the Gateway" by its residents, has doubled in size.'];
    expect(speakersOf(paragraphs)).toEqual(['its residents']);
  });

  it('reads `called the "…" by`, `labelled "…" by` and `described as "…" by` the same way', () => {
    expect(speakersOf(['Port Alda, called the "Pearl of the Coast" by the fishermen, hosts the fair.'])).toEqual(['the fishermen']);
    expect(speakersOf(['The harbour plan, labelled "reckless" by critics on the council, passed on Monday.'])).toEqual(['critics on the council']);
    expect(speakersOf(['The ferry contract was described as "a scandal" by Ana Lund on Monday.'])).toEqual(['Ana Lund']);
  });

  it('leaves a time after `by` alone (`called "…" by 1900` names nobody)', () => {
    expect(speakersOf(['The town, called "the Gateway" by 1900, grew quickly.'])).toEqual([null]);
  });
});

describe('`he` or `she` after `told <someone> that` stands for the one who told', () => {
  it('gives `The mayor told radio host Tom Varga that he believes he "…"` to the mayor, not to the host', () => {
    const paragraphs = ['The mayor also told radio host Tom Varga that he believes he "may be the last of his kind."'];
    expect(speakersOf(paragraphs)).toEqual(['the mayor']);
  });

  it('leaves the addressee the speaker when the teller cannot be called by the pronoun (a guard)', () => {
    const paragraphs = ['Ana Lund met the harbour master on Friday.', 'The next day Mrs. Lund told radio host Tom Varga that he believes "nothing works."'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Varga']);
  });
});

describe('a relative named in full in passing does not take the surname from the person the paragraph is about', () => {
  it('gives `Lee said` to Tim Lee after `Lee, the younger brother of film legend Ron Lee, …`', () => {
    const paragraphs = [
      'Actor Tim Lee admits his choice is "not the most handsome man."',
      'Lee, the younger brother of film legend Ron Lee, endorsed Ana Lund in May.',
      '"When they look at her, they see a fighter," Lee said.',
    ];
    expect(speakersOf(paragraphs)).toEqual(['Tim Lee', 'Tim Lee']);
  });

  it('still gives `Clinton said` to Hillary Clinton once a new paragraph names her in full (a guard)', () => {
    const paragraphs = ['Bill Clinton spoke first. "We did well," Clinton said.', 'Then Hillary Clinton took the stage. "We will do better," Clinton said.'];
    expect(speakersOf(paragraphs)).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });
});

describe('the reporter’s `and I quote` between the verb and the quote names nobody', () => {
  it('gives `Lund said, and I quote, "…"` to Lund, not to a speaker `I`', () => {
    expect(speakersOf(['On Friday, Ana Lund said, and I quote, "We will not back down."'])).toEqual(['Ana Lund']);
  });

  it('reads an aside set off by dashes (`told the council — I quote — "…"`) the same way', () => {
    expect(speakersOf(['Ana Lund told the council — I quote — "We will not back down."'])).toEqual(['Ana Lund']);
  });
});

describe('a quote the subject cites before their own verb of saying is the subject’s', () => {
  it('gives `Lund, citing "…," said` to Lund', () => {
    expect(speakersOf(['Ana Lund, citing "the quiet charm of the harbour," said the town would grow.'])).toEqual(['Ana Lund']);
  });

  it('reads a comma after the marks and another verb of saying (`, told the council`) the same way', () => {
    expect(speakersOf(['Tom Varga, citing "grave concerns", told the council to wait.'])).toEqual(['Tom Varga']);
  });
});

describe('a label that ends in a name and a colon gives the quote to the name', () => {
  it('reads a title in lower case before the name (`Former secretary of state Jane Roe: "…"`)', () => {
    expect(speakersOf(['Former secretary of state Ana Lund: "We will not back down."'])).toEqual(['Ana Lund']);
  });

  it('starts the name at its given name, not at the title (`Secretary of State Ana Lund:` was `Secretary`)', () => {
    expect(speakersOf(['Secretary of State Ana Lund: "We will not back down."'])).toEqual(['Ana Lund']);
  });
});

describe('a conclusion or an assessment someone states reports their words', () => {
  it('gives the quote in `Lund’s conclusion that … "…"` to Lund, not to the sentence’s subject', () => {
    const paragraphs = ['The council was stung by inspector Ana Lund’s conclusion that the repairs were "badly botched."'];
    expect(speakersOf(paragraphs)).toEqual(['Ana Lund']);
  });

  it('reads `his assessment that … "…"` the same way, through the pronoun', () => {
    const paragraphs = ['Tom Varga toured the dam on Monday.', 'Engineers disputed his assessment that the wall was "close to failing."'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Varga']);
  });
});

describe('`From` after a given name is a surname', () => {
  it('names the speaker `Al From`, not `Al`, in `said Al From, who …`', () => {
    const paragraphs = ['"We lost three elections in a row," said Al From, who founded the group.'];
    expect(speakersOf(paragraphs)).toEqual(['Al From']);
  });

  it('leaves `From` a preposition where it opens a phrase (`From the start, Ana Lund said …`)', () => {
    expect(speakersOf(['From the start, Ana Lund said the bridge was "doomed."'])).toEqual(['Ana Lund']);
  });
});

describe('`someone` is a speaker the reader cannot name', () => {
  it('gives `Someone in the crowd yelled, "…"` to that unnamed person', () => {
    expect(quotesOf(['Someone in the crowd yelled, "Liar!"']).map((quote) => [quote.speaker, quote.speakerKind])).toEqual([['Someone in the crowd', 'descriptive']]);
  });

  it('reads a bare `somebody` before a verb of saying the same way', () => {
    expect(speakersOf(['The hall went quiet. Somebody called the plan "a quiet robbery."'])).toEqual(['Somebody']);
  });
});

describe('a quote introduced inside an opening `When` clause belongs to that clause’s subject', () => {
  it('gives `When someone … shouted, "…," Roe joked, "…"` first to the shouter, then to Roe', () => {
    const paragraphs = ['When someone in the gallery shouted, "Resign," Ana Lund joked, "Not before lunch."'];
    expect(speakersOf(paragraphs)).toEqual(['someone in the gallery', 'Ana Lund']);
  });

  it('reads a named subject in an `As` clause the same way', () => {
    const paragraphs = ['As Tom Varga told reporters, "We are ready," Ana Lund nodded and said, "So are we."'];
    expect(speakersOf(paragraphs)).toEqual(['Tom Varga', 'Ana Lund']);
  });

  it('does not take the clause opener into the speaker (`Then someone in the crowd yelled`)', () => {
    expect(speakersOf(['The hall went quiet. Then someone in the crowd yelled, "Liar!"'])).toEqual(['someone in the crowd']);
  });
});

describe('`From` between a quote and a verb of saying is the speaker’s surname', () => {
  it('gives `"…," From said` to Al From, named earlier, and carries him to the next quote', () => {
    const paragraphs = ['Al From helped found the council in 1985.', 'Voters saw the party as "soft on everything," From said. "We had to change that."'];
    expect(speakersOf(paragraphs)).toEqual(['Al From', 'Al From']);
  });

  it('reads a comma outside the marks the same way (`"…", From told the panel`)', () => {
    expect(speakersOf(['Al From spoke last.', '"It was a different world", From told the panel.'])).toEqual(['Al From']);
  });
});
