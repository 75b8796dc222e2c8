import type { BodyNode } from '../article/model';
import { isSafeHref } from '../editor/links';
import { escapeHtml } from './escape';

type MarkJson = NonNullable<BodyNode['marks']>[number];

/** An exported mark: its opening and closing tags, and a key that says when two are the same. */
interface RenderedMark {
  key: string;
  rank: number;
  open: string;
  close: string;
}

/**
 * The link target as browsers resolve it, with the characters URLs may not contain unescaped
 * (quotes, angle brackets, `|`, `^`, braces, backticks, a `%` without two hex digits)
 * percent-encoded, so the exported address is a valid URL that means the same thing.
 */
function normaliseHref(href: string): string {
  return new URL(href).href
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/["<>\\^`{|}]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

function renderLink(mark: MarkJson): RenderedMark | null {
  const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
  if (!isSafeHref(href)) return null;
  const url = normaliseHref(href);
  return { key: `link ${url}`, rank: 1, open: `<a href="${escapeHtml(url)}" rel="noopener noreferrer">`, close: '</a>' };
}

/**
 * A verified quote (a `quotation` mark added by `withQuotations`) as `<q>`, outermost so links and
 * emphasis nest inside it. Its opening tag was built from the quote's public speaker.
 */
function renderQuotation(mark: MarkJson): RenderedMark {
  const open = mark.attrs?.open;
  if (typeof open !== 'string' || !open.startsWith('<q ')) throw new RangeError('renderArticleHtml: a quotation mark without its opening tag');
  return { key: `quotation ${String(mark.attrs?.key)}`, rank: -1, open, close: '</q>' };
}

/**
 * Maps one TipTap mark to its export, or `null` for marks that are dropped: editor notes, unsafe
 * links, and inline-quote links, because a quote is marked up as attributed only once it is
 * verified (then as `<q>`, through `withQuotations`).
 */
function renderMark(mark: MarkJson): RenderedMark | null {
  switch (mark.type) {
    case 'bold':
      return { key: 'bold', rank: 2, open: '<strong>', close: '</strong>' };
    case 'italic':
      return { key: 'italic', rank: 3, open: '<em>', close: '</em>' };
    case 'link':
      return renderLink(mark);
    case 'quotation':
      return renderQuotation(mark);
    case 'inlineQuote':
    case 'editorNote':
      return null;
    default:
      throw new RangeError(`renderArticleHtml: unknown mark type "${mark.type}"`);
  }
}

function renderMarks(marks: BodyNode['marks']): RenderedMark[] {
  return (marks ?? [])
    .map((mark) => renderMark(mark))
    .filter((mark): mark is RenderedMark => mark !== null)
    .sort((a, b) => a.rank - b.rank);
}

function sharedPrefixLength(open: RenderedMark[], next: RenderedMark[]): number {
  let length = 0;
  while (length < open.length && length < next.length && open[length]?.key === next[length]?.key) length += 1;
  return length;
}

/**
 * Renders the inline content of a text block (text and hard breaks) as HTML. Marks shared by
 * neighbouring text nodes stay open across them, so one link over bold and plain words stays one link.
 */
export function renderInline(nodes: readonly BodyNode[] | undefined): string {
  const html: string[] = [];
  let open: RenderedMark[] = [];
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'text': {
        const next = renderMarks(node.marks);
        const keep = sharedPrefixLength(open, next);
        for (const mark of open.slice(keep).reverse()) html.push(mark.close);
        for (const mark of next.slice(keep)) html.push(mark.open);
        open = next;
        html.push(escapeHtml(node.text ?? ''));
        break;
      }
      case 'hardBreak':
        html.push('<br>');
        break;
      default:
        throw new RangeError(`renderArticleHtml: unknown inline node type "${node.type}"`);
    }
  }
  for (const mark of open.reverse()) html.push(mark.close);
  return html.join('');
}
