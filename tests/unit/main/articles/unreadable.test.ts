import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../main/library/library';
import { newArticle } from '../../../../shared/article/newArticle';
import { tempDir } from '../../../support/tempDir';

const valid = newArticle('7d3c1f0e-2f6a-4c55-9b1e-0a4f3b2c1d00', '2026-11-28T10:00:00.000Z', { headline: 'Good one', slug: 'good-one' });

const badFiles: Record<string, { content: Buffer; reason: RegExp }> = {
  'truncated.article.json': { content: Buffer.from(JSON.stringify(valid).slice(0, 120)), reason: /broken or truncated/ },
  'wrong-schema.article.json': { content: Buffer.from(JSON.stringify({ ...valid, id: 'f1c2d3e4-0000-4000-8000-000000000001', bylines: 'Ann' })), reason: /invalid field "bylines"/ },
  'junk.article.json': { content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x01]), reason: /not UTF-8 text/ },
  'future.article.json': { content: Buffer.from(JSON.stringify({ ...valid, id: 'f1c2d3e4-0000-4000-8000-000000000002', schemaVersion: 7 })), reason: /newer Copydesk/ },
  'empty.article.json': { content: Buffer.alloc(0), reason: /empty/ },
  'array.article.json': { content: Buffer.from('[1,2,3]'), reason: /JSON object/ },
  'bad-body.article.json': { content: Buffer.from(JSON.stringify({ ...valid, id: 'f1c2d3e4-0000-4000-8000-000000000003', body: { type: 'doc', content: [{ type: 'image' }] } })), reason: /editor schema/ },
  'copy.article.json': { content: Buffer.from(JSON.stringify(valid)), reason: /same article id/ },
};

describe('a workspace with unreadable files', () => {
  it('lists every bad file with its reason, leaves it byte-identical and still loads the good article', async () => {
    const root = await tempDir();
    const dir = join(root, 'workspace');
    const library = await Library.open(dir, join(root, 'index.json'));
    await writeFile(join(dir, 'good-one.article.json'), `${JSON.stringify(valid, null, 2)}\n`);
    for (const [name, { content }] of Object.entries(badFiles)) await writeFile(join(dir, name), content);
    await library.workspace.scan();

    const listing = await library.list({ search: '', status: 'all', sort: 'updated' });
    expect(listing.articles.map((row) => row.headline)).toEqual(['Good one']);
    for (const [name, { content, reason }] of Object.entries(badFiles)) {
      const row = listing.unreadable.find((file) => file.fileName === name);
      expect(row, name).toBeDefined();
      expect(row?.reason, name).toMatch(reason);
      expect(Buffer.compare(await readFile(join(dir, name)), content), name).toBe(0);
    }
    expect(await library.workspace.load(valid.id)).toEqual(valid);
    await library.close();

    // The same verdicts from a cold start, where worker threads read the files: once they have
    // checked in full what they listed from the row fields (the bad body was listed until then).
    const cold = await Library.open(dir, join(root, 'cold-index.json'), { workerThreshold: 0 });
    await cold.whenChecked();
    await cold.whenIdle();
    const coldListing = await cold.list({ search: '', status: 'all', sort: 'updated' });
    expect(coldListing.isCheckingFiles).toBeUndefined();
    expect(coldListing.articles.map((row) => row.headline)).toEqual(['Good one']);
    expect(coldListing.unreadable.map((file) => file.fileName).sort()).toEqual(listing.unreadable.map((file) => file.fileName).sort());
    for (const file of coldListing.unreadable) expect(file.reason, file.fileName).toMatch(badFiles[file.fileName]!.reason);
    await cold.close();
  });

  it('never gives a new article the file name of an unreadable one', async () => {
    const root = await tempDir();
    const dir = join(root, 'workspace');
    const library = await Library.open(dir, join(root, 'index.json'));
    await writeFile(join(dir, 'budget-vote.article.json'), '{"oops"');
    await library.workspace.scan();
    const article = await library.workspace.create({ headline: 'Budget vote' }, '2026-11-28T10:00:00.000Z');
    expect(article.slug).toBe('budget-vote-2');
    expect(await readFile(join(dir, 'budget-vote.article.json'), 'utf8')).toBe('{"oops"');
    await library.close();
  });
});
