import type { Token } from 'markdown-it';
import type { BodyNode } from '../../shared/article/model';
import { isSafeHref } from '../../shared/editor/links';
import { normaliseInline, textNode, type MarkJson } from './inline';
import type { DroppedItem } from './types';

/** Where an inline run sits in the file, for report lines. */
export interface InlineContext {
  line: number;
  dropped: DroppedItem[];
}

const markByToken: Record<string, string> = { strong_open: 'bold', em_open: 'italic' };

/**
 * Converts one markdown-it inline token's children to TipTap inline nodes: emphasis becomes
 * bold and italic, safe links become link marks (unsafe ones keep their text and are reported),
 * images and inline HTML tags are reported and left out.
 */
export function convertInline(children: Token[], context: InlineContext): BodyNode[] {
  const stack: (MarkJson | null)[] = [];
  const nodes: BodyNode[] = [];
  const active = (): MarkJson[] => stack.filter((mark): mark is MarkJson => mark !== null);
  for (const token of children) {
    const mark = markByToken[token.type];
    if (mark) stack.push({ type: mark });
    else if (token.type === 'strong_close' || token.type === 'em_close' || token.type === 'link_close') stack.pop();
    else if (token.type === 'link_open') stack.push(linkMark(token, children, context));
    else if (token.type === 'text' || token.type === 'code_inline') nodes.push(textNode(token.content, active()));
    else if (token.type === 'softbreak') nodes.push(textNode(' ', active()));
    else if (token.type === 'hardbreak') nodes.push({ type: 'hardBreak' });
    else if (token.type === 'image') reportImage(token, context);
    else if (token.type === 'html_inline') reportHtml(token, context);
  }
  return normaliseInline(nodes);
}

/** Plain text of inline children (what a pull quote, a headline or a title holds). */
export function inlinePlainText(children: Token[]): string {
  return children
    .map((token) => (token.type === 'softbreak' || token.type === 'hardbreak' ? ' ' : token.type === 'text' || token.type === 'code_inline' ? token.content : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function linkMark(token: Token, children: Token[], context: InlineContext): MarkJson | null {
  const href = String(token.attrGet('href') ?? '');
  if (isSafeHref(href)) return { type: 'link', attrs: { href } };
  const start = children.indexOf(token);
  const close = children.findIndex((child, index) => index > start && child.type === 'link_close');
  const text = inlinePlainText(children.slice(start + 1, close < 0 ? undefined : close));
  context.dropped.push({
    item: `link "${href}" on "${text}" (line ${context.line})`,
    reason: 'not an http, https or mailto address; the link text is kept',
  });
  return null;
}

function reportImage(token: Token, context: InlineContext): void {
  const alt = inlinePlainText(token.children ?? []);
  const source = String(token.attrGet('src') ?? '');
  context.dropped.push({
    item: `image ${alt ? `"${alt}" ` : ''}(${source}) at line ${context.line}`,
    reason: 'images are not imported; add art in the layout',
  });
}

function reportHtml(token: Token, context: InlineContext): void {
  if (token.content.startsWith('</')) return;
  context.dropped.push({
    item: `HTML tag ${token.content.trim()} at line ${context.line}`,
    reason: 'raw HTML is not imported; the text around it is kept',
  });
}
