import { z } from 'zod';
import type { Article } from '../article/model';
import { renderBody } from './body';
import { renderHead } from './head';
import { renderHeader } from './header';

/** How an export is rendered: `publish` for the public file, `preview` for a marked, unindexed draft. */
export interface RenderOptions {
  mode: 'publish' | 'preview';
  /** Publication time (ISO 8601 with offset); defaults to the article's last publication, if any. */
  publishedAt?: string;
}

const isoDateTime = z.iso.datetime({ offset: true });

const draftBanner = '<p class="draft-banner">DRAFT — not for publication</p>\n';

/**
 * Renders an article as one self-contained HTML document: metadata, JSON-LD, embedded CSS and
 * semantic markup, with nothing loaded from the network and no script that runs. The output
 * depends only on the article and the options, so the same input gives byte-identical files.
 * Private fields (contact notes, editor's notes, reviews, the attribution log, anonymity reasons
 * and the names of unnamed sources) are never written.
 */
export function renderArticleHtml(article: Article, options: RenderOptions): string {
  if (options.publishedAt !== undefined && !isoDateTime.safeParse(options.publishedAt).success) {
    throw new RangeError(`renderArticleHtml: publishedAt "${options.publishedAt}" is not an ISO 8601 date-time`);
  }
  const isPreview = options.mode === 'preview';
  const publishedAt = options.publishedAt ?? article.publication?.at ?? null;
  return [
    '<!doctype html>\n',
    '<html lang="en">\n',
    renderHead(article, { isPreview, publishedAt }),
    '<body>\n<main>\n',
    isPreview ? draftBanner : '',
    '<article>\n',
    renderHeader(article),
    renderBody(article.body, article.sources),
    '</article>\n</main>\n</body>\n</html>\n',
  ].join('');
}
