import type { BodyNode, Source } from '../article/model';
import { nodeText } from '../article/text';
import { findSource, publicCredit } from './credit';
import { escapeHtml, visibleText } from './escape';
import { renderInline } from './inline';

const orderedListTypes = new Set(['1', 'a', 'A', 'i', 'I']);

/** What the walk carries: the sources for credits, and whether an h2 has been written yet. */
interface BodyContext {
  sources: readonly Source[];
  hasLevelTwo: boolean;
}

function renderChildren(node: BodyNode, context: BodyContext): string {
  return (node.content ?? []).map((child) => renderBlock(child, context)).join('');
}

/**
 * A subhead as h2 or h3. An h3 before any h2 is written as h2, because a level may not be
 * skipped after the h1 (validators and screen readers both rely on it).
 */
function renderHeading(node: BodyNode, context: BodyContext): string {
  const level = node.attrs?.level;
  if (level !== 2 && level !== 3) throw new RangeError(`renderArticleHtml: heading level ${String(level)} is not 2 or 3`);
  if (visibleText(nodeText(node)) === '') return '';
  const written = context.hasLevelTwo ? level : 2;
  context.hasLevelTwo = true;
  return `<h${written}>${renderInline(node.content, context.sources)}</h${written}>\n`;
}

function renderOrderedList(node: BodyNode, context: BodyContext): string {
  const start = node.attrs?.start;
  const type = node.attrs?.type;
  const startAttribute = typeof start === 'number' && Number.isInteger(start) && start !== 1 ? ` start="${start}"` : '';
  const typeAttribute = typeof type === 'string' && orderedListTypes.has(type) && type !== '1' ? ` type="${type}"` : '';
  return `<ol${startAttribute}${typeAttribute}>\n${renderChildren(node, context)}</ol>\n`;
}

function renderPullQuoteCaption(sourceId: unknown, sources: readonly Source[]): string {
  const source = findSource(sources, sourceId);
  if (!source) return '';
  const credit = publicCredit(source);
  const parts: string[] = [];
  if (credit.name) parts.push(`<span class="speaker-name">${escapeHtml(credit.name)}</span>`);
  if (credit.description) parts.push(`<span class="speaker-title">${escapeHtml(credit.description)}</span>`);
  return parts.length > 0 ? `<figcaption>${parts.join(', ')}</figcaption>` : '';
}

/**
 * A pull quote as a figure: the words in a blockquote, the speaker's public credit in the
 * figcaption outside it, so the quotation holds only what was said.
 */
function renderPullQuote(node: BodyNode, sources: readonly Source[]): string {
  const text = nodeText(node);
  if (visibleText(text) === '') return '';
  const caption = renderPullQuoteCaption(node.attrs?.sourceId, sources);
  return `<figure class="pull-quote"><blockquote><p>${escapeHtml(text)}</p></blockquote>${caption}</figure>\n`;
}

/** Renders one block node and its descendants; unknown node types throw a RangeError. */
function renderBlock(node: BodyNode, context: BodyContext): string {
  switch (node.type) {
    case 'paragraph': {
      const inner = renderInline(node.content, context.sources);
      return inner ? `<p>${inner}</p>\n` : '';
    }
    case 'heading':
      return renderHeading(node, context);
    case 'bulletList':
      return `<ul>\n${renderChildren(node, context)}</ul>\n`;
    case 'orderedList':
      return renderOrderedList(node, context);
    case 'listItem':
      return `<li>${renderChildren(node, context).trimEnd()}</li>\n`;
    case 'pullQuote':
      return renderPullQuote(node, context.sources);
    default:
      throw new RangeError(`renderArticleHtml: unknown block node type "${node.type}"`);
  }
}

/**
 * Renders an article body (a TipTap `doc`) as HTML. Empty paragraphs, headings and pull quotes
 * are left out; editor notes lose their mark but keep their text; the body must already be valid.
 */
export function renderBody(body: BodyNode, sources: readonly Source[]): string {
  if (body.type !== 'doc') throw new RangeError(`renderArticleHtml: the body is a "${body.type}", not a "doc"`);
  return renderChildren(body, { sources, hasLevelTwo: false });
}
