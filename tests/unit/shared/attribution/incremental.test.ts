import { describe, expect, it } from 'vitest';
import { normalisedBody } from '../../../../shared/attribution/cache';
import { createAnalyser } from '../../../../shared/attribution/index';
import { normaliseQuoteText } from '../../../../shared/attribution/normalise';
import type { AnalyserInput, ExplicitLink } from '../../../../shared/attribution/types';
import { createAnalysisHost } from '../../../../renderer/analysis/analysisHost';
import { createLongLivedAnalyser } from '../../../../renderer/analysis/analyser';
import type { ParagraphInput } from '../../../../renderer/analysis/protocol';

/** mulberry32: a small seeded generator, so a failing step can be replayed from its number. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A quote-heavy story written for this test: names and surnames, titles, pronouns, organisations, acronyms, documents, continuations. */
const story = [
  'LAKESIDE — The Lakeside Transit Authority (LTA) voted on Tuesday to close three night bus routes from March.',
  '“We cannot run empty buses at two in the morning,” authority chair Dr. Helen Okafor said after the vote.',
  'Okafor said the savings, about $4 million a year, would pay for more frequent daytime service.',
  '“Riders told us what they wanted,” she said. “Daytime buses, every ten minutes.”',
  'Night-shift nurse Marco Bellini, who rides the 14 bus home from St. Anne’s Hospital, called the decision “a slap in the face.”',
  '"I finish at one," Bellini said. "What am I supposed to do, walk?"',
  '“We will look at a shuttle for hospital staff,” he was told by a board member who asked not to be named.',
  'In a statement, the Riders Union said the vote ignored 2,000 public comments. “This was decided before anyone spoke,” the statement read.',
  'The union’s president, Ana Ruiz, said it would ask the city council to intervene.',
  '“The council funds a third of this system,” Ruiz said. “It has a say.”',
  'Council member James Ruiz, no relation, said he had not seen the plan.',
  '“I will read it this week,” Ruiz said.',
  'The authority said the routes would end on March 3. “Nothing is final until the council signs off,” it added.',
  '“We are listening,” Okafor said.',
  // No quote and no cue, so not tagged: whether "Building" and "Union" open a name depends on whether the article writes them in lower case elsewhere.
  'Building crews from Dunmore Marine started work on the garage in May.',
  'Union organisers handed out leaflets at the garage gates.',
  'Dunmore said the garage would reopen in June.',
];

const sources: NonNullable<AnalyserInput['sources']> = [
  { id: 's-okafor', name: 'Helen Okafor', title: 'chair, Lakeside Transit Authority', kind: 'person', level: 'on-record', anonymityReason: '' },
  { id: 's-board', name: 'a board member', title: '', kind: 'person', level: 'anonymous', anonymityReason: 'not authorised to speak' },
];

const pullQuotes = [
  { text: 'We cannot run empty buses at two in the morning', sourceId: 's-okafor' },
  { text: 'Riders told us what they wanted', sourceId: null },
];

/** Pieces an editor might type: words, names, quotation marks, cues, pronouns, paragraph breaks. */
const typed = [' building', ' union', ' Building', ' building', ' union', 'x', ' ', 'e', '“', '”', '"', ',', '.', ' said Okafor', ' she said', ' he added', ' Ruiz', ' the union', 'Bellini ', ' Helen', 'The ', '—'];

type Edit = (paragraphs: ParagraphInput[], next: () => number) => void;

const pick = <T,>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)] as T;

function at(paragraphs: ParagraphInput[], next: () => number): { index: number; paragraph: ParagraphInput; offset: number } {
  const index = Math.floor(next() * paragraphs.length);
  const paragraph = paragraphs[index] as ParagraphInput;
  return { index, paragraph, offset: Math.floor(next() * (paragraph.text.length + 1)) };
}

