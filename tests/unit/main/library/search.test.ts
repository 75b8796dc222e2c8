import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../main/library/library';
import { SearchTexts } from '../../../../main/library/searchTexts';
import { paragraphs } from '../../../support/articles';
import { tempDir } from '../../../support/tempDir';

const all = { search: '', status: 'all', sort: 'updated' } as const;
const now = '2026-11-28T10:00:00.000Z';

async function libraryWithTwoArticles() {
  const root = await tempDir();
  const dir = join(root, 'workspace');
  const cachePath = join(root, 'library-index.json');
  const library = await Library.open(dir, cachePath);
  const ferry = await library.workspace.create({ headline: 'Ferry strike' }, now);
  await library.workspace.save({ ...ferry, body: paragraphs('Commuters queued at the pier for hours.') });
  await library.workspace.create({ headline: 'Library opens new wing' }, now);
  await library.flush();
  return { root, dir, cachePath };
}

describe('library search', () => {
  it('finds an article by a word in its body, and by the start of a word while typing', async () => {
    const { dir, cachePath } = await libraryWithTwoArticles();
    const library = await Library.open(dir, cachePath);
    expect(library.list({ ...all, search: 'pier' }).articles.map((row) => row.headline)).toEqual(['Ferry strike']);
    expect(library.list({ ...all, search: 'commut' }).articles.map((row) => row.headline)).toEqual(['Ferry strike']);
    expect(library.list(all).articles).toHaveLength(2);
  });

  it('still finds body words after a warm start when the body-text cache is deleted or corrupt', async () => {
    const { root, dir, cachePath } = await libraryWithTwoArticles();
    const textsPath = SearchTexts.pathFor(cachePath);
    expect(await readdir(root)).toContain(textsPath.split('/').pop());
    await writeFile(textsPath, '{"broken":');
    const corrupt = await Library.open(dir, cachePath);
    expect(corrupt.list({ ...all, search: 'queued' }).articles.map((row) => row.headline)).toEqual(['Ferry strike']);
    await corrupt.flush();
    await writeFile(textsPath, '');
    const emptied = await Library.open(dir, cachePath);
    expect(emptied.list({ ...all, search: 'queued' }).articles.map((row) => row.headline)).toEqual(['Ferry strike']);
  });
});
