import type { Token } from 'markdown-it';
import type { DroppedItem } from './types';

/** Block tokens that hold text; every source line with words must lie inside one of them. */
const textBlocks = new Set(['paragraph_open', 'heading_open', 'fence', 'code_block', 'html_block', 'hr']);
/** Quote markers, list bullets and numbers at the start of a line: structure, not words. */
const containerMarkers = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*/;
/** A link reference definition (`[id]: url`), which is used by links rather than imported as text. */
const referenceDefinition = /^\[[^\]]+\]:/;

function hasWords(line: string): boolean {
  const rest = line.replace(containerMarkers, '');
  return rest.trim() !== '' && !referenceDefinition.test(rest);
}

/**
 * Lists, as report entries, the source lines with words that no text block covers: what the
 * Markdown parser left out (past its nesting limit) or anything else that would vanish silently.
 * `lineOffset` is the number of lines before the body (front matter).
 */
export function unreadLines(body: string, tokens: readonly Token[], lineOffset: number): DroppedItem[] {
  const lines = body.split('\n');
  const covered = new Uint8Array(lines.length);
  for (const token of tokens) {
    if (!textBlocks.has(token.type) || !token.map) continue;
    covered.fill(1, token.map[0], token.map[1]);
  }
  const items: DroppedItem[] = [];
  for (let start = 0; start < lines.length; start += 1) {
    if (covered[start] || !hasWords(lines[start] ?? '')) continue;
    let end = start;
    while (end + 1 < lines.length && !covered[end + 1]) end += 1;
    while (end > start && !hasWords(lines[end] ?? '')) end -= 1;
    const first = start + lineOffset + 1;
    const last = end + lineOffset + 1;
    const excerpt = (lines[start] ?? '').replace(containerMarkers, '').trim().slice(0, 60);
    items.push({
      item: `text at ${first === last ? `line ${first}` : `lines ${first}–${last}`} (“${excerpt}${excerpt.length === 60 ? '…' : ''}”)`,
      reason: 'not imported: the Markdown is nested more deeply than Copydesk can read',
    });
    start = end;
  }
  return items;
}
