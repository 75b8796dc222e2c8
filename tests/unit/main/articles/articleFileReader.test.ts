import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleFileReader, readArticleFile, serializeArticle } from '../../../../main/articles/articleFile';
import type { Article } from '../../../../shared/article/model';
import { newArticle } from '../../../../shared/article/newArticle';
import { tempDir } from '../../../support/tempDir';

const at = '2026-11-28T10:00:00.000Z';

/** A valid article whose body is one paragraph of `characters` characters. */
function articleOf(id: string, characters: number): Article {
  const article = newArticle(id, at, { headline: `Story ${id.slice(-2)}`, slug: `story-${id.slice(-2)}` });
  const text = 'Harbour council votes. '.repeat(Math.ceil(characters / 23)).slice(0, characters);
  return { ...article, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } };
}

describe('ArticleFileReader', () => {
  it('reads each file whole, larger than its buffer or smaller after a larger one, as readArticleFile does', async () => {
    const dir = await tempDir();
    const big = join(dir, 'big.article.json');
    const small = join(dir, 'small.article.json');
    await writeFile(big, serializeArticle(articleOf('7d3c1f0e-2f6a-4c55-9b1e-0a4f3b2c1d01', 600_000)));
    await writeFile(small, serializeArticle(articleOf('7d3c1f0e-2f6a-4c55-9b1e-0a4f3b2c1d02', 40)));
    const reader = new ArticleFileReader();
    for (const path of [small, big, small, big]) {
      const read = reader.read(path);
      expect(read).toEqual(await readArticleFile(path));
      expect(read.size).toBe((await readFile(path)).length);
    }
  });

  it('refuses what is not a readable article with the same reasons as readArticleFile, and leaves the file as it was', async () => {
    const dir = await tempDir();
    const cases: Record<string, Buffer | null> = {
      'cut.article.json': Buffer.from(serializeArticle(articleOf('7d3c1f0e-2f6a-4c55-9b1e-0a4f3b2c1d03', 400_000)).slice(0, 300_000)),
      'empty.article.json': Buffer.alloc(0),
      'folder.article.json': null,
      'missing.article.json': null,
    };
    await mkdir(join(dir, 'folder.article.json'));
    for (const [name, content] of Object.entries(cases)) if (content) await writeFile(join(dir, name), content);
    const reader = new ArticleFileReader();
    for (const [name, content] of Object.entries(cases)) {
      const path = join(dir, name);
      const expected = await readArticleFile(path).then(() => null, (error: Error) => error.message);
      expect(expected, name).toBeTruthy();
      expect(() => reader.read(path), name).toThrow(expected as string);
      if (content) expect(Buffer.compare(await readFile(path), content), name).toBe(0);
    }
  });
});
