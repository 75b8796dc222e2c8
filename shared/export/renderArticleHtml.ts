import { z } from 'zod';
import type { Article } from '../article/model';
import type { AttributionResult } from '../attribution/types';
import { formatDateline, isKnownTimeZone, type DateStyle } from '../standards/dates';
import { verifiedQuotations, type VerifiedQuotation } from '../standards/quotations';
import { renderBody } from './body';
import { renderCorrections } from './corrections';
import { renderHead } from './head';
import { renderHeader } from './header';
import { newsArticleJsonLd, type NewsArticleJsonLd } from './jsonLd';

/** How an export is rendered: `publish` for the public file, `preview` for a marked, unindexed draft. */
export interface RenderOptions {
  mode: 'publish' | 'preview';
  /** Publication time (ISO 8601 with offset); defaults to the article's last publication, if any. */
  publishedAt?: string;
  /**
   * The attribution analyser's result for this article. Quotes it found that an editor verified are
   * marked up as `<q>` and listed as schema.org `Quotation`s; without it no quote is marked as attributed.
   */
  analysis?: AttributionResult;
  /** The newsroom's date style (`ap` by default). */
  dateStyle?: DateStyle;
  /** IANA time zone the publication time is shown in (`UTC` by default). */
  timeZone?: string;
}

const isoDateTime = z.iso.datetime({ offset: true });

const draftBanner = '<p class="draft-banner">DRAFT — not for publication</p>\n';

interface ResolvedOptions {
  isPreview: boolean;
  publishedAt: string | null;
  quotations: VerifiedQuotation[];
  dateStyle: DateStyle;
  timeZone: string;
}

function resolve(article: Article, options: RenderOptions): ResolvedOptions {
  if (options.publishedAt !== undefined && !isoDateTime.safeParse(options.publishedAt).success) {
    throw new RangeError(`renderArticleHtml: publishedAt "${options.publishedAt}" is not an ISO 8601 date-time`);
  }
  const timeZone = options.timeZone ?? 'UTC';
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`renderArticleHtml: "${timeZone}" is not a known time zone`);
  return {
    isPreview: options.mode === 'preview',
    publishedAt: options.publishedAt ?? article.publication?.at ?? null,
    quotations: options.analysis ? verifiedQuotations(article, options.analysis) : [],
    dateStyle: options.dateStyle ?? 'ap',
    timeZone,
  };
}

/**
 * The schema.org JSON-LD of an export, exactly as `renderArticleHtml` embeds it for the same
 * article and options (the CLI's `--jsonld` writes it beside the HTML).
 */
export function articleJsonLd(article: Article, options: RenderOptions): NewsArticleJsonLd {
  const resolved = resolve(article, options);
  return newsArticleJsonLd(article, resolved.publishedAt, resolved.quotations);
}

/**
 * Renders an article as one self-contained HTML document: metadata, JSON-LD, embedded CSS and
 * semantic markup, with nothing loaded from the network and no script that runs. The output
 * depends only on the article and the options, so the same input gives byte-identical files.
 * Private fields (contact notes, identities, quote evidence, editor's notes, reviews, the logs,
 * anonymity reasons and the names of unnamed sources) are never written.
 */
export function renderArticleHtml(article: Article, options: RenderOptions): string {
  const resolved = resolve(article, options);
  const jsonLd = newsArticleJsonLd(article, resolved.publishedAt, resolved.quotations);
  return [
    '<!doctype html>\n',
    '<html lang="en">\n',
    renderHead(article, { isPreview: resolved.isPreview, publishedAt: resolved.publishedAt, jsonLd }),
    '<body>\n<main>\n',
    resolved.isPreview ? draftBanner : '',
    '<article>\n',
    renderHeader(article, resolved),
    renderBody(article.body, { sources: article.sources, quotations: resolved.quotations, dateline: formatDateline(article.dateline.place) }),
    renderCorrections(article.corrections, resolved.dateStyle),
    '</article>\n</main>\n</body>\n</html>\n',
  ].join('');
}