/** The edits, each as the renderer would send it: a paragraph's new text, a split, a join, a deletion, a pasted paragraph. */
const edits: Edit[] = [
  (paragraphs, next) => {
    const { paragraph, offset } = at(paragraphs, next);
    paragraph.text = paragraph.text.slice(0, offset) + pick(typed, next) + paragraph.text.slice(offset);
  },
  (paragraphs, next) => {
    const { paragraph, offset } = at(paragraphs, next);
    paragraph.text = paragraph.text.slice(0, offset) + paragraph.text.slice(offset + 1 + Math.floor(next() * 6));
  },
  (paragraphs, next) => {
    const { index, paragraph, offset } = at(paragraphs, next);
    paragraphs.splice(index, 1, { text: paragraph.text.slice(0, offset), links: [] }, { text: paragraph.text.slice(offset), links: [] });
  },
  (paragraphs, next) => {
    if (paragraphs.length < 2) return;
    const index = Math.floor(next() * (paragraphs.length - 1));
    paragraphs.splice(index, 2, { text: `${paragraphs[index]?.text ?? ''}${paragraphs[index + 1]?.text ?? ''}`, links: [] });
  },
  (paragraphs, next) => {
    if (paragraphs.length > 3) paragraphs.splice(Math.floor(next() * paragraphs.length), 1);
  },
  (paragraphs, next) => {
    paragraphs.splice(Math.floor(next() * (paragraphs.length + 1)), 0, { text: pick(story, next), links: [] });
  },
  (paragraphs, next) => {
    const { paragraph } = at(paragraphs, next);
    paragraph.text = paragraph.text.replace(pick(['Okafor', 'Ruiz', 'said', '“', 'she', 'Authority'], next), pick(['Okafor', 'Ruiz', 'told', '"', 'he', 'Agency'], next));
  },
];

function inputOf(paragraphs: readonly ParagraphInput[]): AnalyserInput {
  const links: ExplicitLink[] = paragraphs.flatMap((paragraph, index) => paragraph.links.map((link) => ({ paragraph: index, ...link })));
  return { paragraphs: paragraphs.map((paragraph) => paragraph.text), links, sources, pullQuotes, reviews: {} };
}

