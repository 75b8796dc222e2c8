import MarkdownIt, { type Token } from 'markdown-it';
import type { BodyNode } from '../../shared/article/model';
import { readFrontMatter, splitFrontMatter } from './frontMatter';
import { paragraphNode } from './inline';
import { convertInline, inlinePlainText } from './markdownInline';
import { unreadLines } from './markdownCoverage';
import { readBlockquote } from './markdownQuote';
import { emptyDraft, type ImportDraft } from './types';

/**
 * The tokeniser only: CommonMark with HTML recognised so it can be reported and left out. Nothing
 * is ever rendered, so no HTML reaches the article or runs. Nesting up to 100 levels is read (the
 * preset stops at 20 and silently skips the rest); anything deeper is listed by `unreadLines`.
 */
const markdown = new MarkdownIt('commonmark', { html: true, maxNesting: 100 });
// Let every link through the tokeniser so unsafe ones are reported by name instead of left as syntax.
markdown.validateLink = () => true;

/** Lists nested deeper than this are flattened into their level-10 item (the editor gets unwieldy far sooner). */
const maxListDepth = 10;

/** State of one conversion: the tokens, where we are, the draft being filled and the open lists. */
export interface MarkdownCursor {
  tokens: Token[];
  position: number;
  draft: ImportDraft;
  lineOffset: number;
  listDepth: number;
}

/**
 * Reads Markdown: YAML front matter into fields, a leading `# ` heading as the headline when the
 * front matter gives none, headings as level 2 and 3, emphasis, safe links, lists, and block
 * quotes as pull quotes when an attribution line follows. Images, raw HTML and rules are reported.
 */
export function parseMarkdown(fileName: string, text: string, encoding: string): ImportDraft {
  const draft = emptyDraft('Markdown', encoding);
  const { yaml, body, bodyLine } = splitFrontMatter(text);
  if (yaml !== null) readFrontMatter(fileName, yaml, draft);
  const cursor: MarkdownCursor = { tokens: markdown.parse(body, {}), position: 0, draft, lineOffset: bodyLine, listDepth: 0 };
  takeHeadline(cursor);
  draft.body = { type: 'doc', content: readBlocks(cursor, null) };
  draft.dropped.push(...unreadLines(body, cursor.tokens, bodyLine));
  if (!draft.headline) draft.warnings.push('no headline found: add front matter "headline" or start with a "# " heading');
  return draft;
}

/** 1-based line in the file of the token at the cursor (or the given token). */
export function lineOf(cursor: MarkdownCursor, token?: Token): number {
  const map = (token ?? cursor.tokens[cursor.position])?.map;
  return (map ? map[0] : 0) + cursor.lineOffset + 1;
}

function takeHeadline(cursor: MarkdownCursor): void {
  const [open, inline] = cursor.tokens;
  if (cursor.draft.headline || open?.type !== 'heading_open' || open.tag !== 'h1' || !inline) return;
  cursor.draft.headline = inlinePlainText(inline.children ?? []);
  cursor.draft.fields.push({ field: 'headline', value: cursor.draft.headline, origin: `"# " heading at line ${lineOf(cursor)}` });
  cursor.position = 3;
}

/** Reads block tokens until the closing token of type `close` (consumed), or the end. */
export function readBlocks(cursor: MarkdownCursor, close: string | null): BodyNode[] {
  const blocks: BodyNode[] = [];
  while (cursor.position < cursor.tokens.length) {
    const token = cursor.tokens[cursor.position];
    if (!token) break;
    if (token.type === close) {
      cursor.position += 1;
      break;
    }
    blocks.push(...readBlock(cursor, token));
  }
  return blocks;
}

