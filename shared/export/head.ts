import type { Article } from '../article/model';
import { exportStylesheet } from './css';
import { escapeHtml, visibleText } from './escape';
import { displayHeadline } from './header';
import { jsonLdScriptText, type NewsArticleJsonLd } from './jsonLd';
import { sha256Base64 } from './sha256';

/**
 * Content Security Policy of every export: nothing may load from anywhere and no script may run,
 * so even a markup mistake could not fetch or execute anything. The one inline script allowed
 * by hash is the JSON-LD data block, which browsers never execute; inline styles stay allowed.
 */
export function exportContentSecurityPolicy(jsonLdText: string): string {
  return `default-src 'none'; script-src 'sha256-${sha256Base64(jsonLdText)}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}">\n`;
}

function openGraph(article: Article, publishedAt: string | null): string {
  const dek = visibleText(article.dek);
  return [
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', displayHeadline(article)),
    dek ? meta('property', 'og:description', dek) : '',
    publishedAt ? meta('property', 'article:published_time', publishedAt) : '',
    meta('property', 'article:modified_time', article.updatedAt),
    ...article.bylines.map((byline) => visibleText(byline.name)).filter(Boolean).map((name) => meta('property', 'article:author', name)),
    ...article.tags.map(visibleText).filter(Boolean).map((tag) => meta('property', 'article:tag', tag)),
  ].join('');
}

/**
 * Renders the document's `<head>`: charset, viewport, security policy, title, description,
 * Open Graph, JSON-LD and the embedded stylesheet; a preview also asks search engines not to index.
 */
export function renderHead(article: Article, options: { isPreview: boolean; publishedAt: string | null; jsonLd: NewsArticleJsonLd }): string {
  const title = displayHeadline(article);
  const dek = visibleText(article.dek);
  const jsonLd = jsonLdScriptText(options.jsonLd);
  return [
    '<head>\n',
    '<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<meta http-equiv="Content-Security-Policy" content="${exportContentSecurityPolicy(jsonLd)}">\n`,
    options.isPreview ? '<meta name="robots" content="noindex">\n' : '',
    `<title>${options.isPreview ? 'Draft: ' : ''}${escapeHtml(title)}</title>\n`,
    dek ? meta('name', 'description', dek) : '',
    openGraph(article, options.publishedAt),
    `<script type="application/ld+json">${jsonLd}</script>\n`,
    `<style>\n${exportStylesheet}</style>\n`,
    '</head>\n',
  ].join('');
}
