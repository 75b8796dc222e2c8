import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../shared/article/text';

/** The definition the counter follows, as a pattern: runs of letters or digits joined by inner apostrophes and hyphens. */
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const byPattern = (text: string) => text.match(wordPattern)?.length ?? 0;

/** Characters that sit on the edges of the definition: joiners, spaces, accents, other scripts, astral letters and digits, lone surrogates. */
const alphabet = ['a', 'Z', '7', "'", '’', '-', ' ', '\n', '.', '—', 'é', 'ß', 'ж', '中', 'ا', '٣', '\u0301', '𝒜', '𝟘', '😀', '\ud800', '\udc00', '_', '‘'];

/** A small deterministic generator, so a failure names a text that can be run again. */
function randomTexts(count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state;
  };
  return Array.from({ length: count }, () => Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join(''));
}

describe('countWords', () => {
  it('counts runs of letters and digits, joining them across inner apostrophes and hyphens', () => {
    expect(countWords('')).toBe(0);
    expect(countWords("The mayor's well-known 2024 plan — isn't it?")).toBe(7);
    expect(countWords("rock 'n' roll -- end-")).toBe(4);
    expect(countWords('café 中文 𝒜𝒜 😀 naïve')).toBe(4);
  });

  it('gives the pattern’s count on 20,000 random texts made of edge characters', () => {
    for (const text of randomTexts(20_000, 13)) expect([text, countWords(text)]).toEqual([text, byPattern(text)]);
  });
});
