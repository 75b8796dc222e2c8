import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, serializeArticle } from '../../../../main/articles/articleFile';
import { Workspace } from '../../../../main/articles/workspace';
import { listableSummary } from '../../../../main/library/listCheck';
import { describeArticle } from '../../../../main/library/summary';
import type { Article } from '../../../../shared/article/model';
import { newArticle } from '../../../../shared/article/newArticle';
import { AppError } from '../../../../shared/errors';
import { paragraphs } from '../../../support/articles';
import { tempDir } from '../../../support/tempDir';

const at = '2026-11-28T10:00:00.000Z';
const article: Article = {
  ...newArticle('7d3c1f0e-2f6a-4c55-9b1e-0a4f3b2c1d00', at, { headline: 'Ferry fares rise', dek: 'Council votes', kicker: 'Transport', slug: 'ferry-fares', status: 'editing', tags: ['ferry', 'council'] }),
  bylines: [{ name: 'Ann Lee', role: 'reporter' }, { name: 'Bo Chan', role: 'photographer' }],
  body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Fares' }] }, ...(paragraphs('The council met on the quay.', 'It voted to raise fares by a tenth.').content ?? [])] },
};
/** The article as a file's JSON gives it, with `change` applied. */
const asRead = (change: Record<string, unknown> = {}): Record<string, unknown> => ({ ...(JSON.parse(serializeArticle(article)) as Record<string, unknown>), ...change });

describe("the scan worker's light check", () => {
  it('makes the same row and search document as the full check, for every schema version', () => {
    const full = describeArticle(article, 'ferry-fares.article.json');
    expect(listableSummary(asRead(), 'ferry-fares.article.json')).toEqual(full);
    // Older versions carry the same row fields (version 1 had no publication record).
    expect(listableSummary(asRead({ schemaVersion: 3 }), 'ferry-fares.article.json')).toEqual(full);
    const { publication: _none, ...versionOne } = asRead({ schemaVersion: 1 });
    expect(listableSummary(versionOne, 'ferry-fares.article.json')).toEqual(full);
    // A published article not saved since: plainly unchanged.
    const published = asRead({ publication: { at, revisionId: 'r1', contentUpdatedAt: at, confirmedWarnings: [] } });
    expect(listableSummary(published, 'ferry-fares.article.json')?.summary.isChangedSincePublished).toBe(false);
  });

  it.each([
    ['a newer schema version', { schemaVersion: 5 }],
    ['an id that is not a UUID', { id: '../etc/passwd' }],
    ['a slug with capitals', { slug: 'Ferry' }],
    ['a headline that is not text', { headline: 42 }],
    ['a headline over 2,000 characters', { headline: 'x'.repeat(2_001) }],
    ['an unknown status', { status: 'spiked' }],
    ['a date without a time', { updatedAt: '2026-11-28' }],
    ['an empty tag', { tags: [''] }],
    ['a byline with no role', { bylines: [{ name: 'Ann Lee' }] }],
    ['a body that is not a doc', { body: { type: 'paragraph' } }],
    ['text that is not text', { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 7 }] }] } }],
    ['content that is not a list', { body: { type: 'doc', content: { type: 'paragraph' } } }],
    ['a body nested deeper than 100 levels', { body: Array.from({ length: 120 }).reduce<Record<string, unknown>>((inner) => ({ type: 'blockquote', content: [inner] }), { type: 'doc' }) }],
    ['a published article edited since', { publication: { at, revisionId: 'r1', contentUpdatedAt: '2026-11-01T10:00:00.000Z', confirmedWarnings: [] } }],
  ])('leaves %s to the full check', (_name, change) => {
    expect(listableSummary(asRead(change), 'ferry-fares.article.json')).toBeNull();
  });

  it('lists a row the full check refuses, but opening it says why and leaves the file as it is', async () => {
    const dir = join(await tempDir(), 'workspace');
    await mkdir(dir, { recursive: true });
    const raw = asRead({ body: { type: 'doc', content: [{ type: 'video', attrs: { src: 'clip.mp4' } }] } });
    const text = JSON.stringify(raw);
    await writeFile(join(dir, 'ferry-fares.article.json'), text);
    const listed = listableSummary(raw, 'ferry-fares.article.json');
    expect(listed?.summary.headline).toBe('Ferry fares rise');
    const workspace = new Workspace(dir, { onEntry: () => undefined, onRemoved: () => undefined });
    workspace.adoptMany([{ id: article.id, fileName: 'ferry-fares.article.json', mtimeMs: 0, size: text.length, hash: contentHash(text), summary: listed!.summary }]);
    const opening = workspace.load(article.id);
    await expect(opening).rejects.toBeInstanceOf(AppError);
    await expect(opening).rejects.toMatchObject({ code: 'unreadable-file', message: expect.stringMatching(/does not fit the editor schema.*video/) });
    expect(await readFile(join(dir, 'ferry-fares.article.json'), 'utf8')).toBe(text);
  });
});
