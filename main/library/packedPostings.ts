import { PackedMap } from './lazyMaps';

/**
 * One term's postings in one field (document short id → term frequency) as MiniSearch keeps
 * them, but backed by two slices of a loaded index file (see `PackedMap`): a search walks them
 * and reads each frequency without building a map, documents added after the file was written
 * go into the map itself, and a discarded document is only marked. So neither loading an index
 * nor searching or changing it costs a map entry per posting.
 */
export class PackedPostings extends PackedMap<number> {
  /**
   * The postings are `ids[start..end)` and `freqs[start..end)` (by default the whole arrays), so a
   * loaded index file shares two arrays among all its terms instead of making views per term.
   * The ids must be ascending and all below `limit`.
   */
  constructor(
    ids: Uint32Array,
    private readonly freqs: Uint32Array,
    limit: number,
    start = 0,
    end = ids.length,
  ) {
    if (ids.length !== freqs.length) throw new RangeError('PackedPostings: ids and frequencies differ in length');
    super(ids, limit, start, end);
  }

  protected valueAt(position: number): number {
    return this.freqs[position] as number;
  }

  /** Every posting in ascending id order, packed or not, without unpacking. */
  sortedEntries(): { ids: ArrayLike<number>; freqs: ArrayLike<number> } {
    const range = this.packedRange;
    if (range && this.isPristine) {
      return { ids: range.keys.subarray(range.start, range.end), freqs: this.freqs.subarray(range.start, range.end) };
    }
    // Packed keys come first and ascending; keys added later are all above them, but may have been added in any order.
    const entries = [...this.entries()].sort((a, b) => a[0] - b[0]);
    return { ids: entries.map((entry) => entry[0]), freqs: entries.map((entry) => entry[1]) };
  }
}
