import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import { newArticle } from '../../../../shared/article/newArticle';
import { analyserInputFor } from '../../../../shared/publish/analyserInput';
import { publishChecklist } from '../../../../shared/publish';
import { paragraphs } from '../../../support/articles';

const anonymous = { id: '85f6ea6b-0c1d-4e2f-9a3b-5c6d7e8f9a0b', kind: 'person' as const, name: 'a harbour official', title: '', affiliation: '', level: 'anonymous' as const, anonymityReason: '', contactNote: '', identity: '' };

describe('the checklist’s wording', () => {
  it('names an anonymous source as the reporter wrote it, never by its id', () => {
    const article = { ...newArticle('7d3c1f0e-2f6a-4c55-9b1e-0a4f3b2c1d00', '2026-11-28T10:00:00.000Z', { headline: 'Pier closes' }), sources: [anonymous] };
    const items = publishChecklist(article, analyse(analyserInputFor(article)));
    const item = items.find((candidate) => candidate.id === `source-anonymity:${anonymous.id}`);
    expect(item?.reason).toBe('Record why “a harbour official” was granted anonymity.');
    expect(items.map((candidate) => `${candidate.label} ${candidate.reason}`).join(' ')).not.toContain('85f6ea6b');
  });

  it('says there are no quotes instead of "All 0 quotes"', () => {
    const article = { ...newArticle('7d3c1f0e-2f6a-4c55-9b1e-0a4f3b2c1d00', '2026-11-28T10:00:00.000Z', { headline: 'Pier closes' }), body: paragraphs('The pier closed on Monday.') };
    const reasons = publishChecklist(article, analyse(analyserInputFor(article))).map((item) => item.reason);
    expect(reasons).toContain('No quotes in the body yet.');
    expect(reasons.join(' ')).not.toMatch(/All 0|All 1 quotes/);
  });
});
