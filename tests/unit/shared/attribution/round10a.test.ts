import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers';

describe('a bare time phrase between the speaker and the verb is not the speaker', () => {
  it('gives a partial quote to the senator in `Senator Ana Lund (D-Ohio) last week said …`', () => {
    const paragraphs = ['Senator Ana Lund (D-Ohio) last week said the mayor had never seen any "classified" memo.'];
    expect(speakersOf(paragraphs)).toEqual(['Ana Lund']);
  });

  it('steps over a day name (`Lund Monday called the plan "…"`) and `earlier this month`', () => {
    expect(speakersOf(['Ana Lund Monday called the harbour plan "a costly fantasy."'])).toEqual(['Ana Lund']);
    expect(speakersOf(['Piet Varga, the harbour master, earlier this month said the dredging was "long overdue."'])).toEqual(['Piet Varga']);
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
    expect(speakersOf(['Piet Varga shot back that the plan was "pure fantasy."'])).toEqual(['Piet Varga']);
  });
});
