import { describe, expect, it } from 'vitest';
import { buildArticle, Vocabulary } from '../../../../shared/attribution/article';
import { cacheStats, normalisedBody, ParagraphStore } from '../../../../shared/attribution/cache';
import { createAnalyser } from '../../../../shared/attribution/index';
import { languageStats } from '../../../../shared/attribution/language';
import { normaliseQuoteText } from '../../../../shared/attribution/normalise';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const story = [
  'The harbour board met on Monday to vote on the new ferry timetable.',
  '“The early sailing is not going anywhere,” board chair Ines Marlow said after the vote.',
  'Building crews from Dunmore Marine started work on the pier in May.',
  'Marlow said the board would review the winter fares in March.',
  '"We heard the islanders, and we changed the plan," she said.',
  'Deckhand Tom Reyes, who has worked the route for 20 years, was not convinced.',
  '“Nobody asked the crews,” Reyes said. “Nobody ever does.”',
  'The timetable takes effect on June 1.',
];

const runWords = (texts: string[], options: Parameters<typeof buildArticle>[1] = {}) => buildArticle(texts, options).paragraphs.map((paragraph) => paragraph.runs.map((run) => run.words.join(' ')));

describe('the per-paragraph cache', () => {
  it('after a one-character edit tags and finds names again only in the paragraph that changed, and answers as a fresh analysis does', () => {
    const analyser = createAnalyser();
    analyser.analyse({ paragraphs: story });
    const edited = [...story];
    edited[5] = `${story[5]}x`;
    const tagged = languageStats.paragraphs;
    const computed = cacheStats.runsComputed;
    const result = analyser.analyse({ paragraphs: edited });
    // Paragraph 5 has no quote and no cue, so it is not tagged; its names are found again, and nobody else's.
    expect(languageStats.paragraphs - tagged).toBe(0);
    expect(cacheStats.runsComputed - computed).toBe(1);
    edited[6] = `${story[6]} `;
    analyser.analyse({ paragraphs: edited });
    expect(languageStats.paragraphs - tagged).toBe(1);
    expect(result).toEqual(createAnalyser().analyse({ paragraphs: edited.map((text, index) => (index === 6 ? story[6]! : text)) }));
  });

  it('finds a paragraph’s names again when an edit elsewhere changes whether its first word is an ordinary word', () => {
    const store = new ParagraphStore(100);
    const vocabulary = new Vocabulary();
    const texts = ['Building crews worked late on the pier.', 'The ferry ran on time.'];
    const before = runWords(texts, { store, vocabulary });
    expect(before[0]).toContain('Building');
    // The article now writes "building" in lower case, so the opener of paragraph 0 is an ordinary word.
    const edited = [texts[0]!, 'The ferry ran on time past the building.'];
    const after = runWords(edited, { store, vocabulary });
    expect(after[0]).not.toContain('Building');
    expect(after).toEqual(runWords(edited));
  });

  it('gives, through a long run of random edits, exactly the answer of a fresh analysis each time', () => {
    const next = random(7);
    const analyser = createAnalyser({ maxCachedParagraphs: 6 });
    let texts = [...story];
    const pieces = [' said Marlow', ' “We will see,”', ' building', 'x', ' Reyes', ' she added.', '"', ' Building'];
    for (let step = 0; step < 40; step += 1) {
      const at = Math.floor(next() * texts.length);
      const action = next();
      if (action < 0.6) texts[at] = texts[at]! + pieces[Math.floor(next() * pieces.length)]!;
      else if (action < 0.75) texts.splice(at, 0, story[Math.floor(next() * story.length)]!);
      else if (action < 0.9 && texts.length > 2) texts.splice(at, 1);
      else texts = texts.map((text) => text);
      expect(analyser.analyse({ paragraphs: texts, pullQuotes: [{ text: 'Nobody asked the crews', sourceId: null }] }), `step ${step}`).toEqual(
        createAnalyser().analyse({ paragraphs: texts, pullQuotes: [{ text: 'Nobody asked the crews', sourceId: null }] }),
      );
    }
  });

  it('reads the body for pull quotes as normalising the whole body would, within and across paragraphs', () => {
    const next = random(11);
    const alphabet = ['a', 'B', ' ', '  ', '\n', '“', '”', '"', '’', "'", '.', ',', '—', 'ﬁ', 'Ω', '\u00a0', '!', 'x'];
    for (let trial = 0; trial < 300; trial += 1) {
      const paragraphs = Array.from({ length: 1 + Math.floor(next() * 4) }, () => Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join(''));
      const whole = normaliseQuoteText(paragraphs.join(' '));
      const body = normalisedBody(paragraphs);
      for (let start = 0; start < whole.length; start += 1) {
        for (let end = start + 1; end <= Math.min(whole.length, start + 8); end += 1) {
          const text = normaliseQuoteText(whole.slice(start, end));
          if (text !== '') expect(body.includes(text), JSON.stringify({ paragraphs, text })).toBe(whole.includes(text));
        }
      }
      expect(body.includes('zzz')).toBe(false);
    }
  });

  it('refuses a store size that is not a positive integer', () => {
    expect(() => new ParagraphStore(0)).toThrow(/positive integer, got 0/);
  });
});
