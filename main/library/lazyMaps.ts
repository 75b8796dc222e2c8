/**
 * Maps that a loaded search index hands to MiniSearch in place of its own, so loading an index
 * file costs nothing per document or posting: `PackedMap` reads sorted arrays of the file, and
 * `LazyMap` is filled the first time anything asks for it.
 */

/** Where a packed map's entries live: `keys[start..end)`, ascending, all below `limit`. */
interface PackedRange {
  keys: Uint32Array;
  start: number;
  end: number;
  limit: number;
}

/**
 * A map from small whole numbers to values, backed by a slice of an ascending Uint32Array of
 * keys (and whatever the subclass reads values from) until something needs it as a real map.
 * - Lookups binary-search the slice; a lookup right after iteration reaches the entry just
 *   iterated at once, so walking the keys and getting each value costs one step per entry.
 * - Keys from `limit` on (added after the file was written) go into the map itself.
 * - Deleting a packed key marks it removed, and a new value for one is kept beside the slice, so
 *   the slice is never copied; iterating walks the slice, then the keys added, in a map's order
 *   (a changed key keeps its place, a removed one set again comes after the others), and may
 *   change the map as it goes, as MiniSearch does when a search meets a discarded document.
 */
export abstract class PackedMap<V> extends Map<number, V> {
  private packed: PackedRange | null;
  private removed: Set<number> | null = null;
  private changed: Map<number, V> | null = null;
  /** The position last iterated, tried first by the next lookup. */
  private hint = -1;

  constructor(keys: Uint32Array, limit: number, start = 0, end = keys.length) {
    super();
    if (start < 0 || end > keys.length || start > end) throw new RangeError(`PackedMap: ${start}..${end} is outside the ${keys.length} keys`);
    this.packed = end > start ? { keys, start, end, limit } : null;
  }

  /** The value stored at `position` of the keys array. */
  protected abstract valueAt(position: number): V;

  /** True when every entry is still the slice's own (none removed, changed or added). */
  get isPristine(): boolean {
    return this.removed === null && this.changed === null && super.size === 0;
  }

  /** The packed slice (null when empty). */
  protected get packedRange(): PackedRange | null {
    return this.packed;
  }

  private valueFor(key: number, position: number): V {
    return this.changed?.has(key) ? (this.changed.get(key) as V) : this.valueAt(position);
  }

  /** The position of a live packed key, or -1. */
  private positionOf(key: number): number {
    const packed = this.packed as PackedRange;
    const { keys, start, end } = packed;
    let found = -1;
    if (this.hint >= start && this.hint < end && keys[this.hint] === key) found = this.hint;
    else {
      let low = start;
      let high = end - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const value = keys[middle] as number;
        if (value === key) {
          found = middle;
          break;
        }
        if (value < key) low = middle + 1;
        else high = middle - 1;
      }
    }
    return found >= 0 && this.removed?.has(key) ? -1 : found;
  }

  private isPackedKey(key: number): boolean {
    return this.packed !== null && key < this.packed.limit;
  }

  override get size(): number {
    const packed = this.packed;
    return packed ? packed.end - packed.start - (this.removed?.size ?? 0) + super.size : super.size;
  }

  override get(key: number): V | undefined {
    if (!this.isPackedKey(key) || (super.size > 0 && super.has(key))) return super.get(key);
    const position = this.positionOf(key);
    return position < 0 ? undefined : this.valueFor(key, position);
  }

  override has(key: number): boolean {
    if (!this.isPackedKey(key) || (super.size > 0 && super.has(key))) return super.has(key);
    return this.positionOf(key) >= 0;
  }

  override set(key: number, value: V): this {
    // A live packed key keeps its place; one removed from the slice (it stays marked) or never in it goes in the map.
    if (this.isPackedKey(key) && !super.has(key) && this.positionOf(key) >= 0) {
      this.changed = (this.changed ?? new Map<number, V>()).set(key, value);
      return this;
    }
    return super.set(key, value);
  }

  override delete(key: number): boolean {
    if (!this.isPackedKey(key)) return super.delete(key);
    if (super.delete(key)) return true;
    if (this.positionOf(key) < 0) return false;
    this.removed = (this.removed ?? new Set()).add(key);
    this.changed?.delete(key);
    return true;
  }

  override clear(): void {
    this.packed = null;
    this.removed = null;
    this.changed = null;
    super.clear();
  }

  private *walk(): Generator<[number, V], undefined, unknown> {
    const packed = this.packed;
    if (packed) {
      for (let position = packed.start; position < packed.end && this.packed === packed; position += 1) {
        const key = packed.keys[position] as number;
        if (this.removed?.has(key)) continue;
        this.hint = position;
        yield [key, this.valueFor(key, position)];
      }
    }
    yield* super.entries();
    return undefined;
  }

  override entries(): MapIterator<[number, V]> {
    return this.walk();
  }

  override keys(): MapIterator<number> {
    return (function* keysOf(entries: Iterable<[number, V]>) {
      for (const [key] of entries) yield key;
      return undefined;
    })(this.walk());
  }

  override values(): MapIterator<V> {
    return (function* valuesOf(entries: Iterable<[number, V]>) {
      for (const [, value] of entries) yield value;
      return undefined;
    })(this.walk());
  }

  override [Symbol.iterator](): MapIterator<[number, V]> {
    return this.walk();
  }

  override forEach(callback: (value: V, key: number, map: Map<number, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.walk()) callback.call(thisArg, value, key, this);
  }
}

/** A map filled from `fill` the first time anything reads or changes it. */
export class LazyMap<K, V> extends Map<K, V> {
  private fill: (() => Iterable<readonly [K, V]>) | null;

  constructor(fill: () => Iterable<readonly [K, V]>) {
    super();
    this.fill = fill;
  }

  /** True until the map has been filled. */
  get isPending(): boolean {
    return this.fill !== null;
  }

  private ready(): void {
    const fill = this.fill;
    if (!fill) return;
    // Taken before the map counts as filled: a fill that throws (a file that cannot be read) throws again next time.
    const entries = [...fill()];
    this.fill = null;
    for (const [key, value] of entries) super.set(key, value);
  }

  override get size(): number {
    this.ready();
    return super.size;
  }

  override get(key: K): V | undefined {
    this.ready();
    return super.get(key);
  }

  override has(key: K): boolean {
    this.ready();
    return super.has(key);
  }

  override set(key: K, value: V): this {
    this.ready();
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.ready();
    return super.delete(key);
  }

  override clear(): void {
    this.fill = null;
    super.clear();
  }

  override entries(): MapIterator<[K, V]> {
    this.ready();
    return super.entries();
  }

  override keys(): MapIterator<K> {
    this.ready();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.ready();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.ready();
    super.forEach(callback, thisArg);
  }
}
