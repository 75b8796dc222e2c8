import type { Token } from 'markdown-it';
import type { BodyNode } from '../../shared/article/model';
import { inlinePlainText } from './markdownInline';
import type { MarkdownCursor } from './markdown';

/** An attribution line under a quote: `— Name`, `– Name, Title`, `-- Name`, `~ Name`. */
const attributionLine = /^(?:—|–|―|--|~)\s*(\S.*)$/;

const breakTypes = new Set(['softbreak', 'hardbreak']);

interface QuoteParts {
  /** Inline children that hold the quoted words, one list per quoted paragraph. */
  quoted: Token[][];
  attribution: string;
  /** Token index just after everything the pull quote used. */
  end: number;
}

/**
 * Reads a block quote (the cursor is just past `blockquote_open`). With an attribution line as
 * its last line, its last paragraph, or the paragraph right after it, it becomes a pull quote
 * whose speaker is proposed as a source; otherwise `readContent` reads it as ordinary blocks.
 */
export function readBlockquote(cursor: MarkdownCursor, line: number, readContent: () => BodyNode[]): BodyNode[] {
  const parts = findQuoteParts(cursor.tokens, cursor.position);
  const text = parts ? parts.quoted.map(inlinePlainText).filter(Boolean).join(' ') : '';
  if (parts && text) {
    cursor.position = parts.end;
    const localId = `pull-quote-speaker-${cursor.draft.speakers.length + 1}`;
    cursor.draft.speakers.push({ localId, ...splitAttribution(parts.attribution) });
    return [{ type: 'pullQuote', attrs: { sourceId: localId }, content: [{ type: 'text', text }] }];
  }
  cursor.draft.warnings.push(`block quote at line ${line} has no attribution line (— Name); imported as body text`);
  return readContent();
}

/** `Name, Title` (a trailing full stop dropped) split at the first comma. */
function splitAttribution(attribution: string): { name: string; title: string } {
  const cleaned = attribution.trim().replace(/\.$/, '');
  const comma = cleaned.indexOf(',');
  return comma < 0 ? { name: cleaned, title: '' } : { name: cleaned.slice(0, comma).trim(), title: cleaned.slice(comma + 1).trim() };
}

function findQuoteParts(tokens: Token[], start: number): QuoteParts | null {
  const close = closingIndex(tokens, start);
  if (close < 0) return null;
  const inner: Token[] = [];
  for (let index = start; index < close; index += 1) {
    const token = tokens[index];
    // Anything but plain paragraphs (a nested quote, a list) is not a pull quote: stop looking at once.
    if (!token || !['paragraph_open', 'inline', 'paragraph_close'].includes(token.type)) return null;
    inner.push(token);
  }
  const paragraphs = inner.filter((token) => token.type === 'inline').map((token) => token.children ?? []);
  const last = paragraphs[paragraphs.length - 1] ?? [];
  const lastBreak = last.map((token) => breakTypes.has(token.type)).lastIndexOf(true);
  const tail = lastBreak < 0 ? null : attributionLine.exec(inlinePlainText(last.slice(lastBreak + 1)));
  if (tail) return { quoted: [...paragraphs.slice(0, -1), last.slice(0, lastBreak)], attribution: tail[1] ?? '', end: close + 1 };
  const whole = paragraphs.length > 1 && !last.some((token) => breakTypes.has(token.type)) ? attributionLine.exec(inlinePlainText(last)) : null;
  if (whole) return { quoted: paragraphs.slice(0, -1), attribution: whole[1] ?? '', end: close + 1 };
  const [open, next] = [tokens[close + 1], tokens[close + 2]];
  const children = next?.children ?? [];
  const after = open?.type === 'paragraph_open' && !children.some((token) => breakTypes.has(token.type)) ? attributionLine.exec(inlinePlainText(children)) : null;
  return after ? { quoted: paragraphs, attribution: after[1] ?? '', end: close + 4 } : null;
}

/** Index of the `blockquote_close` that matches the open just before `start`, or -1. */
function closingIndex(tokens: Token[], start: number): number {
  const level = tokens[start - 1]?.level ?? 0;
  for (let index = start; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token?.type === 'blockquote_close' && token.level === level) return index;
  }
  return -1;
}
