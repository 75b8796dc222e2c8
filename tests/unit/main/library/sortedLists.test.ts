import { describe, expect, it } from 'vitest';
import { byHeadline, byUpdated, SortedLists } from '../../../../main/library/sortedLists';
import { articleStatuses } from '../../../../shared/article/model';
import type { ArticleSummary } from '../../../../shared/ipc';

const headlines = ['Ferry strike', 'ferry Strike', 'Éclair bakery', 'eclair Bakery', 'Council 10', 'Council 9', '', 'Zoo', 'apple', 'Bridge'];

function row(index: number, headline = headlines[index % headlines.length] as string): ArticleSummary {
  const id = `a1b2c3d4-0000-4000-8000-${String(index).padStart(12, '0')}`;
  return {
    id, slug: `story-${index}`, fileName: `story-${index}.article.json`, kicker: '', headline, dek: '', bylines: '', lead: '', tags: [], words: 10,
    status: articleStatuses[index % articleStatuses.length] as ArticleSummary['status'],
    updatedAt: `2026-11-${String(1 + (index % 28)).padStart(2, '0')}T10:00:00.000Z`, isChangedSincePublished: false,
  };
}

/** What a full sort of the chosen rows gives: the order `order` must match. */
function sortedFully(rows: readonly ArticleSummary[], ids: ReadonlySet<string>, status: ArticleSummary['status'] | 'all', sort: 'updated' | 'headline'): string[] {
  return rows.filter((r) => ids.has(r.id) && (status === 'all' || r.status === status)).sort(sort === 'headline' ? byHeadline : byUpdated).map((r) => r.id);
}

describe('SortedLists.order', () => {
  it('orders few and many search matches as a full sort would, per status, and again after rows are added, moved and removed', () => {
    let rows = Array.from({ length: 400 }, (_, index) => row(index));
    const lists = new SortedLists();
    lists.load(rows);
    // 7 ids take the sort-by-position path, 300 the walk of the sorted list; an unknown id is ignored.
    const few = new Set([...rows.filter((_, index) => index % 57 === 3).map((r) => r.id), 'not-an-id']);
    const many = new Set(rows.filter((_, index) => index % 4 !== 0).map((r) => r.id));
    const check = () => {
      for (const ids of [few, many]) {
        for (const status of ['all', ...articleStatuses] as const) {
          for (const sort of ['updated', 'headline'] as const) {
            expect(lists.order(ids, status, sort).map((r) => r.id)).toEqual(sortedFully(rows, ids, status, sort));
          }
        }
      }
    };
    check();
    // A new matched row (nothing else changed since the last order): its position is known.
    lists.put(row(1_000, 'Middle of the alphabet'));
    few.add(row(1_000).id);
    rows = [...rows, row(1_000, 'Middle of the alphabet')];
    check();
    // A matched row retitled to sort first, one moved to another status, one removed: the positions used to sort matches follow.
    const retitled = { ...rows[3]!, headline: 'Aardvark', updatedAt: '2026-12-31T10:00:00.000Z' };
    const moved = { ...rows[60]!, status: 'published' as const };
    lists.put(retitled);
    lists.put(moved);
    lists.remove(rows[117]!.id);
    rows = [...rows.filter((r) => r.id !== rows[117]!.id && r.id !== retitled.id && r.id !== moved.id), retitled, moved];
    check();
    expect(lists.order(few, 'all', 'headline')[0]?.headline).toBe('Aardvark');
  });

  it('keeps the headline positions it sorts matches by through inserts and removals, without remaking them for the whole library', () => {
    let rows = Array.from({ length: 300 }, (_, index) => row(index));
    const lists = new SortedLists();
    // Loaded in stored order, as a warm start does; the id map is made on first use.
    const updated = [...rows].sort(byUpdated);
    const byTitle = [...rows].sort(byHeadline);
    lists.load(rows, { updated, headline: byTitle, collation: 'another ICU' });
    const few = new Set(rows.filter((_, index) => index % 41 === 5).map((r) => r.id));
    expect(lists.order(few, 'all', 'headline').map((r) => r.id)).toEqual(sortedFully(rows, few, 'all', 'headline'));
    expect(lists.labelPasses).toBe(1);
    // 200 saves that all land in one gap of the headline list (each between the last and "Bridge"): far more than one halving each.
    for (let index = 0; index < 200; index += 1) {
      const added = row(2_000 + index, `Bridge ${'a'.repeat(index % 5)} ${String(200 - index).padStart(3, '0')}`);
      lists.put(added);
      rows = [...rows, added];
      few.add(added.id);
      if (index % 3 === 0) {
        const gone = rows[index] as ArticleSummary;
        lists.remove(gone.id);
        rows = rows.filter((r) => r.id !== gone.id);
      }
      if (index % 50 === 49) expect(lists.order(few, 'all', 'headline').map((r) => r.id)).toEqual(sortedFully(rows, few, 'all', 'headline'));
    }
    // About 40 halvings fit in a gap before it must be remade: 200 inserts into one gap remake the labels a handful of times at most, not once per save.
    expect(lists.labelPasses).toBeLessThan(8);
    for (const status of articleStatuses) expect(lists.order(few, status, 'headline').map((r) => r.id)).toEqual(sortedFully(rows, few, status, 'headline'));
  });

  it('makes the headline positions ahead of time when prepared, so the first sorted search makes none, and sorts the same', () => {
    const rows = Array.from({ length: 300 }, (_, index) => row(index));
    const few = new Set(rows.filter((_, index) => index % 37 === 3).map((r) => r.id));
    for (const stored of [true, false]) {
      const lists = new SortedLists();
      lists.load(rows, stored ? { updated: [...rows].sort(byUpdated), headline: [...rows].sort(byHeadline), collation: 'another ICU' } : undefined);
      lists.prepare();
      expect(lists.labelPasses).toBe(1);
      expect(lists.order(few, 'all', 'headline').map((r) => r.id)).toEqual(sortedFully(rows, few, 'all', 'headline'));
      expect(lists.labelPasses).toBe(1);
      // Prepared again (each snapshot write does): nothing is made twice.
      lists.prepare();
      expect(lists.labelPasses).toBe(1);
    }
  });

  it('lists rows loaded without stored orders by headline as a full sort would, after rows were added, moved and removed before the headline order was first asked for', () => {
    let rows = Array.from({ length: 300 }, (_, index) => row(index));
    const lists = new SortedLists();
    // As a cold start lists what it has read: no stored orders, listed by date, then changed.
    lists.load(rows);
    expect(lists.list('all', 'updated').map((r) => r.id)).toEqual([...rows].sort(byUpdated).map((r) => r.id));
    const retitled = { ...rows[8]!, headline: 'Aardvark' };
    lists.put(retitled);
    lists.put(row(900, 'Middle of the alphabet'));
    lists.remove(rows[20]!.id);
    rows = [...rows.filter((r) => r.id !== rows[20]!.id && r.id !== retitled.id), retitled, row(900, 'Middle of the alphabet')];
    expect(lists.size).toBe(rows.length);
    expect(lists.list('all', 'headline').map((r) => r.id)).toEqual([...rows].sort(byHeadline).map((r) => r.id));
    expect(lists.list('all', 'headline')[0]?.headline).toBe('Aardvark');
    // Once made, the headline order is kept per change like the date order.
    lists.put(row(901, 'Zebra crossing'));
    rows = [...rows, row(901, 'Zebra crossing')];
    for (const sort of ['updated', 'headline'] as const) {
      expect(lists.list('all', sort).map((r) => r.id)).toEqual([...rows].sort(sort === 'headline' ? byHeadline : byUpdated).map((r) => r.id));
      for (const status of articleStatuses) expect(lists.list(status, sort).map((r) => r.id)).toEqual(rows.filter((r) => r.status === status).sort(sort === 'headline' ? byHeadline : byUpdated).map((r) => r.id));
    }
  });
});

