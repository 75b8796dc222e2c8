import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateArticle, specForWords } from '../../../../bench/fixtures/article';
import { checkArticleFast } from '../../../../main/articles/articleCheck';
import { parseArticleText } from '../../../../main/articles/articleFile';
import { liftToCurrentVersion, migrateArticle, validateCurrentArticle } from '../../../../shared/article/migrate';
import { AppError } from '../../../../shared/errors';

/** An article with every kind of field filled, unknown fields at several levels, marks and attributes in the body. */
function richArticle(seed: number): Record<string, unknown> {
  const article = generateArticle(specForWords(600 + seed * 50, seed)) as unknown as Record<string, unknown>;
  return {
    ...article,
    bylines: [{ name: 'Ana Lindqvist', role: 'reporter', desk: 'metro' }, { name: 'Li Wei', role: 'photographer' }],
    dateline: { place: 'REDHILL', date: '2026-11-02', note: { by: 'script' } },
    tags: ['transport', 'ferries'],
    sources: [
      { id: 'src-a', kind: 'person', name: 'Amara Balogun', title: 'director', affiliation: 'Harbour Trust', level: 'on-record', anonymityReason: '', contactNote: 'call after 5', identity: '', extra: [1, 2] },
      { id: 'src-b', kind: 'organisation', name: 'Ferry union', title: '', affiliation: '', level: 'anonymous', anonymityReason: 'fears reprisal', contactNote: 'sealed:v1:QUJD', identity: 'sealed:v1:REVG' },
    ],
    reviews: { 'q-1': { status: 'verified', text: 'We will strike.', speakerOverride: null, note: '', reviewer: 'Desk', at: '2026-11-02T10:00:00.000Z' } },
    attributionLog: [{ at: '2026-11-02T10:00:00.000Z', who: 'Desk', quoteKey: 'q-1', change: 'status', from: 'unreviewed', to: 'verified' }],
    publication: { at: '2026-11-02T11:00:00.000Z', revisionId: 'r-1', contentUpdatedAt: '2026-11-02T10:30:00.000Z', contentKey: 'k', confirmedWarnings: [] },
    corrections: [{ id: 'c-1', kind: 'correction', text: 'An earlier version misspelled the pier.', date: '2026-11-03', editor: 'Desk', at: '2026-11-03T09:00:00.000Z', struck: null }],
    evidence: { 'q-1': { quoteText: 'We will strike.', note: '', transcript: 'tape 3', recordingFile: '', recordingTime: '', by: 'Ana', at: '2026-11-02T10:00:00.000Z' } },
    statusLog: [{ at: '2026-11-02T10:00:00.000Z', who: 'Desk', from: 'draft', to: 'ready' }],
    newsroomScript: { checked: true, score: 3 },
  };
}

const version1 = (article: Record<string, unknown>) => {
  const { sources: _s, reviews: _r, attributionLog: _a, publication: _p, corrections: _c, evidence: _e, statusLog: _l, ...rest } = article;
  return { ...rest, schemaVersion: 1 };
};

