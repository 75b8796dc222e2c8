import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { newArticle } from '../../../shared/article/newArticle';
import { paragraphs, startMain } from '../../support/mainApi';
import { tempDir } from '../../support/tempDir';

const all = { search: '', status: 'all', sort: 'updated' } as const;
const validText = `${JSON.stringify({ ...newArticle('0b5f4b8e-6d43-4f3f-9f57-2f0c1c7f1a11', '2026-11-28T10:00:00.000Z', { headline: 'Valid', slug: 'valid' }), body: paragraphs('Valid text.') }, null, 2)}\n`;
const valid = JSON.parse(validText) as Record<string, unknown>;

function nested(depth: number, open: string, close: string, inner: string): string {
  return `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
}

/** Contents of a hostile article file. */
const hostileFile: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  fc.nat({ max: validText.length - 1 }).map((cut) => Buffer.from(validText.slice(0, cut))),
  fc.integer({ min: 1_000, max: 200_000 }).map((depth) => Buffer.from(nested(depth, '[', ']', '1'))),
  fc.integer({ min: 50, max: 20_000 }).map((depth) => Buffer.from(JSON.stringify({ ...valid, body: '<body>' }).replace('"<body>"', nested(depth, '{"type":"doc","content":[', ']}', '{"type":"paragraph"}')))),
  fc.integer({ min: 2_001, max: 3_000_000 }).map((length) => Buffer.from(JSON.stringify({ ...valid, headline: 'x'.repeat(length) }))),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }).map((extra) => Buffer.from(JSON.stringify({ ...valid, ...extra, id: valid.id }))),
  fc.oneof(fc.integer(), fc.double(), fc.constantFrom('3', null, [], {}, 2.5, -1, 0, 4, 99, Number.MAX_SAFE_INTEGER)).map((version) => Buffer.from(JSON.stringify({ ...valid, schemaVersion: version }))),
  fc.constantFrom('{"__proto__":{"polluted":"yes"},"schemaVersion":3}', '{"constructor":{"prototype":{"polluted":"yes"}}}', '\ufeff{}', 'null', '[]', '"text"', '\u0000').map((text) => Buffer.from(text)),
  fc.jsonValue({ maxDepth: 4 }).map((value) => Buffer.from(JSON.stringify(value) ?? 'null')),
);

describe('hostile article files', () => {
  it('are listed as unreadable or read (migrated), and never changed by a scan or any call', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileFile, { minLength: 1, maxLength: 4 }), async (contents) => {
        const root = await tempDir();
        const workspaceDir = join(root, 'workspace');
        await mkdir(workspaceDir, { recursive: true });
        const names = contents.map((_, index) => `hostile-${index}.article.json`);
        await Promise.all(contents.map((bytes, index) => writeFile(join(workspaceDir, names[index]!), bytes)));
        const main = await startMain(root);
        const listing = await main.api.getLibrary(all);
        const readable = new Set([...main.session().workspace.entries()].map((entry) => entry.fileName));
        const unreadable = new Set(listing.unreadable.map((file) => file.fileName));
        for (const name of names) expect(readable.has(name) !== unreadable.has(name), name).toBe(true);
        for (const file of listing.unreadable) expect(file.reason).not.toMatch(/^(RangeError|TypeError|Error)\b/);
        const created = await main.api.createArticle({ headline: 'Fresh' });
        await main.api.saveArticle({ article: { ...created, body: paragraphs('Saved next to hostile files.') }, isExplicit: true });
        for (const entry of main.session().workspace.entries()) {
          for (const method of ['openArticle', 'listRevisions', 'duplicateArticle'] as const) {
            const envelope = await dispatch(main.api, method, { id: entry.id });
            if (!envelope.ok) expect(envelope.error.code).not.toBe('internal');
          }
        }
        await main.close();
        for (const [index, bytes] of contents.entries()) {
          const after = await readFile(join(workspaceDir, names[index]!)).catch(() => null);
          expect(after && Buffer.compare(after, Buffer.from(bytes)), names[index]).toBe(0);
        }
        expect((await readdir(workspaceDir)).filter((name) => name.startsWith('hostile-')).sort()).toEqual([...names].sort());
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });
});
