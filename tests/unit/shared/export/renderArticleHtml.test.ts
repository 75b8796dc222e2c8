import { describe, expect, it } from 'vitest';
import { renderArticleHtml } from '../../../../shared/export';
import { fullArticle, privateMarkers } from '../../../fixtures/export/articles';

const publishedAt = '2026-11-28T14:00:00.000Z';
const html = renderArticleHtml(fullArticle(), { mode: 'publish', publishedAt });

function jsonLdOf(document: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(document);
  if (!match?.[1]) throw new Error('no JSON-LD script');
  return JSON.parse(match[1]) as Record<string, unknown>;
}

describe('renderArticleHtml: document and head', () => {
  it('starts with a doctype and an English html element', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has a viewport, the headline as title and the dek as description', () => {
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Council passes budget after late-night vote</title>');
    expect(html).toContain('<meta name="description" content="The spending plan closes a $4 million gap without raising taxes.">');
  });

  it('has Open Graph and article metadata, one author tag per byline and one tag per keyword', () => {
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:title" content="Council passes budget after late-night vote">');
    expect(html).toContain('<meta property="og:description" content="The spending plan closes');
    expect(html).toContain(`<meta property="article:published_time" content="${publishedAt}">`);
    expect(html.match(/property="article:author"/g)).toHaveLength(2);
    expect(html).toContain('<meta property="article:author" content="Sam Roe">');
    expect(html).toContain('<meta property="article:tag" content="budget">');
    expect(html).toContain('<meta property="article:tag" content="city council">');
  });

  it('describes the article as a schema.org NewsArticle in JSON-LD', () => {
    expect(jsonLdOf(html)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Council passes budget after late-night vote',
      description: 'The spending plan closes a $4 million gap without raising taxes.',
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Person', name: 'Sam Roe' },
      ],
      datePublished: publishedAt,
      dateModified: '2026-11-27T09:30:00.000Z',
      locationCreated: { '@type': 'Place', name: 'Springfield' },
      keywords: ['budget', 'city council'],
      inLanguage: 'en',
    });
  });

  it('escapes characters in JSON-LD that could end the script element', () => {
    const hostile = renderArticleHtml(fullArticle({ headline: '</script><script>alert(1)</script> & \u2028 \u2029!' }), { mode: 'publish' });
    expect(hostile).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u2028 \\u2029!');
    expect(hostile.match(/<script/g)).toHaveLength(1);
    expect(jsonLdOf(hostile).headline).toBe('</script><script>alert(1)</script> & \u2028 \u2029!');
  });

  it('leaves out empty metadata instead of writing empty values', () => {
    const bare = renderArticleHtml(fullArticle({ dek: '', tags: [], bylines: [], dateline: { place: '', date: '' } }), { mode: 'publish' });
    expect(bare).not.toContain('name="description"');
    expect(bare).not.toContain('article:tag');
    expect(bare).not.toContain('article:author');
    expect(bare).not.toContain('article:published_time');
    expect(jsonLdOf(bare)).not.toHaveProperty('author');
    expect(jsonLdOf(bare)).not.toHaveProperty('locationCreated');
    expect(jsonLdOf(bare)).not.toHaveProperty('datePublished');
  });

  it('takes the publication time from the article when none is passed', () => {
    const published = fullArticle({
      publication: { at: '2026-11-01T08:00:00.000Z', revisionId: 'r', contentUpdatedAt: '2026-11-01T08:00:00.000Z', confirmedWarnings: [] },
    });
    expect(jsonLdOf(renderArticleHtml(published, { mode: 'publish' })).datePublished).toBe('2026-11-01T08:00:00.000Z');
  });

  it('rejects a publication time that is not an ISO date-time', () => {
    expect(() => renderArticleHtml(fullArticle(), { mode: 'publish', publishedAt: 'yesterday' })).toThrow(RangeError);
  });

  it('embeds its CSS with print and dark-scheme rules and loads nothing from the network', () => {
    expect(html).toContain('@media print');
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|@import|url\(/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]{43}='/);
  });
});

describe('renderArticleHtml: header', () => {
  it('renders kicker, headline as the only h1, dek, byline, additional reporting and dateline', () => {
    const header = /<header class="article-header">([\s\S]*?)<\/header>/.exec(html)?.[1] ?? '';
    expect(header).toContain('<p class="kicker">City Hall</p>');
    expect(header).toContain('<h1>Council passes budget after late-night vote</h1>');
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(header).toContain('<p class="dek">The spending plan closes a $4 million gap without raising taxes.</p>');
    expect(header).toContain('<p class="byline">By <span class="author">Jane Doe</span> and <span class="author">Sam Roe</span> <span class="role">(photographer)</span></p>');
    expect(header).toContain('<p class="additional-reporting">Additional reporting by Ann Lee</p>');
    expect(header).toContain('<p class="dates"><time class="dateline-date" datetime="2026-11-27">Nov. 27, 2026</time> · <span class="published">Published <time datetime="2026-11-28T14:00:00.000Z">Nov. 28, 2026, 2 p.m. UTC</time></span></p>');
  });

  it('joins three or more bylines with commas and "and"', () => {
    const three = renderArticleHtml(
      fullArticle({ bylines: [{ name: 'A', role: 'reporter' }, { name: 'B', role: 'staff' }, { name: 'C', role: 'reporter' }] }),
      { mode: 'publish' },
    );
    expect(three).toContain('By <span class="author">A</span>, <span class="author">B</span> and <span class="author">C</span>');
  });

  it('titles an article without a headline "Untitled" rather than leaving the heading empty', () => {
    const untitled = renderArticleHtml(fullArticle({ headline: '  ' }), { mode: 'preview' });
    expect(untitled).toContain('<h1>Untitled</h1>');
    expect(untitled).toContain('<title>Draft: Untitled</title>');
  });
});

describe('renderArticleHtml: privacy, determinism and preview', () => {
  it('never writes contact notes, anonymity reasons, unnamed sources’ names, editor’s notes, reviews or the log', () => {
    for (const marker of Object.values(privateMarkers)) expect(html).not.toContain(marker);
    const preview = renderArticleHtml(fullArticle(), { mode: 'preview' });
    for (const marker of Object.values(privateMarkers)) expect(preview).not.toContain(marker);
  });

  it('produces byte-identical output for the same article', () => {
    expect(renderArticleHtml(fullArticle(), { mode: 'publish', publishedAt })).toBe(html);
    expect(renderArticleHtml(fullArticle(), { mode: 'preview' })).toBe(renderArticleHtml(fullArticle(), { mode: 'preview' }));
  });

  it('marks a preview with a visible draft banner and asks search engines not to index it', () => {
    const preview = renderArticleHtml(fullArticle(), { mode: 'preview' });
    expect(preview).toContain('<meta name="robots" content="noindex">');
    expect(preview).toContain('<p class="draft-banner">DRAFT — not for publication</p>');
    expect(html).not.toContain('noindex');
    expect(html).not.toContain('draft-banner">');
  });
});
