import MiniSearch from 'minisearch';

interface SearchDocument {
  id: string;
  headline: string;
  dek: string;
  kicker: string;
  bylines: string;
  text: string;
}

/**
 * Full-text search over the library with MiniSearch: headline, dek, kicker, bylines and body.
 * The last word of a query matches as a prefix, so results follow the reporter's typing.
 */
export class LibrarySearch {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['headline', 'dek', 'kicker', 'bylines', 'text'],
    storeFields: [],
    searchOptions: { boost: { headline: 3, dek: 2, kicker: 2 }, combineWith: 'AND' },
  });

  /** Adds or replaces one article's document. */
  put(document: SearchDocument): void {
    if (this.index.has(document.id)) this.index.replace(document);
    else this.index.add(document);
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  /** Ids of matching articles, best first. An empty query returns null (no filtering). */
  search(query: string): string[] | null {
    const trimmed = query.trim();
    if (!trimmed) return null;
    const results = this.index.search(trimmed, {
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 2,
      fuzzy: (term) => (term.length >= 6 ? 0.15 : 0),
    });
    return results.map((result) => String(result.id));
  }
}