/** What zod alone makes of a file's JSON, or the message it refuses it with. */
function viaZod(json: string): { article: unknown } | { message: string } {
  try {
    return { article: migrateArticle(JSON.parse(json)) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { message: error.message };
  }
}

function viaFileParse(json: string): { article: unknown } | { message: string } {
  try {
    return { article: parseArticleText(json) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { message: error.message };
  }
}

describe('the fast article check', () => {
  it('gives exactly what zod gives (fields, defaults, key order) for ordinary, rich and older files', () => {
    const files = [1, 2, 3].flatMap((seed) => {
      const rich = richArticle(seed);
      return [generateArticle(specForWords(400, seed)), rich, version1(rich), { ...rich, schemaVersion: 3, corrections: undefined }];
    });
    let vouched = 0;
    for (const file of files) {
      const json = JSON.stringify(file);
      const lifted = liftToCurrentVersion(JSON.parse(json));
      const fast = checkArticleFast(lifted);
      expect(fast).not.toBeNull();
      vouched += 1;
      // Byte for byte when written again: the same keys in the same order.
      expect(JSON.stringify(fast)).toBe(JSON.stringify(validateCurrentArticle(liftToCurrentVersion(JSON.parse(json)))));
      expect(viaFileParse(json)).toEqual(viaZod(json));
    }
    expect(vouched).toBe(files.length);
  });

  it('vouches for no bad file: each is refused with the message zod gives it', () => {
    const good = richArticle(4);
    const body = good.body as { content: Record<string, unknown>[] };
    const bad: [string, Record<string, unknown>][] = [
      ['id', { ...good, id: 'not-a-uuid' }],
      ['slug', { ...good, slug: 'Has Spaces' }],
      ['headline', { ...good, headline: 'x'.repeat(2_001) }],
      ['headline type', { ...good, headline: 12 }],
      ['status', { ...good, status: 'archived' }],
      ['tag', { ...good, tags: [''] }],
      ['byline role', { ...good, bylines: [{ name: 'A', role: 'intern' }] }],
      ['dateline date', { ...good, dateline: { place: 'X', date: '2026-13-40' } }],
      ['updatedAt', { ...good, updatedAt: 'yesterday' }],
      ['body type', { ...good, body: { ...body, type: 'paragraph' } }],
      ['node text', { ...good, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 5 }] }] } }],
      ['node type', { ...good, body: { type: 'doc', content: [{ content: [] }] } }],
      ['mark', { ...good, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: '' }] }] }] } }],
      ['source level', { ...good, sources: [{ ...(good.sources as Record<string, unknown>[])[0], level: 'secret' }] }],
      ['private note', { ...good, sources: [{ ...(good.sources as Record<string, unknown>[])[0], contactNote: 'x'.repeat(20_001) }] }],
      ['publication', { ...good, publication: { at: 'now' } }],
      ['evidence', { ...good, evidence: { q: { quoteText: 1 } } }],
      ['evidence as an empty list', { ...good, evidence: [] }],
      ['reviews as an empty list', { ...good, reviews: [] }],
      ['corrections as an empty map', { ...good, corrections: {} }],
      ['publication empty', { ...good, publication: {} }],
      ['unknown field', { ...good, newsroomScript: { deep: JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`) as unknown } }],
      ['nesting', { ...good, newsroomScript: JSON.parse(`${'{"a":'.repeat(210)}1${'}'.repeat(210)}`) as unknown }],
    ];
    for (const [what, file] of bad) {
      const json = JSON.stringify(file);
      const zod = viaZod(json);
      expect(zod, what).toHaveProperty('message');
      expect(viaFileParse(json), what).toEqual(zod);
      let lifted: Record<string, unknown> | null = null;
      try {
        lifted = liftToCurrentVersion(JSON.parse(json));
      } catch {
        // Refused before the check (nesting): nothing for it to vouch for.
      }
      if (lifted) expect(checkArticleFast(lifted), what).toBeNull();
    }
  });

  it('leaves to zod what zod would change: a body node with a key zod drops, an attribute holding an object', () => {
    const good = richArticle(5);
    const odd = [
      { ...good, body: { type: 'doc', content: [{ type: 'paragraph', id: 'p1', content: [{ type: 'text', text: 'a' }] }] } },
      { ...good, body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2, style: { bold: true } }, content: [{ type: 'text', text: 'a' }] }] } },
    ];
    for (const file of odd) {
      const json = JSON.stringify(file);
      expect(checkArticleFast(liftToCurrentVersion(JSON.parse(json)))).toBeNull();
      expect(viaFileParse(json)).toEqual(viaZod(json));
    }
  });

  it('never disagrees with zod on random damage anywhere in a file: it vouches for exactly what zod gives, or leaves the file to zod', () => {
    const good = richArticle(6);
    // Every place in the file: each path to a value, the body's included.
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
      else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(good, []);
    const lengths = [0, 1, 63, 64, 65, 99, 100, 101, 1_999, 2_000, 2_001, 19_999, 20_000, 20_001];
    const damage = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom(...lengths).map((length) => 'x'.repeat(length)),
      fc.constantFrom(...lengths).map((length) => Array.from({ length: Math.min(length, 1_001) }, () => 'tag')),
      fc.constantFrom(undefined, null, '', 'draft', 'reporter', '2026-11-02', '2026-11-02T10:00:00.000Z', 'not-a-date', -1, 1.5),
    );
    const edit = fc.array(fc.tuple(fc.nat(paths.length - 1), damage, fc.boolean()), { minLength: 1, maxLength: 3 });
    let vouched = 0;
    fc.assert(
      fc.property(edit, (edits) => {
        const file = structuredClone(good) as Record<string, unknown>;
        for (const [which, value, isNewKey] of edits) {
          const path = paths[which] as (string | number)[];
          if (path.length === 0) continue;
          let parent = file as Record<string | number, unknown>;
          for (const step of path.slice(0, -1)) {
            const next = parent[step];
            if (typeof next !== 'object' || next === null) return;
            parent = next as Record<string | number, unknown>;
          }
          const last = path.at(-1) as string | number;
          if (isNewKey && !Array.isArray(parent)) parent[`extra${String(last)}`] = value;
          else if (value === undefined) delete parent[last];
          else parent[last] = value;
        }
        const json = JSON.stringify(file);
        let lifted: Record<string, unknown>;
        try {
          lifted = liftToCurrentVersion(JSON.parse(json));
        } catch {
          return;
        }
        const fast = checkArticleFast(lifted);
        if (fast === null) return;
        const zod = viaZod(json);
        expect(zod).toHaveProperty('article');
        expect(JSON.stringify(fast)).toBe(JSON.stringify((zod as { article: unknown }).article));
        vouched += 1;
      }),
      { numRuns: 1_500, seed: 2026 },
    );
    // Damage often leaves a file the check still vouches for (an unknown key, a valid new value): those were compared.
    expect(vouched).toBeGreaterThan(40);
  });
});
