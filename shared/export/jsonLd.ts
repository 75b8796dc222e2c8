import type { Article } from '../article/model';
import { jsonForScript, visibleText } from './escape';
import { displayHeadline } from './header';

/** The schema.org fields Copydesk publishes for an article. */
export interface NewsArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  description?: string;
  author?: { '@type': 'Person'; name: string }[];
  datePublished?: string;
  dateModified: string;
  locationCreated?: { '@type': 'Place'; name: string };
  keywords?: string[];
  inLanguage: 'en';
}

/**
 * Builds the schema.org `NewsArticle` description of an article. Empty fields are left out; text
 * is cleaned of characters that HTML forbids, so the JSON matches what the page shows.
 */
export function newsArticleJsonLd(article: Article, publishedAt: string | null): NewsArticleJsonLd {
  const authors = article.bylines
    .map((byline) => visibleText(byline.name))
    .filter(Boolean)
    .map((name) => ({ '@type': 'Person' as const, name }));
  const dek = visibleText(article.dek);
  const place = visibleText(article.dateline.place);
  const keywords = article.tags.map(visibleText).filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: displayHeadline(article),
    ...(dek ? { description: dek } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(publishedAt ? { datePublished: publishedAt } : {}),
    dateModified: article.updatedAt,
    ...(place ? { locationCreated: { '@type': 'Place' as const, name: place } } : {}),
    ...(keywords.length > 0 ? { keywords } : {}),
    inLanguage: 'en',
  };
}

/** The text of the JSON-LD `<script>` element, escaped so no field can end the element early. */
export function jsonLdScriptText(article: Article, publishedAt: string | null): string {
  return jsonForScript(newsArticleJsonLd(article, publishedAt));
}
