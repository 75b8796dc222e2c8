import { describe, expect, it } from 'vitest';
import { analyse, matchReviews } from '../../../../shared/attribution/index';
import { applyReview, followEditedQuotes } from '../../../../shared/review/reviewActions';

const at = '2026-11-28T10:00:00.000Z';
const later = '2026-11-28T11:00:00.000Z';
const empty = { reviews: {}, attributionLog: [] };

function analysed(paragraphs: string[], fields: { reviews: Record<string, never> | ReturnType<typeof applyReview>['reviews'] }) {
  const result = analyse({ paragraphs, reviews: fields.reviews });
  return { ...result, matches: matchReviews(result.quotes, fields.reviews) };
}

describe('recording review decisions', () => {
  it('stores the decision under the quote key and logs the status change with who and when', () => {
    const first = analysed(['“The pier is safe,” said Ana Ruiz, the harbour engineer.'], empty);
    const quote = first.quotes[0]!;
    const next = applyReview(empty, quote, first.matches[0], { status: 'verified' }, 'Sam Editor', at);
    expect(next.reviews[quote.key]).toMatchObject({ status: 'verified', text: quote.text, reviewer: 'Sam Editor', at });
    expect(next.attributionLog).toEqual([{ at, who: 'Sam Editor', quoteKey: quote.key, change: 'status', from: 'unreviewed', to: 'verified' }]);
  });

  it('logs a speaker correction and keeps it in the review', () => {
    const first = analysed(['“The pier is safe,” a spokesperson said.'], empty);
    const next = applyReview(empty, first.quotes[0]!, first.matches[0], { speakerOverride: 'Harbour Authority' }, 'Sam Editor', at);
    expect(next.reviews[first.quotes[0]!.key]?.speakerOverride).toBe('Harbour Authority');
    expect(next.attributionLog[0]).toMatchObject({ change: 'speaker', to: 'Harbour Authority' });
    const again = analysed(['“The pier is safe,” a spokesperson said.'], next);
    expect(again.quotes[0]?.speaker).toBe('Harbour Authority');
  });

  it('follows a verified quote whose words were edited: it moves to the new key, shows as changed and the edit is logged', () => {
    const before = analysed(['“The pier is safe,” said Ana Ruiz, the harbour engineer.'], empty);
    const verified = applyReview(empty, before.quotes[0]!, before.matches[0], { status: 'verified' }, 'Sam Editor', at);
    const after = analysed(['“The old pier is safe,” said Ana Ruiz, the harbour engineer.'], verified);
    expect(after.matches[0]?.status).toBe('changed');
    const moved = followEditedQuotes(verified, after.quotes, after.matches, 'Ana Ruiz', later);
    expect(moved).not.toBeNull();
    expect(Object.keys(moved!.reviews)).toEqual([after.quotes[0]!.key]);
    expect(moved!.attributionLog.at(-1)).toEqual({ at: later, who: 'Ana Ruiz', quoteKey: after.quotes[0]!.key, change: 'text', from: 'The pier is safe,', to: 'The old pier is safe,' });
    const settled = analysed(['“The old pier is safe,” said Ana Ruiz, the harbour engineer.'], moved!);
    expect(settled.matches[0]?.status).toBe('changed');
    expect(settled.findings.map((finding) => finding.code)).toContain('edited-after-verification');
    expect(followEditedQuotes(moved!, settled.quotes, settled.matches, 'Ana Ruiz', later)).toBeNull();
  });

  it('clears the changed state when the editor verifies the new words', () => {
    const before = analysed(['“The pier is safe,” said Ana Ruiz, the harbour engineer.'], empty);
    const verified = applyReview(empty, before.quotes[0]!, before.matches[0], { status: 'verified' }, 'Sam Editor', at);
    const after = analysed(['“The old pier is safe,” said Ana Ruiz, the harbour engineer.'], verified);
    const reverified = applyReview(verified, after.quotes[0]!, after.matches[0], { status: 'verified' }, 'Sam Editor', later);
    const settled = analysed(['“The old pier is safe,” said Ana Ruiz, the harbour engineer.'], reverified);
    expect(settled.matches[0]?.status).toBe('verified');
    expect(Object.keys(reverified.reviews)).toEqual([after.quotes[0]!.key]);
  });
});
