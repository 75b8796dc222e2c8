import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../shared/attribution/index';
import { analyserInputFor } from '../../../../shared/publish/analyserInput';
import { paragraphs, startMain } from '../../../support/mainApi';

const verified = (text: string, reviewer: string) => ({ status: 'verified' as const, text, speakerOverride: null, note: '', reviewer, at: '2026-11-28T10:00:00.000Z' });
const keysOf = (body: ReturnType<typeof paragraphs>) => analyse(analyserInputFor({ body, sources: [], reviews: {} })).quotes.map((quote) => [quote.key, quote.text] as const);

describe('reading and restoring revisions', () => {
  it('reads a revision as it was saved, without changing the article', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Pier closes' });
    await main.api.saveArticle({ article: { ...created, body: paragraphs('First text.') }, isExplicit: true });
    const latest = (await main.api.openArticle({ id: created.id })).article;
    await main.api.saveArticle({ article: { ...latest, headline: 'Pier closes for winter', body: paragraphs('Second text.') }, isExplicit: true });
    const [, first] = await main.api.listRevisions({ id: created.id });
    const revision = await main.api.readRevision({ id: created.id, revisionId: first!.revisionId });
    expect(revision.headline).toBe('Pier closes');
    expect(revision.body).toEqual(paragraphs('First text.'));
    expect((await main.api.openArticle({ id: created.id })).article.headline).toBe('Pier closes for winter');
    await expect(main.api.readRevision({ id: created.id, revisionId: '2026-01-01T00-00-00-000Z-9-save' })).rejects.toMatchObject({ code: 'not-found' });
    await main.close();
  });

  it('keeps the review decisions whose quote text is unchanged, and the attribution log, when restoring', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Harbour budget passes' });
    const oldBody = paragraphs('“We listened to every ferry worker,” Mayor Maria Lopez said.', '“The night shift was ignored,” said Dev Patel.');
    const { article: v1 } = await main.api.saveArticle({ article: { ...created, body: oldBody }, isExplicit: true });
    const newBody = paragraphs('“We listened to every ferry worker,” Mayor Maria Lopez said.', '“The night crew was ignored,” said Dev Patel.');
    const [[lopezKey, lopezText], [patelKey, patelText]] = keysOf(newBody) as [readonly [string, string], readonly [string, string]];
    const log = [{ at: '2026-11-28T10:00:00.000Z', who: 'Sam Editor', quoteKey: lopezKey, change: 'status' as const, from: 'unreviewed', to: 'verified' }];
    await main.api.saveArticle({
      article: { ...v1, bylines: [{ name: 'Ana Ruiz', role: 'reporter' }], body: newBody, reviews: { [lopezKey]: verified(lopezText, 'Sam Editor'), [patelKey]: verified(patelText, 'Sam Editor') }, attributionLog: log },
      isExplicit: true,
    });
    const revisions = await main.api.listRevisions({ id: created.id });
    const restored = await main.api.restoreRevision({ id: created.id, revisionId: revisions[1]!.revisionId });
    expect(restored.body).toEqual(oldBody);
    expect(restored.bylines).toEqual([]);
    expect(Object.keys(restored.reviews)).toEqual([lopezKey]);
    expect(restored.reviews[lopezKey]?.reviewer).toBe('Sam Editor');
    expect(restored.attributionLog).toEqual(log);
    await main.close();
  });
});
