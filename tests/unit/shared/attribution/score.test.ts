import { describe, expect, it } from 'vitest';
import { normaliseQuoteText } from '../../../../shared/attribution/normalise';
import { dropLeadingTitle, isSpeakerRight, rates, scoreArticle, type GoldQuote, type PredictedQuote } from '../../../../shared/attribution/score';

const gold = (text: string, speaker: string, speakerKind: GoldQuote['speakerKind']): GoldQuote => ({ paragraph: 0, text, speaker, speakerKind, cue: '' });
const predicted = (text: string, speaker: string | null, speakerKind: PredictedQuote['speakerKind']): PredictedQuote => ({ paragraph: 0, text, speaker, speakerKind });

describe('accuracy scoring', () => {
  it('normalises curly quotes, spacing, edge punctuation and case', () => {
    expect(normaliseQuoteText('  “We’re  ready,” ')).toBe("we're ready");
  });

  it('matches each gold quote at most once', () => {
    const score = scoreArticle([gold('No comment.', 'Ana Lugo', 'named')], [predicted('No comment,', 'Ana Lugo', 'named'), predicted('no comment', 'Ana Lugo', 'named')]);
    expect(rates(score)).toEqual({ precision: 0.5, recall: 1, speakerAccuracy: 1 });
  });

  it('drops leading titles before comparing names', () => {
    expect(dropLeadingTitle('Police Chief Dana Reyes')).toBe('dana reyes');
    expect(isSpeakerRight(gold('x', 'Dana Reyes', 'named'), predicted('x', 'Sen. Dana Reyes', 'named'))).toBe(true);
    expect(isSpeakerRight(gold('x', 'Dana Reyes', 'named'), predicted('x', 'Reyes', 'named'))).toBe(false);
  });

  it('accepts an unnamed speaker sharing at least half the gold content words', () => {
    expect(isSpeakerRight(gold('x', "the report's authors", 'descriptive'), predicted('x', 'the authors', 'descriptive'))).toBe(true);
    expect(isSpeakerRight(gold('x', 'United Kingdom Home Office', 'organisation'), predicted('x', 'Home Office', 'organisation'))).toBe(true);
    expect(isSpeakerRight(gold('x', 'one faith leader', 'descriptive'), predicted('x', 'a city official', 'descriptive'))).toBe(false);
  });

  it('rejects a named prediction for an unnamed gold speaker', () => {
    expect(isSpeakerRight(gold('x', 'one faith leader', 'descriptive'), predicted('x', 'Faith Leader', 'named'))).toBe(false);
  });

  it('counts an unknown gold speaker as right only when no speaker is named', () => {
    expect(isSpeakerRight(gold('x', '', 'unknown'), predicted('x', null, 'none'))).toBe(true);
    expect(isSpeakerRight(gold('x', '', 'unknown'), predicted('x', 'Ana Lugo', 'named'))).toBe(false);
  });

  it('tallies recall and speaker accuracy per gold speaker kind and lists misses', () => {
    const score = scoreArticle(
      [gold('One.', 'Ana Lugo', 'named'), gold('Two.', 'the ministry', 'organisation')],
      [predicted('One.', 'Ben Ortiz', 'named'), predicted('Three.', null, 'none')],
    );
    expect(score.byKind.named).toEqual({ gold: 1, matched: 1, speakerRight: 0, unscored: 0 });
    expect(score.byKind.organisation).toEqual({ gold: 1, matched: 0, speakerRight: 0, unscored: 0 });
    expect(score.misses.map((miss) => miss.type).sort()).toEqual(['missed', 'spurious', 'wrong-speaker']);
  });

  it('compares names leniently for derived gold: surnames agree, and first names where both give one', () => {
    expect(isSpeakerRight(gold('x', 'Dana Reyes', 'named'), predicted('x', 'Reyes', 'named'), 'lenient')).toBe(true);
    expect(isSpeakerRight(gold('x', 'Dana J. Reyes', 'named'), predicted('x', 'Dana Reyes', 'named'), 'lenient')).toBe(true);
    expect(isSpeakerRight(gold('x', 'Dana Reyes', 'named'), predicted('x', 'Luis Reyes', 'named'), 'lenient')).toBe(false);
    expect(isSpeakerRight(gold('x', 'Dana Reyes', 'named'), predicted('x', 'Reyes', 'named'), 'strict')).toBe(false);
  });

  it('counts a quote whose speaker is not scored for recall but not for speaker accuracy', () => {
    const unscored: GoldQuote = { ...gold('One.', 'they', 'pronoun'), scoreSpeaker: false };
    const score = scoreArticle([unscored, gold('Two.', 'Ana Lugo', 'named')], [predicted('One.', null, 'none'), predicted('Two.', 'Ana Lugo', 'named')]);
    expect(rates(score)).toEqual({ precision: 1, recall: 1, speakerAccuracy: 1 });
    expect(score.byKind.pronoun).toEqual({ gold: 1, matched: 1, speakerRight: 0, unscored: 1 });
  });
});
