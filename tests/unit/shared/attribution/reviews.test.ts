import { describe, expect, it } from 'vitest';
import type { QuoteReview } from '../../../../shared/article/model';
import { analyse, matchReviews } from '../../../../shared/attribution/index';
import { quoteKeys } from '../../../../shared/attribution/keys';
import { orderedSimilarity } from '../../../../shared/attribution/reviews';

const review = (text: string, status: QuoteReview['status'] = 'verified'): QuoteReview => ({
  status, text, speakerOverride: null, note: '', reviewer: 'Night desk', at: '2026-03-01T21:00:00Z',
});

const article = [
  'The council met on Tuesday.',
  '"We will rebuild the bridge by spring," Mayor Ana Lugo said.',
  '"The money is already in the budget," Treasurer Omar Said said.',
];

describe('quote keys', () => {
  it('keeps a quote key when other paragraphs are edited, added or removed', () => {
    const before = analyse({ paragraphs: article }).quotes.map((quote) => quote.key);
    const after = analyse({ paragraphs: ['A new lead paragraph.', ...article.slice(1), 'A closing line.'] }).quotes.map((quote) => quote.key);
    expect(after).toEqual(before);
  });

  it('keeps a key when only punctuation, case or spacing of the quote changes', () => {
    expect(quoteKeys(['We will rebuild,'])).toEqual(quoteKeys(['we  will rebuild.']));
  });

  it('numbers repeated quotes so each keeps its own key', () => {
    const [first, second] = quoteKeys(['No comment.', 'No comment.']);
    expect(first).not.toBe(second);
    expect(first?.replace(/-\d+$/, '')).toBe(second?.replace(/-\d+$/, ''));
  });
});

describe('matching reviews to quotes', () => {
  it('matches a review by key and keeps its status when the text is unchanged', () => {
    const quotes = analyse({ paragraphs: article }).quotes;
    const first = quotes[0];
    const matches = matchReviews(quotes, { [first?.key ?? '']: review(first?.text ?? '') });
    expect(matches.map((match) => match.status)).toEqual(['verified', 'unreviewed']);
  });

  it('finds the review of a verified quote whose words changed and marks it changed', () => {
    const original = analyse({ paragraphs: article }).quotes;
    const edited = analyse({ paragraphs: [article[0] as string, '"We will rebuild the old bridge by late spring," Mayor Ana Lugo said.', article[2] as string] }).quotes;
    const reviews = Object.fromEntries(original.map((quote) => [quote.key, review(quote.text)]));
    const matches = matchReviews(edited, reviews);
    expect(matches[0]).toMatchObject({ status: 'changed', isTextChanged: true, reviewKey: original[0]?.key });
    expect(matches[1]).toMatchObject({ status: 'verified', isTextChanged: false });
  });

  it('does not match a review to a quote with different words', () => {
    const quotes = analyse({ paragraphs: ['"Taxes will fall next year for every family in the city," Mayor Ana Lugo said.'] }).quotes;
    expect(matchReviews(quotes, { 'q-old-0': review('We will rebuild the bridge by spring,') })[0]).toMatchObject({ status: 'unreviewed', review: null });
  });

  it('lets an editor\'s speaker correction win over the analyser', () => {
    const [quote] = analyse({ paragraphs: article }).quotes;
    const correction = { ...review(quote?.text ?? ''), speakerOverride: 'Deputy Mayor Ben Ortiz' };
    const [corrected] = analyse({ paragraphs: article, reviews: { [quote?.key ?? '']: correction } }).quotes;
    expect(corrected).toMatchObject({ speaker: 'Deputy Mayor Ben Ortiz', speakerKind: 'named' });
  });

  it('measures similarity by shared words in the same order', () => {
    expect(orderedSimilarity('a b c d e', 'a b c d e')).toBe(1);
    expect(orderedSimilarity('a b c d e', 'e d c b a')).toBeLessThan(0.6);
  });
});
