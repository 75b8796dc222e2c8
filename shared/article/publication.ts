import stableStringify from 'fast-json-stable-stringify';
import { digest } from 'lib0/hash/sha256';
import { sharedSourceFields } from '../collab/sourceFields';
import type { Article } from './model';

/**
 * A fingerprint of what readers of an article see and editors sign off: the text fields, bylines,
 * dateline, tags, body, the public part of each source, which quotes are verified, and the
 * corrections. It leaves out what differs between two machines holding the same shared story (file
 * dates, slug, private source notes, the attribution log's author names), so a copy of a
 * published story on another machine has the same fingerprint as the one that was published.
 */
export function publishedContentKey(article: Article): string {
  const content = {
    kicker: article.kicker,
    headline: article.headline,
    dek: article.dek,
    additionalReporting: article.additionalReporting,
    bylines: article.bylines,
    dateline: article.dateline,
    tags: article.tags,
    body: article.body,
    sources: article.sources.map((source) => Object.fromEntries(sharedSourceFields.map((field) => [field, source[field]]))),
    reviews: Object.fromEntries(Object.entries(article.reviews).map(([key, review]) => [key, review.status])),
    corrections: article.corrections,
  };
  const hash = digest(new TextEncoder().encode(stableStringify(content)));
  return Array.from(hash.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether a published article has changed since it was published. A save that keeps the
 * publication's date is unchanged at no cost; otherwise the content is compared with the
 * fingerprint taken at publication, so a save that changed nothing readers see, or another
 * machine's copy of a shared story saved at its own time, still reads as unchanged. Records from
 * before the fingerprint existed fall back to comparing dates. `readBody` gives the current body
 * where the article's own is stale (the renderer's editor holds it); it is called only when needed.
 */
export function isChangedSincePublished(article: Article, readBody: () => Article['body'] = () => article.body): boolean {
  const { publication } = article;
  if (publication === null) return false;
  if (publication.contentUpdatedAt === article.updatedAt) return false;
  return publication.contentKey === undefined || publication.contentKey !== publishedContentKey({ ...article, body: readBody() });
}
