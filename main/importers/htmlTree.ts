/** An element of the limited HTML mammoth writes. */
export interface HtmlElement {
  kind: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

/** A run of decoded text. */
export interface HtmlText {
  kind: 'text';
  text: string;
}

/** A node of the parsed tree. */
export type HtmlNode = HtmlElement | HtmlText;

const voidTags = new Set(['br', 'img', 'hr']);
const tokenPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>|<!--[\s\S]*?-->|([^<]+)|</g;
const attrPattern = /([^\s=>/]+)(?:="([^"]*)")?/g;

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references mammoth writes (named basics and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Parses well-formed, limited HTML (mammoth's output) into a tree with no DOM. Unmatched closing
 * tags are ignored and unclosed elements end with their parent, so odd input cannot throw.
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { kind: 'element', tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(tokenPattern)) {
    const [whole, closing, tagName, rawAttrs, text] = match;
    const parent = stack[stack.length - 1] ?? root;
    if (text !== undefined || whole === '<') {
      parent.children.push({ kind: 'text', text: decodeEntities(text ?? whole) });
    } else if (tagName && closing) {
      const tag = tagName.toLowerCase();
      const depth = stack.map((element) => element.tag).lastIndexOf(tag);
      if (depth > 0) stack.length = depth;
    } else if (tagName) {
      const element: HtmlElement = { kind: 'element', tag: tagName.toLowerCase(), attrs: parseAttrs(rawAttrs ?? ''), children: [] };
      parent.children.push(element);
      if (!voidTags.has(element.tag) && !whole.endsWith('/>')) stack.push(element);
    }
  }
  return root;
}

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, name, value] of raw.matchAll(attrPattern)) {
    if (name) attrs[name.toLowerCase()] = decodeEntities(value ?? '');
  }
  return attrs;
}

/** The text of an element and its descendants. */
export function elementText(node: HtmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(elementText).join('');
}
