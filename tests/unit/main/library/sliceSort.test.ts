import { describe, expect, it } from 'vitest';
import { filterInSlices, sortInSlices } from '../../../../main/library/sliceSort';
import { byHeadline, SortedLists } from '../../../../main/library/sortedLists';
import type { ArticleSummary } from '../../../../shared/ipc';
import { turnCounter } from '../../../support/eventLoop';

const headlines = ['Ferry strike', 'ferry Strike', 'Éclair bakery', 'Council 10', 'Council 9', '', 'Zoo', 'apple', 'Bridge'];

function row(index: number): ArticleSummary {
  const id = `a1b2c3d4-0000-4000-8000-${String((index * 7_919) % 100_003).padStart(12, '0')}`;
  return {
    id, slug: `story-${index}`, fileName: `story-${index}.article.json`, kicker: '', headline: `${headlines[index % headlines.length]} ${index % 13}`, dek: '', bylines: '', lead: '', tags: [], words: 10,
    status: 'draft', updatedAt: `2026-11-${String(1 + (index % 28)).padStart(2, '0')}T10:00:00.000Z`, isChangedSincePublished: false,
  };
}

describe('sortInSlices', () => {
  it('gives the order a plain sort gives, equal items in their first order, for no items, one, and thousands', async () => {
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    for (const length of [0, 1, 255, 256, 257, 3_001]) {
      const items = Array.from({ length }, (_, index) => ({ key: (index * 37) % 101, index }));
      expect(await sortInSlices([...items], byKey, 8)).toEqual([...items].sort(byKey));
    }
  });

  it('lets the event loop turn while it sorts, and leaves the rows it was given as they were', async () => {
    const rows = Array.from({ length: 4_000 }, (_, index) => row(index));
    const given = [...rows];
    const counter = turnCounter();
    const sorted = await sortInSlices(rows, byHeadline, 0);
    counter.stop();
    expect(counter.turns()).toBeGreaterThan(10);
    expect(sorted).toEqual([...given].sort(byHeadline));
    expect(rows).toEqual(given);
  });
});

describe('SortedLists.sortHeadlinesInSlices', () => {
  it('makes the headline order a listing by headline gives without it', async () => {
    const rows = Array.from({ length: 3_000 }, (_, index) => row(index));
    const sliced = new SortedLists();
    sliced.load(rows);
    await sliced.sortHeadlinesInSlices(0);
    const plain = new SortedLists();
    plain.load(rows);
    expect(sliced.list('all', 'headline').map((r) => r.id)).toEqual(plain.list('all', 'headline').map((r) => r.id));
  });

  it('drops its order when a row is added while it sorts, and lists the added row in its place', async () => {
    const rows = Array.from({ length: 3_000 }, (_, index) => row(index));
    const lists = new SortedLists();
    lists.load(rows);
    const sorting = lists.sortHeadlinesInSlices(0);
    const added = { ...row(5), id: 'a1b2c3d4-0000-4000-8000-999999999999', headline: 'Aardvark escapes' };
    lists.put(added);
    await sorting;
    expect(lists.list('all', 'headline').map((r) => r.id)).toEqual([...rows, added].sort(byHeadline).map((r) => r.id));
  });
});

describe('filterInSlices', () => {
  it('keeps what a plain filter keeps, in order, and lets the event loop turn on the way', async () => {
    const items = Array.from({ length: 20_000 }, (_, index) => (index * 7919) % 20_000);
    const counter = turnCounter();
    const kept = await filterInSlices(items, (item) => item % 3 === 0, 0);
    counter.stop();
    expect(kept).toEqual(items.filter((item) => item % 3 === 0));
    expect(counter.turns()).toBeGreaterThanOrEqual(10);
  });
});
