import type { Article } from '../../shared/article/model';
import { bodyBlocks, bodyWordCount } from '../../shared/article/text';
import type { ArticleSummary } from '../../shared/ipc';

/** The library row for an article stored in `fileName`. */
export function summarize(article: Article, fileName: string): ArticleSummary {
  return {
    id: article.id,
    slug: article.slug,
    fileName,
    kicker: article.kicker,
    headline: article.headline,
    dek: article.dek,
    status: article.status,
    bylines: article.bylines.map((byline) => byline.name).filter(Boolean).join(', '),
    updatedAt: article.updatedAt,
    words: bodyWordCount(article.body),
    isChangedSincePublished: article.publication !== null && article.publication.contentUpdatedAt !== article.updatedAt,
  };
}

/** The body copy that full-text search reads. */
export function searchableText(article: Article): string {
  return bodyBlocks(article.body)
    .map((block) => block.text)
    .join('\n');
}
