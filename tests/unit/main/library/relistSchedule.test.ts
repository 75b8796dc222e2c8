import { describe, expect, it } from 'vitest';
import { nextListing } from '../../../../main/library/coldRead';
import { byUpdated, SortedLists } from '../../../../main/library/sortedLists';
import type { ArticleSummary } from '../../../../shared/ipc';

function row(index: number): ArticleSummary {
  const id = `c0ffee00-0000-4000-8000-${String(index).padStart(12, '0')}`;
  // Dates in no order along the files, as file names and edit times are unrelated.
  const minute = (index * 7_919) % 500_009;
  return {
    id, slug: `story-${index}`, fileName: `story-${index}.article.json`, kicker: '', headline: `Story ${index}`, dek: '', bylines: '', lead: '', tags: [], words: 10,
    status: 'draft', updatedAt: new Date(Date.UTC(2026, 0, 1) + minute * 60_000).toISOString(), isChangedSincePublished: false,
  };
}

/**
 * Lists a cold read of `files` files as the background read does: batches of 500 (a scan
 * worker's) adopted one after another, the lists made again whenever `nextListing` says so, and
 * once more when the last batch is in. Returns the lists and the counts listed at.
 */
function coldRead(files: number): { lists: SortedLists; listedAt: number[] } {
  const lists = new SortedLists();
  const rows: ArticleSummary[] = [];
  const listedAt: number[] = [];
  let listed = 0;
  while (rows.length < files) {
    const end = Math.min(files, rows.length + 500);
    for (let index = rows.length; index < end; index += 1) rows.push(row(index));
    if (rows.length >= nextListing(listed) || rows.length === files) {
      listed = rows.length;
      listedAt.push(listed);
      lists.reload(rows);
    }
  }
  return { lists, listedAt };
}

describe('the listings of a cold read', () => {
  it('list the first rows after the first 500 files, then at 1,000, 2,000 and 4,000, as before', () => {
    expect(coldRead(5_000).listedAt).toEqual([500, 1_000, 2_000, 4_000, 5_000]);
  });

  it('pass over at most six times as many rows as the folder has files, 200,000 files read in batches of 500', () => {
    const files = 200_000;
    const { lists, listedAt } = coldRead(files);
    expect(lists.size).toBe(files);
    expect(lists.list('all', 'updated').map((r) => r.id)).toEqual(Array.from({ length: files }, (_, index) => row(index)).sort(byUpdated).map((r) => r.id));
    // A fixed step of 4,000 files (before) listed 53 times here and passed over 25.5 times the files (5,103,500 rows).
    expect(lists.rowsRelisted).toBeLessThanOrEqual(6 * files);
    expect(listedAt.length).toBeLessThanOrEqual(25);
  });

  it('never wait for more than a quarter more files, nor more than 4,000 while fewer than 16,000 are listed', () => {
    for (const listed of [500, 1_000, 4_000, 8_000, 12_000, 16_000, 40_000, 100_000]) {
      const next = nextListing(listed);
      expect(next).toBeGreaterThan(listed);
      expect(next - listed).toBeLessThanOrEqual(Math.max(4_000, Math.ceil(listed / 4)));
    }
  });
});
