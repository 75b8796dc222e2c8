import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSealedValue, type Article } from '../../../../shared/article/model';
import { appendCorrection, strikeCorrection } from '../../../../shared/standards/corrections';
import { analysisOf, evidenceMarkers, markedEvidence, standardsArticle, withVerified } from '../../../fixtures/standards/articles';
import { startMain } from '../../../support/mainApi';
import { tempDir } from '../../../support/tempDir';

type Main = Awaited<ReturnType<typeof startMain>>;

/** Saves the standards story (every quote verified, the anonymous one with evidence) through the API and returns it. */
async function savedStory(main: Main, fields: Partial<Article> = {}): Promise<Article> {
  const created = await main.api.createArticle({ headline: 'Ferry fares rise' });
  const story = withVerified(standardsArticle(), 'held the line', 'crews', 'Nobody', 'Fares');
  const anonymous = analysisOf(story).quotes.find((quote) => quote.text.startsWith('Nobody'))!;
  const article = { ...story, id: created.id, slug: created.slug, createdAt: created.createdAt, updatedAt: created.updatedAt, evidence: { [anonymous.key]: markedEvidence(anonymous.text) }, ...fields };
  return (await main.api.saveArticle({ article, isExplicit: true })).article;
}

const correction = { kind: 'correction' as const, text: 'An earlier version misstated the fare.', date: '2019-07-14', editor: 'Sam Editor' };

describe('newsroom standards through the main-process API', () => {
  it('publishes only an article marked ready, and writes verified quotes but never the evidence', async () => {
    const output = join(await tempDir(), 'ferry-fares-rise.html');
    const main = await startMain(undefined, { exportFile: output });
    const saved = await savedStory(main, { status: 'editing' });
    await expect(main.api.exportArticle({ id: saved.id, confirmedWarningIds: [] })).rejects.toMatchObject({ code: 'export-blocked', message: expect.stringContaining('workflow status is “editing”') });
    await main.api.saveArticle({ article: { ...saved, status: 'ready' }, isExplicit: false });
    const result = await main.api.exportArticle({ id: saved.id, confirmedWarningIds: [] });
    expect(result?.article.status).toBe('published');
    const html = await readFile(output, 'utf8');
    expect(html).toContain('data-speaker="a deckhand" data-speaker-kind="unnamed"');
    for (const marker of Object.values(evidenceMarkers)) expect(html).not.toContain(marker);
    const onDisk = JSON.parse(await readFile(join(main.workspaceDir, `${saved.slug}.article.json`), 'utf8')) as Article;
    const stored = Object.values(onDisk.evidence)[0]!;
    expect([stored.note, stored.transcript, stored.recordingFile, stored.recordingTime].every(isSealedValue)).toBe(true);
    expect((await main.api.openArticle({ id: saved.id })).article.evidence).toEqual(saved.evidence);
    await main.close();
  });

  it('refuses a save that deletes or edits a correction, accepts appending and striking, and marks the article changed since published', async () => {
    const main = await startMain();
    const saved = await savedStory(main);
    const corrected = (await main.api.saveArticle({ article: { ...saved, corrections: appendCorrection([], correction, 'c1', '2019-07-14T09:00:00.000Z') }, isExplicit: false })).article;
    await expect(main.api.saveArticle({ article: { ...corrected, corrections: [] }, isExplicit: false })).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('corrections can only be struck, never deleted') });
    await expect(main.api.saveArticle({ article: { ...corrected, corrections: [{ ...corrected.corrections[0]!, text: 'Softer.' }] }, isExplicit: false })).rejects.toMatchObject({ code: 'invalid-argument' });
    const struck = strikeCorrection(corrected.corrections, 'c1', { by: 'Sam Editor', reason: 'wrong story', at: '2019-07-15T09:00:00.000Z' });
    expect((await main.api.saveArticle({ article: { ...corrected, corrections: struck }, isExplicit: true })).article.corrections).toEqual(struck);
    await main.close();
  });

  it('keeps the current corrections when an older revision is restored, and gives a duplicate none', async () => {
    const main = await startMain();
    const saved = await savedStory(main);
    const [first] = await main.api.listRevisions({ id: saved.id });
    await main.api.saveArticle({ article: { ...saved, corrections: appendCorrection([], correction, 'c1', '2019-07-14T09:00:00.000Z') }, isExplicit: true });
    const restored = await main.api.restoreRevision({ id: saved.id, revisionId: first!.revisionId });
    expect(restored.corrections.map((entry) => entry.id)).toEqual(['c1']);
    expect((await main.api.duplicateArticle({ id: saved.id })).corrections).toEqual([]);
    await main.close();
  });

  it('reads the workspace’s rule pack, and names what is wrong with a broken one', async () => {
    const main = await startMain();
    expect(await main.api.getStylePack(undefined)).toMatchObject({ problem: null, pack: { dateStyle: 'ap', timeZone: 'UTC' } });
    await mkdir(join(main.workspaceDir, '.copydesk'), { recursive: true });
    await writeFile(join(main.workspaceDir, '.copydesk', 'style.json'), '{"rules": {"numbers": "off"}}');
    expect((await main.api.getStylePack(undefined)).problem).toMatch(/rules\."numbers" is not a rule Copydesk knows/);
    await main.close();
  });
});