describe('incremental analysis', () => {
  it('equals a full analysis after each of 250 random edits to a quote-heavy article (seeded)', () => {
    const next = random(20_261_129);
    const long = createAnalyser();
    const small = createAnalyser({ maxCachedParagraphs: 4 });
    const paragraphs: ParagraphInput[] = story.map((text, index) => ({ text, links: index === 6 ? [{ start: 0, end: 38, sourceId: 's-board' }] : [] }));
    let quotes = 0;
    for (let step = 0; step < 250; step += 1) {
      const edit = edits[Math.floor(next() * edits.length)] as Edit;
      edit(paragraphs, next);
      const input = inputOf(paragraphs);
      const full = createAnalyser().analyse(input);
      expect(long.analyse(input), `step ${step}`).toEqual(full);
      if (step % 10 === 0) expect(small.analyse(input), `step ${step}, small cache`).toEqual(full);
      quotes += full.quotes.length;
    }
    // The edits keep the story quote-heavy, so the comparison covers attributed quotes, not empty answers.
    expect(quotes / 250).toBeGreaterThan(5);
  });

  it('equals a full analysis when several random edits arrive between analyses (seeded)', () => {
    const next = random(1_129);
    const analyser = createAnalyser();
    const paragraphs: ParagraphInput[] = story.map((text) => ({ text, links: [] }));
    for (let step = 0; step < 300; step += 1) {
      const edit = edits[Math.floor(next() * edits.length)] as Edit;
      edit(paragraphs, next);
      if (step % 7 !== 0) continue;
      const input = inputOf(paragraphs);
      expect(analyser.analyse(input), `step ${step}`).toEqual(createAnalyser().analyse(input));
    }
  });

  it('equals a full analysis after rehearsals of other edits, and keeps answering an unchanged article with the same object (seeded)', () => {
    const next = random(2_026);
    const analyser = createAnalyser();
    const paragraphs: ParagraphInput[] = story.map((text) => ({ text, links: [] }));
    for (let step = 0; step < 60; step += 1) {
      const edit = edits[Math.floor(next() * edits.length)] as Edit;
      edit(paragraphs, next);
      const input = inputOf(paragraphs);
      const answer = analyser.analyseMatched(input);
      // A warm-up: other edits analysed and dropped, then the article as it stands.
      const rehearsed = paragraphs.map((paragraph) => ({ ...paragraph }));
      edits[Math.floor(next() * edits.length)]?.(rehearsed, next);
      analyser.rehearse(inputOf(rehearsed));
      analyser.rehearse(input);
      expect(analyser.analyseMatched(input), `step ${step}`).toBe(answer);
      expect(answer, `step ${step}`).toMatchObject(createAnalyser().analyse(input));
    }
  });

  /** Named edits at the start, middle and end of the story, each checked against a fresh analysis. */
  const targeted: { name: string; edit: (paragraphs: string[]) => void }[] = [
    { name: 'a letter typed at the end of the first paragraph', edit: (p) => { p[0] += 'x'; } },
    { name: 'a letter typed in the middle paragraph', edit: (p) => { p[8] = (p[8] as string).replace('president', 'presidentx'); } },
    { name: 'a letter typed at the end of the last paragraph', edit: (p) => { p[p.length - 1] += 'x'; } },
    { name: 'the speaker of a quote changed', edit: (p) => { p[5] = (p[5] as string).replace('Bellini said', 'Okafor said'); } },
    { name: 'a cue turned into a pronoun', edit: (p) => { p[9] = (p[9] as string).replace('Ruiz said', 'she said'); } },
    { name: 'a closing quotation mark removed', edit: (p) => { p[3] = (p[3] as string).replace('wanted,”', 'wanted,'); } },
    { name: 'a quotation mark added at the start', edit: (p) => { p[0] = `“${p[0] as string}`; } },
    { name: 'a quotation mark added in the middle', edit: (p) => { p[10] = (p[10] as string).replace('had not', '“had not'); } },
    { name: 'a paragraph split before its cue', edit: (p) => { const text = p[13] as string; p.splice(13, 1, text.slice(0, 18), text.slice(18)); } },
    { name: 'two paragraphs merged', edit: (p) => { p.splice(4, 2, `${p[4] as string} ${p[5] as string}`); } },
    { name: 'the first paragraph deleted', edit: (p) => { p.splice(0, 1); } },
    { name: 'a full name added that a surname elsewhere resolves to', edit: (p) => { p[15] += ' Ana Okafor said so.'; } },
    // The people-and-organisations list is kept between analyses while the name runs decide the same one; each of these changes it.
    { name: 'a person’s name changed', edit: (p) => { p[4] = (p[4] as string).replace(/Bellini|Bellamy/, (name) => (name === 'Bellini' ? 'Bellamy' : 'Bellini')); } },
    { name: 'a namesake added', edit: (p) => { p[16] += ' “It will be late,” said Carla Okafor, her sister.'; } },
    { name: 'a namesake removed', edit: (p) => { p[10] = (p[10] as string).replace('James Ruiz', 'James Reyes'); } },
    { name: 'a gender pronoun changed', edit: (p) => { p[3] = (p[3] as string).replace(/\b(she|he) said/, (_, pronoun: string) => `${pronoun === 'she' ? 'he' : 'she'} said`); } },
    { name: 'an organisation renamed', edit: (p) => { p[0] = (p[0] as string).replace(/Transit (Authority|Agency)/, (_, noun: string) => `Transit ${noun === 'Authority' ? 'Agency' : 'Authority'}`); } },
    { name: 'a gendered title added to a surname', edit: (p) => { p[5] = (p[5] as string).replace(/(Mr\. )*Bellini said/, 'Mr. Bellini said'); } },
    { name: 'a letter typed before a name in its paragraph', edit: (p) => { p[8] = `x${p[8] as string}`; } },
    { name: 'a paragraph naming nobody inserted, moving every later mention', edit: (p) => { p.splice(2, 0, 'The meeting ran late.'); } },
  ];

  it.each(targeted)('equals a full analysis after $name, resuming the sieve from the edit', ({ edit }) => {
    const analyser = createAnalyser();
    const paragraphs = [...story, ...story.slice(0, 6)];
    const asInput = (texts: string[]): AnalyserInput => ({ paragraphs: [...texts], links: [], sources, pullQuotes, reviews: {} });
    analyser.analyse(asInput(paragraphs));
    // A second edit after the first, so the resumed run is itself resumed from.
    for (let round = 0; round < 2; round += 1) {
      edit(paragraphs);
      const input = asInput(paragraphs);
      expect(analyser.analyse(input), `round ${round}`).toEqual(createAnalyser().analyse(input));
    }
  });

  it('reruns only a few paragraphs after a letter typed where no speaker changes', () => {
    const analyser = createAnalyser();
    const paragraphs = [...story, ...story, ...story];
    analyser.analyse({ paragraphs: [...paragraphs], sources, pullQuotes });
    paragraphs[20] += 'x';
    const input = { paragraphs: [...paragraphs], sources, pullQuotes };
    expect(analyser.analyse(input)).toEqual(createAnalyser().analyse(input));
    const { from, to, isResumed } = analyser.lastSieve;
    expect(isResumed).toBe(true);
    expect(from).toBe(20);
    expect(to - from).toBeLessThanOrEqual(4);
  });

  it('keeps the people-and-organisations list after edits that name no one new, and builds it again after a name changes', () => {
    const analyser = createAnalyser();
    const paragraphs = [...story, ...story];
    const check = (): void => {
      const input = { paragraphs: [...paragraphs], sources, pullQuotes };
      expect(analyser.analyse(input)).toEqual(createAnalyser().analyse(input));
    };
    check();
    const built = analyser.registryStats.built;
    paragraphs[20] += ' The meeting ran late.';
    check();
    paragraphs.splice(3, 0, 'Nothing was decided.');
    check();
    paragraphs[9] = `Late on Tuesday, ${paragraphs[9] as string}`;
    check();
    expect(analyser.registryStats).toEqual({ built, kept: 3 });
    // The sieve read the list it read last time, so it did not build and compare the list's shape again.
    expect(analyser.lastSieve.isRegistryKept).toBe(true);
    const council = paragraphs.findIndex((text) => text.includes('James Ruiz'));
    paragraphs[council] = (paragraphs[council] as string).replace('James Ruiz', 'James Reyes');
    check();
    expect(analyser.registryStats).toEqual({ built: built + 1, kept: 3 });
    expect(analyser.lastSieve.isRegistryKept).toBe(false);
  });

  it('gives quotes the source of a name changed in place in the sources list, as a fresh analysis does', () => {
    const analyser = createAnalyser();
    const official = { id: 's-official', name: 'a transit official', title: '', kind: 'person' as const, level: 'anonymous' as const, anonymityReason: 'not authorised' };
    const own = [...sources, official];
    const paragraphs = [...story, '“We cannot run empty buses at all,” a transit official said.'];
    const input = (): AnalyserInput => ({ paragraphs: [...paragraphs], sources: own, pullQuotes });
    const officialSource = (): string | null | undefined => analyser.analyse(input()).quotes.find((quote) => quote.speaker === 'a transit official')?.sourceId;
    expect(officialSource()).toBe('s-official');
    // The same array, changed in place: no registry entity stands for an unnamed source, so its quote is matched by name and level.
    official.name = 'an official of the authority';
    Object.assign(official, { level: 'on-record' });
    paragraphs[2] += 'x';
    expect(analyser.analyse(input())).toEqual(createAnalyser().analyse(input()));
    expect(officialSource()).toBe(null);
  });

  it('warns of a link that names another source than the text only while the sources say so, as a fresh analysis does', () => {
    const analyser = createAnalyser();
    const lugo = { id: 's-lugo', name: 'Ana Lugo', title: 'Mayor', kind: 'person' as const, level: 'on-record' as const, anonymityReason: '' };
    const ortiz = { id: 's-ortiz', name: 'Ben Ortiz', title: 'Deputy Mayor', kind: 'person' as const, level: 'on-record' as const, anonymityReason: '' };
    const paragraphs = [...story, '"We will rebuild," Mayor Ana Lugo said.'];
    const links: ExplicitLink[] = [{ paragraph: story.length, start: 1, end: 16, sourceId: 's-ortiz' }];
    const conflicts = (input: AnalyserInput): number => analyser.analyse(input).findings.filter((finding) => finding.code === 'conflicting-attribution').length;
    const withSources = (list: AnalyserInput['sources']): AnalyserInput => ({ paragraphs: [...paragraphs], links, sources: list, pullQuotes });
    // The text names Ana Lugo; the link says Ben Ortiz.
    expect(conflicts(withSources([lugo, ortiz]))).toBe(1);
    // Ana Lugo's source now carries the id the link names, so text and link agree.
    const renamed = [{ ...lugo, id: 's-ortiz' }];
    expect(conflicts(withSources(renamed))).toBe(0);
    expect(analyser.analyse(withSources(renamed))).toEqual(createAnalyser().analyse(withSources(renamed)));
    // Back to the first list: the answer kept for the same quotes under the other sources must not be reused.
    expect(conflicts(withSources([lugo, ortiz]))).toBe(1);
    expect(analyser.analyse(withSources([lugo, ortiz]))).toEqual(createAnalyser().analyse(withSources([lugo, ortiz])));
  });

  it('offers paragraphs to the language layer again when the speech verbs change, though their text did not', () => {
    const analyser = createAnalyser();
    // No quotation mark and no default speech verb: tagged only once "grumbled" counts as one.
    const paragraphs = [...story, 'Okafor grumbled about the budget on Tuesday night.', 'Dunmore grumbled too.'];
    const verbs = ['said', 'grumbled'];
    const inputs: AnalyserInput[] = [
      { paragraphs: [...paragraphs], sources, pullQuotes },
      { paragraphs: [...paragraphs], sources, pullQuotes, speechVerbs: verbs },
      { paragraphs: [...paragraphs.slice(0, -1), 'Dunmore grumbled too, loudly.'], sources, pullQuotes, speechVerbs: verbs },
      { paragraphs: [...paragraphs], sources, pullQuotes },
    ];
    for (const [index, input] of inputs.entries()) expect(analyser.analyse(input), `analysis ${index}`).toEqual(createAnalyser().analyse(input));
  });

  it('counts how often the random edits resume the sieve, so the comparison above covers resumed runs', () => {
    const next = random(7);
    const analyser = createAnalyser();
    const paragraphs: ParagraphInput[] = story.map((text) => ({ text, links: [] }));
    let resumed = 0;
    let stoppedEarly = 0;
    let keptShape = 0;
    const registries = analyser.registryStats;
    for (let step = 0; step < 120; step += 1) {
      (edits[Math.floor(next() * edits.length)] as Edit)(paragraphs, next);
      const input = inputOf(paragraphs);
      expect(analyser.analyse(input), `step ${step}`).toEqual(createAnalyser().analyse(input));
      if (analyser.lastSieve.isResumed) resumed += 1;
      if (analyser.lastSieve.to < paragraphs.length) stoppedEarly += 1;
      if (analyser.lastSieve.isRegistryKept) keptShape += 1;
    }
    // The sieve skipped comparing the list's shape on many of them (the list was kept), and the answers still equal fresh ones.
    expect(keptShape).toBeGreaterThan(20);
    expect(resumed).toBeGreaterThan(30);
    expect(stoppedEarly).toBeGreaterThan(10);
    // Many of the random edits keep the people-and-organisations list, so the comparison covers a kept list too.
    const kept = analyser.registryStats.kept - registries.kept;
    expect(kept).toBeGreaterThan(20);
    expect(analyser.registryStats.built - registries.built).toBeGreaterThan(5);
  });

  it('equals a full analysis when the worker host receives the same edits as one-paragraph splices', () => {
    const next = random(42);
    const host = createAnalysisHost(createLongLivedAnalyser(), () => 0);
    let paragraphs: ParagraphInput[] = story.map((text) => ({ text, links: [] }));
    host.apply({ type: 'update', version: 1, splice: { start: 0, deleteCount: 0, paragraphs }, context: { sources, reviews: {}, pullQuotes } });
    const first = host.analyse();
    if (first.type !== 'result') throw new Error(`first analysis answered ${first.type}`);
    let shown = first.analysis;
    for (let step = 0; step < 100; step += 1) {
      const before = paragraphs.map((paragraph) => ({ ...paragraph }));
      const after = before.map((paragraph) => ({ ...paragraph }));
      (edits[Math.floor(next() * edits.length)] as Edit)(after, next);
      let start = 0;
      while (start < before.length && start < after.length && before[start]?.text === after[start]?.text) start += 1;
      let tail = 0;
      while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail]?.text === after[after.length - 1 - tail]?.text) tail += 1;
      host.apply({ type: 'update', version: step + 2, splice: { start, deleteCount: before.length - start - tail, paragraphs: after.slice(start, after.length - tail) }, context: {} });
      const reply = host.analyse();
      expect(reply.type, `step ${step}`).not.toBe('failed');
      // "unchanged" means the analysis shown last still holds.
      if (reply.type === 'result') shown = reply.analysis;
      const full = createAnalyser().analyse(inputOf(after));
      expect({ quotes: shown.quotes, findings: shown.findings }, `step ${step}`).toEqual(full);
      paragraphs = after;
    }
    expect(host.paragraphCount).toBe(paragraphs.length);
  });

  it('answers pull-quote questions after each small edit as searching the whole normalised body would', () => {
    const next = random(5);
    let paragraphs = [...story];
    const asked = new Set<string>(['riders told us what they wanted', 'nothing is final until the council', 'walk? night-shift', 'we are listening”']);
    let found = 0;
    for (let step = 0; step < 300; step += 1) {
      const index = Math.floor(next() * paragraphs.length);
      const text = paragraphs[index] as string;
      const offset = Math.floor(next() * (text.length + 1));
      const action = next();
      if (action < 0.5) paragraphs[index] = text.slice(0, offset) + pick([' ', 'x', 'the ', '“', '.', ' we are'], next) + text.slice(offset);
      else if (action < 0.75) paragraphs[index] = text.slice(0, offset) + text.slice(offset + 1 + Math.floor(next() * 8));
      else if (action < 0.85 && paragraphs.length > 2) paragraphs.splice(index, 1);
      else if (action < 0.95) paragraphs.splice(index, 0, pick(story, next));
      else paragraphs = [...paragraphs];
      const whole = normaliseQuoteText(paragraphs.join(' '));
      // Ask about words that are there now, across a paragraph break too, and keep asking about them after later edits.
      const from = Math.floor(next() * Math.max(1, whole.length - 40));
      const sample = normaliseQuoteText(whole.slice(from, from + 10 + Math.floor(next() * 60)));
      if (sample !== '' && asked.size < 60) asked.add(sample);
      const body = normalisedBody(paragraphs);
      for (const question of asked) {
        const wanted = normaliseQuoteText(question);
        if (wanted === '') continue;
        const answer = body.includes(wanted);
        expect(answer, `step ${step}: ${JSON.stringify(wanted)}`).toBe(whole.includes(wanted));
        if (answer) found += 1;
      }
    }
    expect(found).toBeGreaterThan(1000);
  });
});
