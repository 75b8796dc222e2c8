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

/** Number of words in a text: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

/** Word count of a whole body. */
export function bodyWordCount(body: BodyNode): number {
  return bodyBlocks(body).reduce((sum, block) => sum + countWords(block.text), 0);
}

/** Reading time in whole minutes at a newsroom's usual 230 words per minute, at least 1 for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
