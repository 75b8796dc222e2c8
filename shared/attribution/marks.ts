/**
 * Quotation-mark scanning. Double marks of any shape pair up in order (writers mix straight and
 * curly marks, and even use a left curly mark to close). Single marks inside a double quote are
 * part of it; outside one they delimit a quote only when they open and close at word edges.
 */

/** One contiguous quoted span of a paragraph. */
export interface QuoteSpan {
  paragraph: number;
  /** Offset of the opening mark. */
  openAt: number;
  /** First character after the opening mark. */
  start: number;
  /** Offset of the closing mark, or the paragraph length when the quote runs on. */
  end: number;
  /** True when no closing mark follows in this paragraph (the quote continues in the next). */
  isRunOn: boolean;
}

/** A quotation mark that pairs with nothing: the paragraph offset of the stray mark. */
export interface StrayMark {
  paragraph: number;
  offset: number;
}

const doubleMarks = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB']);

/** True when the character is a double quotation mark of any shape. */
export function isDoubleMark(char: string | undefined): boolean {
  return char !== undefined && doubleMarks.has(char);
}

const doubleMarkPattern = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
const singleMarkPattern = /['\u2018\u2019]/g;

const markupTag = /<\/?[A-Za-z][^<>]{0,2000}>/g;

/** Ranges of markup tags pasted with the text (`<tweet author="x">`): marks inside them quote nothing. */
function tagRanges(text: string): [number, number][] {
  if (!text.includes('<')) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(markupTag)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

function markOffsets(text: string): number[] {
  const tags = tagRanges(text);
  const offsets: number[] = [];
  let tag = 0;
  for (const match of text.matchAll(doubleMarkPattern)) {
    while (tag < tags.length && (tags[tag] as [number, number])[1] <= match.index) tag += 1;
    const range = tags[tag];
    if (range && range[0] <= match.index) continue;
    offsets.push(match.index);
  }
  return offsets;
}

/** True when a paragraph's first visible character is a quotation mark. */
export function startsWithMark(text: string): boolean {
  const match = /\S/.exec(text);
  return match !== null && isDoubleMark(match[0]);
}

const singleOpeners = new Set(["'", '\u2018']);
const singleClosers = new Set(["'", '\u2019']);

function isOpeningSingle(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index + 1] ?? '';
  return singleOpeners.has(text[index] as string) && (before === undefined || /[\s([{\u2014\u2013-]/u.test(before)) && /[\p{L}\p{N}.\u2026]/u.test(after);
}

function isClosingSingle(text: string, index: number): boolean {
  const before = text[index - 1] ?? ' ';
  const after = text[index + 1];
  return singleClosers.has(text[index] as string) && !/\s/u.test(before) && (after === undefined || /[\s.,;:!?)\]\u2014\u2013-]/u.test(after));
}

/**
 * Single-quoted spans in `[from, to)` (British style, or quotes outside any double quote). An
 * apostrophe inside a word never counts, and an opener that is never closed is dropped.
 */
function scanSingles(text: string, paragraph: number, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  // Search only the segment: a search running on past `to` would make many segments quadratic.
  const segment = text.slice(from, to);
  singleMarkPattern.lastIndex = 0;
  for (let match = singleMarkPattern.exec(segment); match !== null; match = singleMarkPattern.exec(segment)) {
    const index = from + match.index;
    if (openAt < 0 && isOpeningSingle(text, index)) openAt = index;
    else if (openAt >= 0 && isClosingSingle(text, index) && /[\p{L}\p{N}]/u.test(text.slice(openAt + 1, index))) {
      spans.push({ paragraph, openAt, start: openAt + 1, end: index, isRunOn: false });
      openAt = -1;
    }
  }
  return spans;
}

function withSingles(text: string, paragraph: number, doubles: QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let cursor = 0;
  for (const span of doubles) {
    spans.push(...scanSingles(text, paragraph, cursor, span.openAt), span);
    cursor = span.isRunOn ? text.length : span.end + 1;
  }
  spans.push(...scanSingles(text, paragraph, cursor, text.length));
  return spans;
}

/**
 * Pairs the marks of one paragraph in order. An odd mark out opens a quote that runs to the
 * paragraph end (the newsroom convention for a quote continued in the next paragraph).
 */
export function scanParagraph(text: string, paragraph: number): QuoteSpan[] {
  const offsets = markOffsets(text);
  const spans: QuoteSpan[] = [];
  for (let index = 0; index < offsets.length; index += 2) {
    const openAt = offsets[index] as number;
    const closeAt = offsets[index + 1];
    const end = closeAt ?? text.length;
    if (text.slice(openAt + 1, end).trim() === '') continue;
    spans.push({ paragraph, openAt, start: openAt + 1, end, isRunOn: closeAt === undefined });
  }
  return withSingles(text, paragraph, spans);
}

/**
 * Scans every paragraph. A quote left open is only a stray mark when the next paragraph does not
 * pick it up with an opening mark of its own.
 */
export function scanParagraphs(paragraphs: readonly string[]): { spans: QuoteSpan[][]; strays: StrayMark[] } {
  const spans = paragraphs.map((text, index) => scanParagraph(text, index));
  const strays: StrayMark[] = [];
  spans.forEach((list, index) => {
    const last = list[list.length - 1];
    if (!last?.isRunOn) return;
    const next = paragraphs[index + 1];
    if (next === undefined || !startsWithMark(next)) strays.push({ paragraph: index, offset: last.openAt });
  });
  return { spans, strays };
}
