import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../../shared/article/model';
import { renderArticleHtml } from '../../../../shared/export';
import { fullArticle, paragraph, source, text } from '../../../fixtures/export/articles';

function bodyHtml(...content: BodyNode[]): string {
  const html = renderArticleHtml(fullArticle({ body: { type: 'doc', content }, dateline: { place: '', date: '2026-11-27' } }), { mode: 'publish' });
  return /<\/header>\n([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';
}

const fullHtml = renderArticleHtml(fullArticle(), { mode: 'publish' });

describe('renderArticleHtml: body blocks', () => {
  it('renders paragraphs and leaves out empty ones', () => {
    expect(bodyHtml(paragraph(text('One.')), paragraph(), paragraph(text('Two.')))).toBe('<p>One.</p>\n<p>Two.</p>\n');
  });

  it('renders subheads as h2 and h3, leaves out empty ones and refuses other levels', () => {
    const heading = (level: number, value: string): BodyNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
    expect(bodyHtml(heading(2, 'A'), heading(3, 'B'), heading(2, ' '))).toBe('<h2>A</h2>\n<h3>B</h3>\n');
    expect(() => bodyHtml(heading(1, 'C'))).toThrow(RangeError);
  });

  it('writes an h3 that comes before any h2 as h2, so no heading level is skipped', () => {
    const heading = (level: number, value: string): BodyNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
    expect(bodyHtml(heading(3, 'A'), heading(3, 'B'))).toBe('<h2>A</h2>\n<h3>B</h3>\n');
  });

  it('renders bullet and ordered lists, keeping an ordered list’s start number', () => {
    const item = (value: string): BodyNode => ({ type: 'listItem', content: [paragraph(text(value))] });
    expect(bodyHtml({ type: 'bulletList', content: [item('a'), item('b')] })).toBe('<ul>\n<li><p>a</p></li>\n<li><p>b</p></li>\n</ul>\n');
    expect(bodyHtml({ type: 'orderedList', attrs: { start: 1, type: null }, content: [item('a')] })).toBe('<ol>\n<li><p>a</p></li>\n</ol>\n');
    expect(bodyHtml({ type: 'orderedList', attrs: { start: 4, type: 'a' }, content: [item('d')] })).toBe('<ol start="4" type="a">\n<li><p>d</p></li>\n</ol>\n');
  });

  it('renders hard breaks as br', () => {
    expect(bodyHtml(paragraph(text('one'), { type: 'hardBreak' }, text('two')))).toBe('<p>one<br>two</p>\n');
  });

  it('throws a RangeError for a node or mark the schema does not know', () => {
    expect(() => bodyHtml({ type: 'codeBlock', content: [text('x')] })).toThrow(RangeError);
    expect(() => bodyHtml(paragraph({ type: 'image' }))).toThrow(RangeError);
    expect(() => bodyHtml(paragraph(text('x', { type: 'strike' })))).toThrow(RangeError);
  });
});

describe('renderArticleHtml: inline marks', () => {
  it('renders bold as strong and italic as em', () => {
    expect(bodyHtml(paragraph(text('a', { type: 'bold' }), text('b', { type: 'italic' }), text('c', { type: 'bold' }, { type: 'italic' })))).toBe(
      '<p><strong>a</strong><em>b</em><strong><em>c</em></strong></p>\n',
    );
  });

  it('keeps one link open across neighbouring text with different formatting', () => {
    const link = { type: 'link', attrs: { href: 'https://example.com/a' } };
    expect(bodyHtml(paragraph(text('bold', link, { type: 'bold' }), text(' plain', link)))).toBe(
      '<p><a href="https://example.com/a" rel="noopener noreferrer"><strong>bold</strong> plain</a></p>\n',
    );
  });

  it('links http, https and mailto addresses with escaped hrefs and rel="noopener noreferrer"', () => {
    expect(fullHtml).toContain('<a href="https://example.com/report?year=2026&amp;part=1" rel="noopener noreferrer">report</a>');
    expect(fullHtml).toContain('<a href="mailto:desk@example.com" rel="noopener noreferrer">the desk</a>');
  });

  it('percent-encodes characters a valid URL may not hold unescaped', () => {
    const link = (href: string): BodyNode => paragraph(text('x', { type: 'link', attrs: { href } }));
    expect(bodyHtml(link('mailto:a@b.example?subject="><script>'))).toBe(
      '<p><a href="mailto:a@b.example?subject=%22%3E%3Cscript%3E" rel="noopener noreferrer">x</a></p>\n',
    );
    expect(bodyHtml(link('https://example.com/a|b{c}%zz'))).toBe('<p><a href="https://example.com/a%7Cb%7Bc%7D%25zz" rel="noopener noreferrer">x</a></p>\n');
  });

  it('turns javascript:, data: and other unsafe links into plain text', () => {
    const hrefs = ['javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:x'];
    for (const href of hrefs) {
      expect(bodyHtml(paragraph(text('click', { type: 'link', attrs: { href } })))).toBe('<p>click</p>\n');
    }
    expect(fullHtml).not.toMatch(/javascript:/i);
    expect(fullHtml).toContain(' or this.');
  });

  it('keeps an unverified inline quote’s words as written and does not mark it as attributed', () => {
    expect(fullHtml).toContain('<p><span class="dateline">SPRINGFIELD —</span> “We will balance the budget,” Major said on <strong>Friday</strong>.');
    expect(fullHtml).toContain('<p>“Nobody wants this,” said an official.');
    expect(fullHtml).not.toMatch(/data-speaker|<q\b|inline-quote/);
  });

  it('never names an anonymous or background speaker of an inline quote', () => {
    const background = renderArticleHtml(
      fullArticle({ body: { type: 'doc', content: [paragraph(text('“Yes,”', { type: 'inlineQuote', attrs: { sourceId: 'aide' } }))] } }),
      { mode: 'publish' },
    );
    expect(background).toContain('<p><span class="dateline">SPRINGFIELD —</span> “Yes,”</p>');
    expect(background).not.toContain('Background Bob');
  });

  it('drops an editor’s note but keeps the words it was attached to', () => {
    expect(fullHtml).toContain('The vote was <em>close</em>.');
    expect(fullHtml).not.toContain('editor-note');
    expect(fullHtml).not.toContain('check this figure');
  });
});

describe('renderArticleHtml: pull quotes', () => {
  it('puts the words in a blockquote and the on-record speaker’s name and title in the figcaption outside it', () => {
    expect(fullHtml).toContain(
      '<figure class="pull-quote"><blockquote><p>We will balance the budget.</p></blockquote><figcaption><span class="speaker-name">Mary Major</span>, <span class="speaker-title">Mayor, City of Springfield</span></figcaption></figure>',
    );
  });

  it('credits an anonymous source by description only', () => {
    expect(fullHtml).toContain('<blockquote><p>Nobody wants this.</p></blockquote><figcaption><span class="speaker-title">a senior city official</span></figcaption>');
  });

  it('credits an unnamed source without a description as "Anonymous source"', () => {
    const article = fullArticle({
      sources: [source({ id: 'x', name: 'Real Name', level: 'anonymous', anonymityReason: 'safety' })],
      body: { type: 'doc', content: [{ type: 'pullQuote', attrs: { sourceId: 'x' }, content: [text('Words.')] }] },
    });
    const html = renderArticleHtml(article, { mode: 'publish' });
    expect(html).toContain('<figcaption><span class="speaker-title">Anonymous source</span></figcaption>');
    expect(html).not.toContain('Real Name');
  });

  it('leaves out the figcaption when the pull quote has no known source', () => {
    expect(bodyHtml({ type: 'pullQuote', attrs: { sourceId: 'nobody' }, content: [text('Words.')] })).toBe(
      '<figure class="pull-quote"><blockquote><p>Words.</p></blockquote></figure>\n',
    );
  });
});
