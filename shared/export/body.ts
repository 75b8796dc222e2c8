import type { BodyNode, Source } from '../article/model';
import { nodeText } from '../article/text';
import type { VerifiedQuotation } from '../standards/quotations';
import { findSource, publicCredit } from './credit';
import { escapeHtml, visibleText } from './escape';
import { renderInline } from './inline';
import { speakerAttributes, withQuotations } from './quotations';

const orderedListTypes = new Set(['1', 'a', 'A', 'i', 'I']);

/** What the body needs besides the nodes: sources for credits, verified quotes, and the dateline that opens the story. */
export interface BodyInput {
  sources: readonly Source[];
  quotations: readonly VerifiedQuotation[];
  /** `CHICAGO —`, or '' when the article has no dateline place. */
  dateline: string;
}

/** What the walk carries: the input, whether an h2 has been written, the paragraph count and whether the dateline is out. */
interface BodyContext extends BodyInput {
  hasLevelTwo: boolean;
  paragraph: number;
  isDatelineWritten: boolean;
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
  return `<h${written}>${renderInline(node.content)}</h${written}>\n`;
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
 * figcaption outside it, so the quotation holds only what was said. The blockquote names its
 * speaker for machines only when a verified quote of the same source stands behind it.
 */
function renderPullQuote(node: BodyNode, context: BodyContext): string {
  const text = nodeText(node);
  if (visibleText(text) === '') return '';
  const sourceId = node.attrs?.sourceId;
  const verified = typeof sourceId === 'string' && sourceId !== '' ? context.quotations.find((quotation) => quotation.sourceId === sourceId) : undefined;
  const speaker = verified ? speakerAttributes(verified.speaker) : '';
  const caption = renderPullQuoteCaption(sourceId, context.sources);
  return `<figure class="pull-quote"><blockquote${speaker}><p>${escapeHtml(text)}</p></blockquote>${caption}</figure>\n`;
}

/** A paragraph, numbered as the analyser numbers them, with its verified quotes and (for the first with text) the dateline. */
function renderParagraph(node: BodyNode, context: BodyContext): string {
  const index = context.paragraph;
  context.paragraph += 1;
  const quotations = context.quotations.filter((quotation) => quotation.paragraph === index);
  const inner = renderInline(withQuotations(node.content ?? [], nodeText(node), quotations));
  if (!inner) return '';
  if (context.dateline === '' || context.isDatelineWritten) return `<p>${inner}</p>\n`;
  context.isDatelineWritten = true;
  return `<p><span class="dateline">${escapeHtml(context.dateline)}</span> ${inner}</p>\n`;
}

/** Renders one block node and its descendants; unknown node types throw a RangeError. */
function renderBlock(node: BodyNode, context: BodyContext): string {
  switch (node.type) {
    case 'paragraph':
      return renderParagraph(node, context);
    case 'heading':
      return renderHeading(node, context);
    case 'bulletList':
      return `<ul>\n${renderChildren(node, context)}</ul>\n`;
    case 'orderedList':
      return renderOrderedList(node, context);
    case 'listItem':
      return `<li>${renderChildren(node, context).trimEnd()}</li>\n`;
    case 'pullQuote':
      return renderPullQuote(node, context);
    default:
      throw new RangeError(`renderArticleHtml: unknown block node type "${node.type}"`);
  }
}

/**
 * Renders an article body (a TipTap `doc`) as HTML. Empty paragraphs, headings and pull quotes
 * are left out; editor notes and unverified quote links lose their mark but keep their text;
 * verified quotes become `<q>`; the dateline opens the first paragraph. The body must already be valid.
 */
export function renderBody(body: BodyNode, input: BodyInput): string {
  if (body.type !== 'doc') throw new RangeError(`renderArticleHtml: the body is a "${body.type}", not a "doc"`);
  const context: BodyContext = { ...input, hasLevelTwo: false, paragraph: 0, isDatelineWritten: false };
  const html = renderChildren(body, context);
  return context.dateline !== '' && !context.isDatelineWritten ? `<p class="dateline">${escapeHtml(context.dateline)}</p>\n${html}` : html;
}
