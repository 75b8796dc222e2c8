import { describe, expect, it } from 'vitest';
import { PackedPostings } from '../../../../main/library/packedPostings';

describe('PackedPostings', () => {
  // Two terms' postings in one shared pair of arrays, as a loaded index file holds them.
  const ids = new Uint32Array([1, 4, 9, 2, 3, 7, 8]);
  const freqs = new Uint32Array([5, 6, 7, 1, 2, 3, 4]);

  it('reads only its own range of shared arrays', () => {
    const second = new PackedPostings(ids, freqs, 10, 3, 7);
    expect(second.size).toBe(4);
    expect(second.get(7)).toBe(3);
    expect(second.get(4)).toBeUndefined();
    expect(second.has(2)).toBe(true);
    expect(second.has(9)).toBe(false);
    expect(second.isPristine).toBe(true);
    expect(Array.from(second.sortedEntries().ids)).toEqual([2, 3, 7, 8]);
    // A document added after the file was written goes beside the range.
    second.set(12, 9);
    expect(Array.from(second.sortedEntries().ids)).toEqual([2, 3, 7, 8, 12]);
    expect(second.size).toBe(5);
    expect(ids).toEqual(new Uint32Array([1, 4, 9, 2, 3, 7, 8]));
  });

  it('behaves as a map when entries are removed, changed and set again, leaving the arrays as they are', () => {
    const first = new PackedPostings(ids, freqs, 10, 0, 3);
    expect([...first]).toEqual([[1, 5], [4, 6], [9, 7]]);
    expect([...first.keys()].map((key) => first.get(key))).toEqual([5, 6, 7]);
    const second = new PackedPostings(ids, freqs, 10, 3, 7);
    const map = new Map([[2, 1], [3, 2], [7, 3], [8, 4]]);
    const steps: ((target: Map<number, number>) => unknown)[] = [
      (target) => target.delete(3),
      (target) => target.delete(3),
      (target) => target.set(7, 30),
      (target) => target.set(3, 11),
      (target) => target.set(12, 1),
      (target) => target.delete(7),
      (target) => target.set(7, 31),
    ];
    for (const step of steps) {
      const [packedAnswer, mapAnswer] = [step(second), step(map)];
      expect(packedAnswer === second ? 'this' : packedAnswer).toEqual(mapAnswer === map ? 'this' : mapAnswer);
      expect([...second]).toEqual([...map]);
      expect(second.size).toBe(map.size);
      for (const key of [2, 3, 7, 8, 12]) expect([second.has(key), second.get(key)]).toEqual([map.has(key), map.get(key)]);
    }
    expect(Array.from(second.sortedEntries().ids)).toEqual([2, 3, 7, 8, 12]);
    expect(Array.from(second.sortedEntries().freqs)).toEqual([1, 11, 31, 4, 1]);
    expect(freqs).toEqual(new Uint32Array([5, 6, 7, 1, 2, 3, 4]));
  });

  it('can be changed while walked, visiting each entry once, as MiniSearch does when a search meets a discarded document', () => {
    const postings = new PackedPostings(ids, freqs, 10, 3, 7);
    const seen: number[] = [];
    for (const key of postings.keys()) {
      seen.push(key);
      if (key === 3) postings.set(3, (postings.get(3) as number) - 1);
      if (key === 7) postings.delete(7);
    }
    expect(seen).toEqual([2, 3, 7, 8]);
    expect([...postings]).toEqual([[2, 1], [3, 1], [8, 4]]);
  });

  it('refuses a range outside the arrays', () => {
    expect(() => new PackedPostings(ids, freqs, 10, 5, 9)).toThrow(RangeError);
  });
});
