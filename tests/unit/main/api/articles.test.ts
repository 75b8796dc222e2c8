import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphs, startMain } from '../../../support/mainApi';

const all = { search: '', status: 'all', sort: 'updated' } as const;

describe('articles through the main-process API', () => {
  it('gives an untitled article its headline slug on the first save with a headline, then keeps it', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: '' });
    expect(created.slug).toBe('untitled');
    const first = await main.api.saveArticle({ article: { ...created, headline: 'Tram line delayed again' }, isExplicit: false });
    expect(first.article.slug).toBe('tram-line-delayed-again');
    const second = await main.api.saveArticle({ article: { ...first.article, headline: 'Tram line delayed to 2029' }, isExplicit: false });
    expect(second.article.slug).toBe('tram-line-delayed-again');
    expect(await readdir(main.workspaceDir)).toContain('tram-line-delayed-again.article.json');
    expect(await readdir(main.workspaceDir)).not.toContain('untitled.article.json');
    await main.close();
  });

  it('refuses to save over a file another program changed, and keeps both versions when asked', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Pier closes' });
    const { article } = await main.api.openArticle({ id: created.id });
    const path = join(main.workspaceDir, 'pier-closes.article.json');
    const theirs = { ...JSON.parse(await readFile(path, 'utf8')), dek: 'Their dek' };
    await writeFile(path, JSON.stringify(theirs, null, 2));
    const mine = { ...article, dek: 'My dek' };
    await expect(main.api.saveArticle({ article: mine, isExplicit: true })).rejects.toMatchObject({ code: 'conflict' });
    expect(JSON.parse(await readFile(path, 'utf8')).dek).toBe('Their dek');
    const resolved = await main.api.resolveConflict({ id: created.id, choice: 'keep-mine-as-copy', mine });
    expect(resolved.article.dek).toBe('Their dek');
    expect(resolved.copy?.dek).toBe('My dek');
    expect((await main.api.getLibrary(all)).articles).toHaveLength(2);
    await main.close();
  });

  it('reports an outside edit of an open article as an event', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Watch me' });
    await main.api.openArticle({ id: created.id });
    const path = join(main.workspaceDir, 'watch-me.article.json');
    await writeFile(path, JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), dek: 'changed' }, null, 2));
    await expect.poll(() => main.events.some((entry) => entry.event === 'article-changed-on-disk'), { timeout: 5_000 }).toBe(true);
    expect(main.events.find((entry) => entry.event === 'article-changed-on-disk')?.payload).toEqual({ id: created.id, isDeleted: false });
    await main.close();
  });

  it('keeps a revision for every explicit save and status change, and restoring adds one more', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Draft one' });
    const v1 = await main.api.saveArticle({ article: { ...created, body: paragraphs('First text.') }, isExplicit: true });
    const v2 = await main.api.saveArticle({ article: { ...v1.article, body: paragraphs('Second text.') }, isExplicit: false });
    await main.api.saveArticle({ article: { ...v2.article, status: 'editing' }, isExplicit: false });
    const revisions = await main.api.listRevisions({ id: created.id });
    expect(revisions.map((revision) => revision.reason)).toEqual(['status', 'save']);
    const restored = await main.api.restoreRevision({ id: created.id, revisionId: revisions[1]!.revisionId });
    expect(restored.body).toEqual(paragraphs('First text.'));
    expect(restored.status).toBe('draft');
    expect((await main.api.listRevisions({ id: created.id })).map((revision) => revision.reason)).toEqual(['restore', 'status', 'save']);
    await main.close();
  });

  it('duplicates, renames and moves articles to the trash without losing a file', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Harbour fees' });
    const copy = await main.api.duplicateArticle({ id: created.id });
    expect(copy.headline).toBe('Harbour fees (copy)');
    const renamed = await main.api.renameArticle({ id: created.id, slug: 'harbour-fees-rise' });
    expect(renamed.slug).toBe('harbour-fees-rise');
    await expect(main.api.renameArticle({ id: copy.id, slug: 'harbour-fees-rise' })).rejects.toMatchObject({ code: 'invalid-argument' });
    await main.api.trashArticle({ id: created.id });
    expect(await readdir(join(main.workspaceDir, '.copydesk', 'trash'))).toEqual(['harbour-fees-rise.article.json']);
    expect((await main.api.getLibrary(all)).articles.map((row) => row.id)).toEqual([copy.id]);
    await main.close();
  });

  it('rebuilds the library index from the files when the index is deleted or stale', async () => {
    const main = await startMain();
    await main.api.createArticle({ headline: 'Kept in files' });
    await main.close();
    await rm(join(main.userDataDir, 'library-index-rows.bin'));
    const again = await startMain(main.root);
    expect((await again.api.getLibrary(all)).articles.map((row) => row.headline)).toEqual(['Kept in files']);
    await again.close();
    await writeFile(join(main.userDataDir, 'library-index-rows.bin'), '{"version":1,"workspace":"/elsewhere","files":{}}');
    const third = await startMain(main.root);
    expect((await third.api.getLibrary(all)).articles).toHaveLength(1);
    await third.close();
  });
});

describe('settings through the main-process API', () => {
  it('treats a key sent as undefined as unchanged', async () => {
    const main = await startMain();
    await main.api.updateSettings({ reviewerName: 'Sam', lastOpen: null });
    expect(await main.api.updateSettings({ reviewerName: 'Kim', lastOpen: undefined })).toMatchObject({ reviewerName: 'Kim', lastOpen: null });
    await main.close();
  });
});
