import type { BodyNode } from './model';

/** Block types whose text is body copy (what the attribution analyser and word counts read). */
const textBlockTypes = new Set(['paragraph', 'heading', 'pullQuote']);

/** Concatenated text of a node and its descendants, with hard breaks as newlines. */
export function nodeText(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(nodeText).join('');
}

/** One entry per text block in document order, with the block's type. */
export function bodyBlocks(body: BodyNode): { type: string; text: string; node: BodyNode }[] {
  const blocks: { type: string; text: string; node: BodyNode }[] = [];
  const visit = (node: BodyNode): void => {
    if (textBlockTypes.has(node.type)) {
      blocks.push({ type: node.type, text: nodeText(node), node });
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(body);
  return blocks;
}

/** Body paragraphs (paragraphs and list items' paragraphs, not headings or pull quotes) as plain text. */
export function bodyParagraphs(body: BodyNode): string[] {
  return bodyBlocks(body)
    .filter((block) => block.type === 'paragraph')
    .map((block) => block.text);
}

const letterOrDigit = /^[\p{L}\p{N}]$/u;
/** Whether characters above ASCII are letters or digits, as they are met (a text uses few of them). */
const isWideWordCharacter = new Map<number, boolean>();

/** Whether the code point is a letter or a digit (Unicode's L and N categories). */
function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = isWideWordCharacter.get(code);
  if (known === undefined) {
    known = letterOrDigit.test(String.fromCodePoint(code));
    isWideWordCharacter.set(code, known);
  }
  return known;
}

/** Apostrophe, right single quotation mark and hyphen: they join two runs into one word. */
const isJoiner = (code: number) => code === 39 || code === 0x2019 || code === 45;

/**
 * Number of words in a text: runs of letters or digits, with inner apostrophes and hyphens (the
 * matches of `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` in Unicode mode). Scanned by code point rather
 * than matched with that pattern, which costs several times more: a cold start counts every article's words.
 */
export function countWords(text: string): number {
  let words = 0;
  let isInWord = false;
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index) as number;
    const width = code > 0xffff ? 2 : 1;
    if (isWordCharacter(code)) {
      if (!isInWord) words += 1;
      isInWord = true;
    } else if (!(isInWord && isJoiner(code) && index + 1 < text.length && isWordCharacter(text.codePointAt(index + 1) as number))) {
      isInWord = false;
    }
    index += width;
  }
  return words;
}

/** Word count of a whole body. */
export function bodyWordCount(body: BodyNode): number {
  return bodyBlocks(body).reduce((sum, block) => sum + countWords(block.text), 0);
}

/** Reading time in whole minutes at a newsroom's usual 230 words per minute, at least 1 for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