function readBlock(cursor: MarkdownCursor, token: Token): BodyNode[] {
  const line = lineOf(cursor, token);
  cursor.position += 1;
  switch (token.type) {
    case 'paragraph_open': {
      const content = readInline(cursor, line);
      skip(cursor);
      return content.length > 0 ? [paragraphNode(content)] : [];
    }
    case 'heading_open': {
      const level = token.tag === 'h1' || token.tag === 'h2' ? 2 : 3;
      const content = readInline(cursor, line);
      skip(cursor);
      return content.length > 0 ? [{ type: 'heading', attrs: { level }, content }] : [];
    }
    case 'bullet_list_open':
    case 'ordered_list_open':
      return readList(cursor, token, line);
    case 'list_item_open':
      return [listItem(readBlocks(cursor, 'list_item_close'))];
    case 'blockquote_open':
      return readBlockquote(cursor, line, () => readBlocks(cursor, 'blockquote_close'));
    default:
      return readLeaf(cursor, token, line);
  }
}

/**
 * A list; one nested deeper than `maxListDepth` gives its items' blocks to the item it sits in,
 * so no words are lost, and the report says where the nesting was flattened.
 */
function readList(cursor: MarkdownCursor, token: Token, line: number): BodyNode[] {
  const isBullet = token.type === 'bullet_list_open';
  const isTooDeep = cursor.listDepth >= maxListDepth;
  if (cursor.listDepth === maxListDepth) {
    cursor.draft.dropped.push({ item: `list nesting deeper than ${maxListDepth} levels at line ${line}`, reason: `the deeper items were kept at level ${maxListDepth}` });
  }
  cursor.listDepth += 1;
  const content = readBlocks(cursor, isBullet ? 'bullet_list_close' : 'ordered_list_close');
  cursor.listDepth -= 1;
  if (isTooDeep) return content.flatMap((item) => (item.type === 'listItem' ? (item.content ?? []) : [item]));
  if (isBullet) return [{ type: 'bulletList', content }];
  const start = Number(token.attrGet('start') ?? 1);
  return [start === 1 ? { type: 'orderedList', content } : { type: 'orderedList', attrs: { start }, content }];
}

function readLeaf(cursor: MarkdownCursor, token: Token, line: number): BodyNode[] {
  const { dropped } = cursor.draft;
  if (token.type === 'fence' || token.type === 'code_block') {
    dropped.push({ item: `code block formatting at line ${line}`, reason: 'the editor has no code blocks; its text is kept as paragraphs' });
    return token.content.split(/\n\s*\n/).filter((part) => part.trim()).map((part) => paragraphNode(convertLines(part)));
  }
  if (token.type === 'html_block') return htmlBlock(cursor, token, line);
  if (token.type === 'hr') dropped.push({ item: `horizontal rule at line ${line}`, reason: 'section breaks are not part of the editor' });
  return [];
}

/** A raw HTML block: its text (tags, scripts and comments removed) is kept when there is any. */
function htmlBlock(cursor: MarkdownCursor, token: Token, line: number): BodyNode[] {
  const text = token.content
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const snippet = token.content.trim().slice(0, 80);
  cursor.draft.dropped.push({
    item: `HTML block at line ${line} (${snippet})`,
    reason: text ? 'raw HTML is not imported; its text is kept as a paragraph' : 'raw HTML is not imported',
  });
  return text ? [paragraphNode([{ type: 'text', text }])] : [];
}

function convertLines(text: string): BodyNode[] {
  const lines = text.split('\n').filter((line) => line.trim());
  return lines.flatMap((line, index) => (index === 0 ? [{ type: 'text', text: line }] : [{ type: 'hardBreak' }, { type: 'text', text: line }]));
}

/** Reads the inline token at the cursor into TipTap inline nodes. */
export function readInline(cursor: MarkdownCursor, line: number): BodyNode[] {
  const token = cursor.tokens[cursor.position];
  if (token?.type !== 'inline') return [];
  cursor.position += 1;
  return convertInline(token.children ?? [], { line, dropped: cursor.draft.dropped });
}

/** Steps over one closing token. */
function skip(cursor: MarkdownCursor): void {
  cursor.position += 1;
}

/** A list item must start with a paragraph in the editor schema. */
function listItem(content: BodyNode[]): BodyNode {
  return { type: 'listItem', content: content[0]?.type === 'paragraph' ? content : [{ type: 'paragraph' }, ...content] };
}
