/**
 * A node of MiniSearch's radix tree (a Map from edge labels to child nodes, with the term's
 * data under the empty key) that is built from a sorted list of terms only when something
 * reads it. A loaded index's whole tree is one such node over all its terms: a search expands
 * the few nodes on its path (a prefix or fuzzy search a few more), so loading an index file costs
 * nothing per term. The shape is the one MiniSearch builds by inserting the same terms: each
 * edge is the longest prefix its terms share, and no node without a term has a single child.
 */
export class LazyTreeNode<T> extends Map<string, T | LazyTreeNode<T>> {
  private pending: { terms: readonly string[]; low: number; high: number; depth: number; leaf: (index: number) => T } | null;

  /**
   * The node for `terms[low..high)`, which are in code-unit order (`Array.prototype.sort`),
   * distinct, and share their first `depth` characters. `leaf(i)` makes the data of `terms[i]`.
   */
  constructor(terms: readonly string[], low: number, high: number, depth: number, leaf: (index: number) => T) {
    super();
    this.pending = high > low ? { terms, low, high, depth, leaf } : null;
  }

  /** True until the node's children have been made. */
  get isPending(): boolean {
    return this.pending !== null;
  }

  private expand(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const { terms, high, depth, leaf } = pending;
    let low = pending.low;
    // The term that ends here sorts before every longer one.
    if ((terms[low] as string).length === depth) super.set('', leaf(low++));
    while (low < high) {
      const first = terms[low] as string;
      const char = first.charCodeAt(depth);
      // Terms sharing this node's prefix are ordered by their next character: find where `char` ends.
      let from = low + 1;
      let to = high;
      while (from < to) {
        const middle = (from + to) >>> 1;
        if ((terms[middle] as string).charCodeAt(depth) === char) from = middle + 1;
        else to = middle;
      }
      const last = terms[from - 1] as string;
      let shared = depth + 1;
      const limit = Math.min(first.length, last.length);
      while (shared < limit && first.charCodeAt(shared) === last.charCodeAt(shared)) shared += 1;
      super.set(first.slice(depth, shared), new LazyTreeNode(terms, low, from, shared, leaf));
      low = from;
    }
  }

  override get size(): number {
    this.expand();
    return super.size;
  }

  override get(key: string): T | LazyTreeNode<T> | undefined {
    this.expand();
    return super.get(key);
  }

  override has(key: string): boolean {
    this.expand();
    return super.has(key);
  }

  override set(key: string, value: T | LazyTreeNode<T>): this {
    this.expand();
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.expand();
    return super.delete(key);
  }

  override clear(): void {
    this.pending = null;
    super.clear();
  }

  override keys(): MapIterator<string> {
    this.expand();
    return super.keys();
  }

  override values(): MapIterator<T | LazyTreeNode<T>> {
    this.expand();
    return super.values();
  }

  override entries(): MapIterator<[string, T | LazyTreeNode<T>]> {
    this.expand();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, T | LazyTreeNode<T>]> {
    return this.entries();
  }

  override forEach(callback: (value: T | LazyTreeNode<T>, key: string, map: Map<string, T | LazyTreeNode<T>>) => void, thisArg?: unknown): void {
    this.expand();
    super.forEach(callback, thisArg);
  }
}