describe('SortedLists.reload', () => {
  it('lists again as a full sort would after rows were added, replaced by new readings, removed and put, keeping the rows it had', () => {
    const lists = new SortedLists();
    const first = Array.from({ length: 300 }, (_, index) => row(index));
    lists.reload(first);
    const ids = (status: ArticleSummary['status'] | 'all', sort: 'updated' | 'headline') => lists.list(status, sort).map((r) => r.id);
    expect(ids('all', 'updated')).toEqual([...first].sort(byUpdated).map((r) => r.id));
    // Between listings one row is put (moved in date), as a save while a cold read runs would.
    const saved = { ...row(10), updatedAt: '2026-12-30T10:00:00.000Z' };
    lists.put(saved);
    // The next listing: every row so far (the saved one as put), 200 new ones, a new reading of row 20 with a later date, row 30 gone.
    const moved = { ...row(20), updatedAt: '2026-12-31T09:00:00.000Z', headline: 'Moved' };
    const next = [...first.filter((r) => r.id !== row(30).id && r.id !== saved.id && r.id !== moved.id), saved, moved, ...Array.from({ length: 200 }, (_, index) => row(300 + index))];
    lists.reload(next);
    expect(lists.size).toBe(499);
    expect(lists.get(row(30).id)).toBeUndefined();
    expect(lists.get(moved.id)).toBe(moved);
    for (const status of ['all', ...articleStatuses] as const) {
      for (const sort of ['updated', 'headline'] as const) {
        expect(ids(status, sort)).toEqual(next.filter((r) => status === 'all' || r.status === status).sort(sort === 'headline' ? byHeadline : byUpdated).map((r) => r.id));
      }
    }
    expect(ids('all', 'updated').slice(0, 2)).toEqual([moved.id, saved.id]);
    // Only new rows since (the usual next listing of a cold read), one of them the newest.
    const newest = { ...row(700), updatedAt: '2027-01-02T10:00:00.000Z' };
    const more = [...next, ...Array.from({ length: 150 }, (_, index) => row(500 + index)), newest];
    lists.reload(more);
    expect(lists.size).toBe(650);
    expect(ids('all', 'updated')).toEqual([...more].sort(byUpdated).map((r) => r.id));
    expect(ids('draft', 'headline')).toEqual(more.filter((r) => r.status === 'draft').sort(byHeadline).map((r) => r.id));
    expect(ids('all', 'updated')[0]).toBe(newest.id);
  });
});
