import { describe, expect, it } from 'vitest';
import { PackedPostings } from '../../../../main/library/packedPostings';

describe('PackedPostings', () => {
  // Two terms' postings in one shared pair of arrays, as a loaded index file holds them.
  const ids = new Uint32Array([1, 4, 9, 2, 3, 7, 8]);
  const freqs = new Uint32Array([5, 6, 7, 1, 2, 3, 4]);

  it('reads only its own range of shared arrays, without unpacking', () => {
    const second = new PackedPostings(ids, freqs, 10, 3, 7);
    expect(second.size).toBe(4);
    expect(second.get(7)).toBe(3);
    expect(second.get(4)).toBeUndefined();
    expect(second.has(2)).toBe(true);
    expect(second.has(9)).toBe(false);
    expect(second.isPacked).toBe(true);
    expect(Array.from(second.sortedEntries().ids)).toEqual([2, 3, 7, 8]);
    // A document added after the file was written goes beside the range, still packed.
    second.set(12, 9);
    expect(second.isPacked).toBe(true);
    expect(Array.from(second.sortedEntries().ids)).toEqual([2, 3, 7, 8, 12]);
    expect(second.size).toBe(5);
  });

  it('unpacks its range, and only it, when iterated or when an old document changes', () => {
    const first = new PackedPostings(ids, freqs, 10, 0, 3);
    expect([...first]).toEqual([[1, 5], [4, 6], [9, 7]]);
    expect(first.isPacked).toBe(false);
    const second = new PackedPostings(ids, freqs, 10, 3, 7);
    second.delete(3);
    expect([...second.keys()]).toEqual([2, 7, 8]);
  });

  it('refuses a range outside the arrays', () => {
    expect(() => new PackedPostings(ids, freqs, 10, 5, 9)).toThrow(RangeError);
  });
});
