import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeHref } from '../../../../shared/editor/links';
import { newsArticleJsonLd, renderArticleHtml } from '../../../../shared/export';
import { cleanText } from '../../../../shared/export/escape';
import { privateMarkers } from '../../../fixtures/export/articles';
import { hostileArticle } from '../../../fixtures/export/hostile';

const allowedElements = new Set([
  'html', 'head', 'meta', 'title', 'script', 'style', 'body', 'main', 'article', 'header', 'p', 'h1', 'h2', 'h3',
  'span', 'time', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br', 'figure', 'blockquote', 'figcaption',
]);

function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Start tags outside the style and script elements, with quoted attribute values blanked. */
function startTags(html: string): string[] {
  const markup = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/(<script[^>]*>)[\s\S]*?<\/script>/, '$1</script>');
  return (markup.match(/<[a-zA-Z][^>]*>/g) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
}

function checkExport(html: string, article: Parameters<typeof renderArticleHtml>[0]): void {
  expect(html.match(/<script/gi)).toHaveLength(1);
  for (const tag of startTags(html)) {
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(/'/);
    expect(allowedElements.has(/^<([a-zA-Z0-9]+)/.exec(tag)?.[1]?.toLowerCase() ?? '')).toBe(true);
  }
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  const parsed: unknown = JSON.parse(json);
  expect(parsed).toEqual(newsArticleJsonLd(article, null));
  expect((parsed as { headline: string }).headline).toBe(cleanText(article.headline).trim() || 'Untitled');
  for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(isSafeHref(unescapeAttribute(href ?? ''))).toBe(true);
  for (const marker of Object.values(privateMarkers)) expect(html).not.toContain(marker);
  expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
}

describe('renderArticleHtml with hostile input', () => {
  it('never lets a field add a script, an event handler, an unsafe link or a private value', () => {
    fc.assert(
      fc.property(hostileArticle, fc.constantFrom('publish' as const, 'preview' as const), (article, mode) => {
        checkExport(renderArticleHtml(article, { mode }), article);
      }),
      { numRuns: 300 },
    );
  });
});
