import { describe, expect, it } from 'vitest';
import { migrateArticle } from '../../../../shared/article/migrate';
import { currentSchemaVersion } from '../../../../shared/article/model';
import { newArticle } from '../../../../shared/article/newArticle';
import { slugify, uniqueSlug } from '../../../../shared/article/slug';
import { AppError } from '../../../../shared/errors';

const id = '0b5f4b8e-6d43-4f3f-9f57-2f0c1c7f1a11';
const now = '2026-11-28T10:00:00.000Z';

describe('migrateArticle', () => {
  it('reads a current article unchanged', () => {
    const article = newArticle(id, now, { headline: 'Hello' });
    expect(migrateArticle(JSON.parse(JSON.stringify(article)))).toEqual(article);
  });

  it('lifts a version 1 file to the current version with empty sources, reviews and log', () => {
    const { sources: _s, reviews: _r, attributionLog: _l, publication: _p, additionalReporting: _a, ...v1 } = newArticle(id, now, { headline: 'Old' });
    const migrated = migrateArticle({ ...v1, schemaVersion: 1 });
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated.sources).toEqual([]);
    expect(migrated.reviews).toEqual({});
    expect(migrated.headline).toBe('Old');
  });

  it('refuses a file from a newer Copydesk and says so', () => {
    expect(() => migrateArticle({ ...newArticle(id, now), schemaVersion: 99 })).toThrow(/newer Copydesk/);
  });

  it('names the invalid field', () => {
    const error = (() => {
      try {
        migrateArticle({ ...newArticle(id, now), status: 'lost' });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain('"status"');
  });
});

describe('slugify', () => {
  it('folds accents, drops punctuation and joins words with hyphens', () => {
    expect(slugify('Café owners’ “fury” at 2% tax!')).toBe('cafe-owners-fury-at-2-tax');
  });

  it('falls back to untitled and finds a free variant', () => {
    expect(slugify('¿?')).toBe('untitled');
    expect(uniqueSlug('a', (slug) => slug === 'a' || slug === 'a-2')).toBe('a-3');
  });
});
