import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../../../main/articles/durableWrite';
import { tempDir } from '../../../support/tempDir';

describe('the durable write’s check', () => {
  it('sees exactly the bytes that land on disk, once', async () => {
    const dir = await tempDir();
    const path = join(dir, 'story.article.json');
    const bytes = Buffer.from('{"headline":"Pier reopens \uFFFD"}\n', 'utf8');
    const seen: Buffer[] = [];
    await writeFileDurably(path, bytes, { verify: (checked) => void seen.push(Buffer.from(checked)) });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.equals(bytes)).toBe(true);
    expect((await readFile(path)).equals(bytes)).toBe(true);
  });

  it('refused: keeps the old file byte for byte, leaves no temp file, and says why', async () => {
    const dir = await tempDir();
    const path = join(dir, 'story.article.json');
    await writeFile(path, 'the old text\n');
    const refused = writeFileDurably(path, 'the new text\n', {
      verify: () => {
        throw new Error('not an article');
      },
    });
    await expect(refused).rejects.toMatchObject({ code: 'write-failed', message: expect.stringMatching(/not an article/) });
    expect(await readFile(path, 'utf8')).toBe('the old text\n');
    expect(await readdir(dir)).toEqual(['story.article.json']);
  });
});
