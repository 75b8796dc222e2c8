import type { Byline } from '../../shared/article/model';

/** The display lines found above the body: each may be ''. `consumed` counts the blocks used. */
export interface HeaderLines {
  kicker: string;
  headline: string;
  dek: string;
  consumed: number;
}

const quoteMarks = /["“”„«»]/;
const maxHeaderLength = 300;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** True when the text has a sentence boundary before its last character (so it is two sentences). */
function hasInnerSentenceBreak(text: string): boolean {
  return /[.!?]["”’)]?\s+["“]?[A-Z]/.test(text.trimEnd().slice(0, -1));
}

/** One short line, a single sentence, not opening with a quotation: could be display type. */
function isHeaderBlock(block: string): boolean {
  return !block.includes('\n') && block.length <= maxHeaderLength && !hasInnerSentenceBreak(block) && !/^["“„«']/.test(block);
}

/** A kicker is a topic tag: at most five words, no sentence punctuation. */
function isKicker(line: string): boolean {
  return wordCount(line) <= 5 && line.length <= 40 && !/[.,;:!?]$/.test(line);
}

/** A headline is short and does not end like a sentence of body copy. */
function isHeadline(line: string): boolean {
  return wordCount(line) <= 25 && line.length <= 160 && !/[.,;:]$/.test(line);
}

/**
 * A dek is one sentence. One ending in a full stop reads like a lede unless it is short, free of
 * quotes, and shorter than the paragraph after it.
 */
function isDek(line: string, next: string): boolean {
  if (/[,;:]$/.test(line)) return false;
  if (!line.endsWith('.')) return true;
  return wordCount(line) <= 20 && !quoteMarks.test(line) && wordCount(next) > wordCount(line);
}

/** Most words of four letters or more start with a capital. */
function isTitleCase(line: string): boolean {
  const long = line.split(/\s+/).filter((word) => /\p{L}{4,}/u.test(word));
  return long.length > 0 && long.filter((word) => /^["“']?\p{Lu}/u.test(word)).length / long.length >= 0.75;
}

/** With only two display lines, the first is a kicker only when it is a short tag above a longer title-case headline. */
function isKickerOverHeadline(first: string, second: string, displayLines: number): boolean {
  if (!isKicker(first) || !isHeadline(second)) return false;
  if (displayLines >= 3) return true;
  return wordCount(first) <= 3 && isTitleCase(second) && wordCount(second) >= 2 * wordCount(first);
}

/**
 * Decides which leading blocks are kicker, headline and dek, by general rules of newsroom layout:
 * display lines are single short lines of one sentence; a kicker is a tag of a few words; a
 * headline has no closing full stop; a dek is one sentence. At least one block stays as body.
 */
export function classifyHeader(blocks: string[]): HeaderLines {
  let displayLines = 0;
  while (displayLines < 3 && displayLines < blocks.length - 1 && isHeaderBlock(blocks[displayLines] ?? '')) displayLines += 1;
  const lines = blocks.slice(0, displayLines);
  const header: HeaderLines = { kicker: '', headline: '', dek: '', consumed: 0 };
  let position = 0;
  if (displayLines >= 2 && isKickerOverHeadline(lines[0] ?? '', lines[1] ?? '', displayLines)) {
    header.kicker = lines[0] ?? '';
    position = 1;
  }
  const headline = lines[position];
  if (headline === undefined || !isHeadline(headline)) return { ...header, kicker: '', consumed: 0 };
  header.headline = headline;
  position += 1;
  const dek = lines[position];
  if (dek !== undefined && isDek(dek, blocks[position + 1] ?? '')) {
    header.dek = dek;
    position += 1;
  }
  return { ...header, consumed: position };
}

const roleWords: Record<string, Byline['role']> = {
  reporter: 'reporter',
  writer: 'reporter',
  correspondent: 'correspondent',
  photographer: 'photographer',
  editor: 'editor',
  contributor: 'contributor',
  staff: 'staff',
};

/** Reads a role from words like `Staff Writer` or `Chief Correspondent`, or null when none is named. */
export function roleFromWords(words: string): Byline['role'] | null {
  const found = words.toLowerCase().match(/\b(correspondent|photographer|editor|contributor|reporter|writer|staff)\b/);
  return found ? (roleWords[found[1] ?? ''] ?? null) : null;
}

/**
 * Parses a byline line (`By Jane Doe and John Roe`, `By Jane Doe, Staff Writer`) into bylines,
 * or returns null when the line is not a byline. Names must be capitalised words.
 */
export function parseBylineLine(line: string): Byline[] | null {
  const match = /^by\s+(.{2,200})$/i.exec(line.trim());
  if (!match || line.includes('\n')) return null;
  const parts = (match[1] ?? '').split(/\s*,\s*|\s+and\s+|\s*&\s*/).filter(Boolean);
  const bylines: Byline[] = [];
  for (const part of parts) {
    const role = roleFromWords(part);
    const last = bylines[bylines.length - 1];
    if (role && last) {
      last.role = role;
      continue;
    }
    if (!/^\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(part)) return null;
    bylines.push({ name: part, role: 'reporter' });
  }
  return bylines.length > 0 ? bylines : null;
}

/** A dateline at the start of a lede: `CHICAGO —`, `SPRINGFIELD, Ill. (AP) —`, `LONDON (Reuters) -`. */
const datelinePrefix = /^(\p{Lu}[\p{Lu} .'’-]{1,40}?(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)?)(?: (\([^)]{1,30}\)))? ?(?:—|–|--| -) +/u;

/**
 * Splits a dateline off the start of the first paragraph, with any wire credit (`(AP)`) apart;
 * null when the paragraph has none.
 */
export function splitDateline(paragraph: string): { place: string; credit: string; rest: string } | null {
  const match = datelinePrefix.exec(paragraph);
  if (!match || !/\p{Lu}{3}/u.test(match[1] ?? '')) return null;
  const rest = paragraph.slice(match[0].length);
  return rest ? { place: (match[1] ?? '').trim(), credit: match[2] ?? '', rest } : null;
}
