import { describe, expect, it } from 'vitest';
import { publishArticle } from '../../../../main/export/publish';
import type { Article } from '../../../../shared/article/model';
import { isChangedSincePublished, publishedContentKey } from '../../../../shared/article/publication';
import { appendCorrection } from '../../../../shared/standards/corrections';
import { fullArticle, paragraph, text } from '../../../fixtures/export/articles';

const publishedAt = '2026-11-28T15:00:00.000Z';
const later = '2026-11-28T16:30:00.000Z';
const published = (): Article => publishArticle(fullArticle({ status: 'ready' }), { at: publishedAt });
/** The published article as a later save (here, or of another machine's copy) leaves it. */
const savedLater = (change: Partial<Article>): Article => ({ ...published(), ...change, updatedAt: later });

describe('changed since published', () => {
  it('is false just after publishing and after a save that changed nothing readers see', () => {
    expect(isChangedSincePublished(published())).toBe(false);
    expect(isChangedSincePublished(savedLater({}))).toBe(false);
  });

  it('stays false on another machine’s copy of a shared story: its own dates, slug and private source notes', () => {
    const mine = published();
    const theirs = savedLater({
      slug: 'another-slug-on-their-machine',
      createdAt: '2026-11-20T08:00:00.000Z',
      sources: mine.sources.map((source) => ({ ...source, contactNote: '', identity: '' })),
      attributionLog: [],
    });
    expect(isChangedSincePublished(theirs)).toBe(false);
  });

  it('is true once the text, a field, a quote’s verification or the corrections change', () => {
    const article = published();
    const firstKey = Object.keys(article.reviews)[0];
    expect(firstKey).toBeDefined();
    const changes: Partial<Article>[] = [
      { dek: `${article.dek} Updated.` },
      { tags: [...article.tags, 'ferries'] },
      { body: { type: 'doc', content: [paragraph(text('A different opening.'))] } },
      { sources: article.sources.map((source, index) => (index === 0 ? { ...source, title: 'Former mayor' } : source)) },
      { reviews: { ...article.reviews, [firstKey as string]: { ...article.reviews[firstKey as string]!, status: 'flagged' } } },
      { corrections: appendCorrection([], { kind: 'correction', text: 'An earlier version misstated the vote.', date: '2026-11-28', editor: 'Sam Editor' }, 'c1', later) },
    ];
    for (const change of changes) expect(isChangedSincePublished(savedLater(change)), JSON.stringify(Object.keys(change))).toBe(true);
  });

  it('compares dates for a publication recorded before the fingerprint existed', () => {
    const { contentKey: _key, ...older } = published().publication!;
    expect(isChangedSincePublished({ ...published(), publication: older })).toBe(false);
    expect(isChangedSincePublished({ ...savedLater({}), publication: older })).toBe(true);
  });

  it('gives the same fingerprint whatever the order of an object’s keys', () => {
    const article = published();
    const reversed = JSON.parse(JSON.stringify(article), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as Article;
    expect(Object.keys(reversed.body)[0]).not.toBe(Object.keys(article.body)[0]);
    expect(publishedContentKey(reversed)).toBe(publishedContentKey(article));
  });
});
