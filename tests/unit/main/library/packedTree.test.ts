import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { LazyTreeNode } from '../../../../main/library/packedTree';

/** Terms with shared prefixes of every kind: one a prefix of another, splits at the first and later characters, non-ASCII. */
const terms = ['summit', 'sum', 'summer', 'summary', 'sun', 'a', 'ab', 'abc', 'abd', 'b', 'zürich', 'zulu', 'über', 'x1', 'x10', 'x100', 'x2'];

function lazyMap(): { map: SearchableMap<number>; root: LazyTreeNode<number> } {
  const sorted = [...terms].sort();
  const root = new LazyTreeNode<number>(sorted, 0, sorted.length, 0, (index) => terms.indexOf(sorted[index] as string));
  const map = new SearchableMap<number>();
  map._tree = root as unknown as typeof map._tree;
  return { map, root };
}

const eager = () => SearchableMap.from(terms.map((term, index) => [term, index] as [string, number]));
const sortedEntries = (map: SearchableMap<number>) => [...map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe('LazyTreeNode', () => {
  it('is built only where it is read', () => {
    const { map, root } = lazyMap();
    expect(root.isPending).toBe(true);
    expect(map.get('summer')).toBe(terms.indexOf('summer'));
    const untouched = root.get('a') as LazyTreeNode<number>;
    expect(untouched.isPending).toBe(true);
  });

  it('has the shape MiniSearch builds by inserting the same terms, and answers exact, prefix and fuzzy lookups alike', () => {
    const { map } = lazyMap();
    const built = eager();
    const shape = (node: Map<string, unknown>): unknown => Object.fromEntries([...node.keys()].sort().map((key) => [key, key === '' ? node.get(key) : shape(node.get(key) as Map<string, unknown>)]));
    expect(shape(map._tree)).toEqual(shape(built._tree));
    for (const term of [...terms, 'su', 'summ', 'zz', '']) {
      expect(map.get(term)).toBe(built.get(term));
      expect(map.has(term)).toBe(built.has(term));
    }
    for (const prefix of ['su', 'summ', 'x1', 'a', 'q', 'zü']) expect(sortedEntries(map.atPrefix(prefix))).toEqual(sortedEntries(built.atPrefix(prefix)));
    for (const [query, distance] of [['sumit', 1], ['zurich', 1], ['abe', 1], ['x3', 2]] as const) {
      expect(new Map([...map.fuzzyGet(query, distance)].sort())).toEqual(new Map([...built.fuzzyGet(query, distance)].sort()));
    }
    expect(sortedEntries(map)).toEqual(sortedEntries(built));
  });

  it('takes inserts and removals like a built tree', () => {
    const { map } = lazyMap();
    const built = eager();
    for (const target of [map, built]) {
      target.set('summits', 100);
      target.set('su', 101);
      target.delete('summary');
      target.delete('x10');
    }
    expect(sortedEntries(map)).toEqual(sortedEntries(built));
    expect(map.get('summits')).toBe(100);
    expect(map.has('summary')).toBe(false);
    expect(map.get('x100')).toBe(terms.indexOf('x100'));
  });
});
