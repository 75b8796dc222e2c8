import { z } from 'zod';
import type { Article, Publication } from '../../shared/article/model';
import { publishedContentKey } from '../../shared/article/publication';

const isoDateTime = z.iso.datetime({ offset: true });

/** What a publication records besides the article: when, which revision, and who confirmed which warnings. */
export interface PublishDetails {
  /** Publication time, ISO 8601 with offset. */
  at: string;
  /** Id of the revision snapshotted for this publication; '' until revisions are wired. */
  revisionId?: string;
  confirmedWarnings?: Publication['confirmedWarnings'];
}

/**
 * Returns the article marked published at `details.at`, with its publication record set. The
 * article's `updatedAt` becomes the publication time and is recorded as `contentUpdatedAt`, so
 * it reads "unchanged since published" until the next edit. The input is not modified.
 */
export function publishArticle(article: Article, details: PublishDetails): Article {
  if (!isoDateTime.safeParse(details.at).success) {
    throw new RangeError(`publishArticle: "${details.at}" is not an ISO 8601 date-time with offset`);
  }
  return {
    ...article,
    status: 'published',
    updatedAt: details.at,
    publication: {
      at: details.at,
      revisionId: details.revisionId ?? '',
      contentUpdatedAt: details.at,
      contentKey: publishedContentKey(article),
      confirmedWarnings: [...(details.confirmedWarnings ?? [])],
    },
  };
}
