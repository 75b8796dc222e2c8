/** The HTML exporter's pure parts: one self-contained, validator-clean HTML file per article. */
export { renderArticleHtml, articleJsonLd, type RenderOptions } from './renderArticleHtml';
export { newsArticleJsonLd, type NewsArticleJsonLd, type QuotationJsonLd, type CorrectionJsonLd } from './jsonLd';
export { correctionLead } from './corrections';
export { publicCredit, type PublicCredit } from './credit';
export { exportContentSecurityPolicy } from './head';
