/**
 * One term's postings in one field (document short id → term frequency) as MiniSearch keeps
 * them, but backed by two slices of a loaded index file until something needs them as a map.
 * Lookups of single documents binary-search the slices; documents added after the file was
 * written (ids from `limit` on) go into the map itself without unpacking; anything else
 * (iteration, deletion, changing an old document) unpacks the slices into the map first. So
 * loading an index costs nothing per posting, and a search unpacks only the terms it reads.
 */
export class PackedPostings extends Map<number, number> {
  private packed: { ids: Uint32Array; freqs: Uint32Array; start: number; end: number; limit: number } | null;

  /**
   * The postings are `ids[start..end)` and `freqs[start..end)` (by default the whole arrays), so a
   * loaded index file shares two arrays among all its terms instead of making views per term.
   * The ids must be ascending and all below `limit`.
   */
  constructor(ids: Uint32Array, freqs: Uint32Array, limit: number, start = 0, end = ids.length) {
    super();
    if (ids.length !== freqs.length) throw new RangeError('PackedPostings: ids and frequencies differ in length');
    if (start < 0 || end > ids.length || start > end) throw new RangeError(`PackedPostings: ${start}..${end} is outside the ${ids.length} postings`);
    this.packed = end > start ? { ids, freqs, start, end, limit } : null;
  }

  /** True while the postings still live in the file's slices. */
  get isPacked(): boolean {
    return this.packed !== null;
  }

  private find(key: number): number {
    const { ids, start, end } = this.packed as { ids: Uint32Array; start: number; end: number };
    let low = start;
    let high = end - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = ids[middle] as number;
      if (value === key) return middle;
      if (value < key) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  private unpack(): void {
    const packed = this.packed;
    if (!packed) return;
    this.packed = null;
    const overlay = [...super.entries()];
    super.clear();
    for (let index = packed.start; index < packed.end; index += 1) super.set(packed.ids[index] as number, packed.freqs[index] as number);
    for (const [key, value] of overlay) super.set(key, value);
  }

  /** Every posting in ascending id order, packed or not, without unpacking. */
  sortedEntries(): { ids: ArrayLike<number>; freqs: ArrayLike<number> } {
    const overlay = [...super.entries()].sort((a, b) => a[0] - b[0]);
    if (!this.packed) return { ids: overlay.map((entry) => entry[0]), freqs: overlay.map((entry) => entry[1]) };
    const { ids, freqs, start, end } = this.packed;
    const packed = { ids: ids.subarray(start, end), freqs: freqs.subarray(start, end) };
    if (overlay.length === 0) return packed;
    return { ids: [...packed.ids, ...overlay.map((entry) => entry[0])], freqs: [...packed.freqs, ...overlay.map((entry) => entry[1])] };
  }

  override get size(): number {
    return this.packed ? this.packed.end - this.packed.start + super.size : super.size;
  }

  override get(key: number): number | undefined {
    if (this.packed && key < this.packed.limit) {
      const index = this.find(key);
      return index < 0 ? undefined : this.packed.freqs[index];
    }
    return super.get(key);
  }

  override has(key: number): boolean {
    if (this.packed && key < this.packed.limit) return this.find(key) >= 0;
    return super.has(key);
  }

  override set(key: number, value: number): this {
    if (this.packed && key < this.packed.limit) this.unpack();
    return super.set(key, value);
  }

  override delete(key: number): boolean {
    if (this.packed && key < this.packed.limit) this.unpack();
    return super.delete(key);
  }

  override clear(): void {
    this.packed = null;
    super.clear();
  }

  override keys(): MapIterator<number> {
    this.unpack();
    return super.keys();
  }

  override values(): MapIterator<number> {
    this.unpack();
    return super.values();
  }

  override entries(): MapIterator<[number, number]> {
    this.unpack();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  override forEach(callback: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    this.unpack();
    super.forEach(callback, thisArg);
  }
}
