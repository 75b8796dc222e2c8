import type { BodyNode } from '../../shared/article/model';
import { AppError } from '../../shared/errors';
import { dropTrailingBoilerplate, isInlineAdvertisement } from './boilerplate';
import { classifyHeader, parseBylineLine, splitDateline } from './header';
import { normaliseInline, paragraphNode, textNode } from './inline';
import { emptyDraft, type ImportDraft } from './types';

/** How many leading blocks may hold byline lines. */
const bylineSearchDepth = 5;

interface Block {
  text: string;
  line: number;
}

/**
 * Reads the plain-text newsroom layout: optional kicker, headline and dek lines, optional
 * `By …` line, then body paragraphs separated by blank lines. Trailing page boilerplate is
 * dropped and reported; quotation marks and all other characters are kept as written.
 */
export function parsePlainText(fileName: string, text: string, encoding: string): ImportDraft {
  const draft = emptyDraft('plain text', encoding);
  const { kept, dropped } = dropTrailingBoilerplate(text.split('\n'));
  draft.dropped.push(...dropped);
  let blocks = splitBlocks(kept).filter((block) => {
    if (!isInlineAdvertisement(block.text)) return true;
    draft.dropped.push({ item: block.text, reason: `advertising label at line ${block.line}` });
    return false;
  });
  if (blocks.length === 0) {
    throw new AppError('import-failed', `${fileName}: the file holds only page boilerplate (${dropped.map((item) => item.item).join(', ')})`);
  }
  blocks = takeBylines(splitStackedHeader(blocks), draft);
  const header = classifyHeader(blocks.map((block) => block.text));
  const lineOf = (index: number): string => `line ${blocks[index]?.line ?? 0}`;
  let position = 0;
  for (const field of ['kicker', 'headline', 'dek'] as const) {
    if (!header[field]) continue;
    draft[field] = header[field];
    draft.fields.push({ field, value: header[field], origin: lineOf(position) });
    position += 1;
  }
  if (draft.dek.endsWith('.')) draft.warnings.push('the dek ends with a full stop: check it is not the first body paragraph');
  if (!draft.headline) draft.warnings.push('no headline found: the text does not start with a short display line');
  const paragraphs = blocks.slice(header.consumed).map((block) => block.text.replace(/\s*\n\s*/g, ' '));
  takeDateline(paragraphs, draft, blocks[header.consumed]?.line ?? 0);
  draft.body = { type: 'doc', content: paragraphs.map(toParagraph) };
  return draft;
}

/**
 * Kicker, headline and dek are often pasted as consecutive lines with no blank line between.
 * A first block of two or three short lines, each starting with a capital and none but the last
 * ending like a sentence, is display type, not a hard-wrapped paragraph: give each line its own block.
 */
function splitStackedHeader(blocks: Block[]): Block[] {
  const [first, ...rest] = blocks;
  if (!first) return blocks;
  const lines = first.text.split('\n');
  const isDisplay = lines.length >= 2 && lines.length <= 3 && lines.every((line, index) => line.length <= 200 && /^["“]?\p{Lu}/u.test(line) && (index === lines.length - 1 || !/[.,;:]$/.test(line)));
  if (!isDisplay || rest.length === 0) return blocks;
  return [...lines.map((text, index) => ({ text, line: first.line + index })), ...rest];
}

/** Groups lines into blocks separated by blank lines, remembering each block's first line (1-based). */
function splitBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let start = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push({ text: current.join('\n'), line: start + 1 });
      current = [];
      return;
    }
    if (current.length === 0) start = index;
    current.push(line.trim());
  });
  if (current.length > 0) blocks.push({ text: current.join('\n'), line: start + 1 });
  return blocks;
}

/** Moves `By …` lines among the first blocks into the draft's bylines. */
function takeBylines(blocks: Block[], draft: ImportDraft): Block[] {
  return blocks.filter((block, index) => {
    if (index >= bylineSearchDepth) return true;
    const bylines = parseBylineLine(block.text);
    if (!bylines) return true;
    draft.bylines.push(...bylines);
    const value = bylines.map((byline) => `${byline.name} (${byline.role})`).join(', ');
    draft.fields.push({ field: 'bylines', value, origin: `line ${block.line}` });
    return false;
  });
}

/** Moves a dateline (`CHICAGO —`) at the start of the first paragraph into the dateline field. */
function takeDateline(paragraphs: string[], draft: ImportDraft, line: number): void {
  const first = paragraphs[0];
  const split = first === undefined ? null : splitDateline(first);
  if (!split) return;
  paragraphs[0] = split.rest;
  draft.dateline = { place: split.place, date: '' };
  draft.fields.push({ field: 'dateline', value: split.place, origin: `start of the first paragraph (line ${line})` });
  if (split.credit) draft.dropped.push({ item: `wire credit ${split.credit} in the dateline`, reason: 'credits belong in the byline fields' });
}

function toParagraph(text: string): BodyNode {
  return paragraphNode(normaliseInline([textNode(text, [])]));
}
