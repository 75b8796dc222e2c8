import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../../shared/article/model';
import { publishArticle } from '../../../../main/export/publish';
import { publishedContentKey } from '../../../../shared/article/publication';
import { publishableArticle } from '../../../fixtures/export/articles';

describe('publishArticle', () => {
  it('returns a valid article marked published, with its publication recorded and unchanged since', () => {
    const article = publishableArticle({ status: 'ready' });
    const published = publishArticle(article, { at: '2026-11-28T15:00:00.000Z', revisionId: 'rev-1', confirmedWarnings: [{ id: 'w', by: 'ed' }] });
    expect(published).toEqual({
      ...article,
      status: 'published',
      updatedAt: '2026-11-28T15:00:00.000Z',
      publication: { at: '2026-11-28T15:00:00.000Z', revisionId: 'rev-1', contentUpdatedAt: '2026-11-28T15:00:00.000Z', contentKey: publishedContentKey(article), confirmedWarnings: [{ id: 'w', by: 'ed' }] },
    });
    expect(articleSchema.safeParse(published).success).toBe(true);
  });

  it('leaves the article it was given unchanged', () => {
    const article = publishableArticle();
    const copy = structuredClone(article);
    publishArticle(article, { at: '2026-11-28T15:00:00+01:00' });
    expect(article).toEqual(copy);
  });

  it('refuses a time that is not an ISO date-time with an offset', () => {
    expect(() => publishArticle(publishableArticle(), { at: '2026-11-28 15:00' })).toThrow(RangeError);
  });
});
