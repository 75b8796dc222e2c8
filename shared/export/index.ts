/** The HTML exporter's pure parts: one self-contained, validator-clean HTML file per article. */
export { renderArticleHtml, type RenderOptions } from './renderArticleHtml';
export { newsArticleJsonLd, type NewsArticleJsonLd } from './jsonLd';
export { publicCredit, type PublicCredit } from './credit';
export { exportContentSecurityPolicy } from './head';
