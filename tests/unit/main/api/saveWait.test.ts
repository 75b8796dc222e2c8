import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphs, startMain } from '../../../support/mainApi';

const all = { search: '', status: 'all', sort: 'updated' } as const;

/**
 * A save replies before the library indexes its text (summary, index journal, search), so the
 * reporter's wait holds only the write itself. These tests prove nothing is lost by that: what a
 * save wrote is in the listing and the search the moment anything asks, and in the index a next
 * start reads even when the app closes right after the save.
 */
describe('the library update a save hands on', () => {
  it('happens after the save replies, yet the listing and search already show the save when asked', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Ferry timetable' });
    const { article } = await main.api.openArticle({ id: created.id });
    await main.api.saveArticle({ article: { ...article, headline: 'Ferry timetable cut', body: paragraphs('The quinquereme sails at dawn.') }, isExplicit: false });
    // Right after the reply, the workspace's listener has not heard of the save yet...
    expect(main.session().workspace.find(created.id)?.summary.headline).toBe('Ferry timetable');
    // ...but a listing settles first.
    expect((await main.api.getLibrary(all)).articles.map((row) => row.headline)).toEqual(['Ferry timetable cut']);
    expect((await main.api.getLibrary({ ...all, search: 'quinquereme' })).articles.map((row) => row.id)).toEqual([created.id]);
    await main.close();
  });

  it('reaches the library index by itself soon after the save, with no listing to settle it', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Bridge tolls' });
    const { article } = await main.api.openArticle({ id: created.id });
    await main.api.saveArticle({ article: { ...article, headline: 'Bridge tolls doubled' }, isExplicit: false });
    await new Promise((resolve) => setImmediate(resolve));
    expect(main.session().workspace.find(created.id)?.summary.headline).toBe('Bridge tolls doubled');
    await main.close();
  });

  it('is in the index the next start reads, when the app closes right after the save', async () => {
    const first = await startMain();
    const created = await first.api.createArticle({ headline: 'Library hours' });
    const { article } = await first.api.openArticle({ id: created.id });
    await first.api.saveArticle({ article: { ...article, headline: 'Library hours extended', body: paragraphs('A palimpsest goes on show.') }, isExplicit: false });
    await first.close();
    const second = await startMain(first.root);
    expect((await second.api.getLibrary(all)).articles.map((row) => row.headline)).toEqual(['Library hours extended']);
    expect((await second.api.getLibrary({ ...all, search: 'palimpsest' })).articles.map((row) => row.id)).toEqual([created.id]);
    await second.close();
  });

  it('never lets an outside change made between a save and its library update pass for the save', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Harbour works' });
    const { article } = await main.api.openArticle({ id: created.id });
    const saved = await main.api.saveArticle({ article: { ...article, dek: 'Mine' }, isExplicit: false });
    const path = join(main.workspaceDir, 'harbour-works.article.json');
    await writeFile(path, JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), dek: 'Theirs' }, null, 2));
    await expect(main.api.saveArticle({ article: { ...saved.article, dek: 'Mine again' }, isExplicit: false })).rejects.toMatchObject({ code: 'conflict' });
    expect(JSON.parse(await readFile(path, 'utf8')).dek).toBe('Theirs');
    await main.close();
  });
});

describe('article text Copydesk writes', () => {
  it('saves and reopens a U+FFFD the reporter pasted, while bytes that are not UTF-8 are still refused', async () => {
    const main = await startMain();
    const created = await main.api.createArticle({ headline: 'Garbled wire copy' });
    const { article } = await main.api.openArticle({ id: created.id });
    const text = 'The wire sent \uFFFD where the accent was.';
    await main.api.saveArticle({ article: { ...article, body: paragraphs(text) }, isExplicit: true });
    const reopened = await main.api.openArticle({ id: created.id });
    expect(JSON.stringify(reopened.article.body)).toContain(text);
    expect(await main.api.listRevisions({ id: created.id })).toEqual([expect.objectContaining({ damage: null })]);
    const broken = join(main.workspaceDir, 'broken.article.json');
    const good = await readFile(join(main.workspaceDir, 'garbled-wire-copy.article.json'));
    // The same article with one byte that cannot start a UTF-8 character, and no NUL byte.
    const at = good.indexOf('\uFFFD');
    await writeFile(broken, Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at + 3)]));
    await main.session().workspace.refreshFile('broken.article.json');
    expect((await main.api.getLibrary(all)).unreadable).toEqual([expect.objectContaining({ fileName: 'broken.article.json', reason: expect.stringMatching(/not UTF-8 text/) })]);
    await main.close();
  });
});
