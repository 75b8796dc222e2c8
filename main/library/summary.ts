import type { Article } from '../../shared/article/model';
import { isChangedSincePublished } from '../../shared/article/publication';
import { bodyBlocks, countWords } from '../../shared/article/text';
import type { ArticleSummary } from '../../shared/ipc';

/** What full-text search indexes for one article: headline, dek, kicker, bylines, tags and body. */
export interface SearchDocument {
  id: string;
  headline: string;
  dek: string;
  kicker: string;
  bylines: string;
  tags: string;
  text: string;
}

/** Characters of body copy kept in a summary to show under the headline. */
const leadLength = 200;

function cutAt(flat: string, length: number): string {
  const cut = flat.lastIndexOf(' ', length);
  return `${flat.slice(0, cut > length / 2 ? cut : length)}…`;
}

/** The opening of a text cut at a word boundary near `length` characters, with an ellipsis when cut. */
export function leadOf(text: string, length = leadLength): string {
  // Only the opening is kept, so only the opening is flattened: when a non-space character lies
  // beyond `length` + 1 in the flattened opening, the whole text's flattening agrees on every
  // character the cut reads (a run of spaces cut at the window's end still becomes one space).
  const window = length * 2 + 2;
  if (text.length > window) {
    const head = text.slice(0, window).replace(/\s+/g, ' ').trimStart();
    if (/\S/.test(head.slice(length + 1))) return cutAt(head, length);
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : cutAt(flat, length);
}

/**
 * The fields of an article a library row and its search document are made from. A full `Article`
 * is one; so is a file's JSON that the scan worker's light check (`listCheck.ts`) has checked.
 */
export type SummaryFields = Pick<Article, 'id' | 'slug' | 'kicker' | 'headline' | 'dek' | 'status' | 'updatedAt' | 'tags' | 'body'> & { bylines: readonly { name: string }[] };

/** The body copy full-text search reads, one block per line. */
export function searchableText(article: Pick<Article, 'body'>): string {
  return bodyBlocks(article.body)
    .map((block) => block.text)
    .join('\n');
}

/** What the search index takes from an article (its body text already flattened, when known). */
export function searchDocumentOf(article: SummaryFields, text = searchableText(article)): SearchDocument {
  const bylines = article.bylines.map((byline) => byline.name).filter(Boolean).join(', ');
  return { id: article.id, headline: article.headline, dek: article.dek, kicker: article.kicker, bylines, tags: article.tags.join(' '), text };
}

/**
 * The library row for an article stored in `fileName` (a few hundred bytes, all the library
 * keeps in memory) and the document the search index takes from it, computed in one pass.
 */
export function describeArticle(article: Article, fileName: string): { summary: ArticleSummary; search: SearchDocument } {
  return describeFields(article, fileName, isChangedSincePublished(article));
}

/**
 * `describeArticle` for the fields a row is made from, when whether the article changed since it
 * was published is already known (the scan worker's light check lists only files where it is plain).
 */
export function describeFields(article: SummaryFields, fileName: string, isChanged: boolean): { summary: ArticleSummary; search: SearchDocument } {
  const text = searchableText(article);
  const search = searchDocumentOf(article, text);
  const summary: ArticleSummary = {
    id: article.id,
    slug: article.slug,
    fileName,
    kicker: article.kicker,
    headline: article.headline,
    dek: article.dek,
    status: article.status,
    bylines: search.bylines,
    updatedAt: article.updatedAt,
    words: countWords(text),
    isChangedSincePublished: isChanged,
    tags: article.tags,
    lead: leadOf(text),
  };
  return { summary, search };
}
