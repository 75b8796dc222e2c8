import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { perNode } from '../analysis/documentIndex';
import type { TextSplice } from './styleProtocol';

/** The text blocks inside one top-level block, as the style check reads them. */
interface BlockTexts {
  /** Each text block's text, hard breaks as one newline (as in the saved body). */
  texts: string[];
  /** Offset from the top-level block's position to each text block's first character. */
  offsets: number[];
  /** Whether each text block is a paragraph (the analyser numbers paragraphs). */
  isParagraph: boolean[];
}

function readBlock(block: ProseMirrorNode): BlockTexts {
  const read: BlockTexts = { texts: [], offsets: [], isParagraph: [] };
  const add = (node: ProseMirrorNode, offset: number) => {
    read.texts.push(node.textBetween(0, node.content.size, undefined, '\n'));
    read.offsets.push(offset + 1);
    read.isParagraph.push(node.type.name === 'paragraph');
  };
  if (block.isTextblock) add(block, 0);
  else {
    block.descendants((node, position) => {
      if (!node.isTextblock) return true;
      add(node, position + 1);
      return false;
    });
  }
  return read;
}

const blockTexts = perNode(readBlock);

/**
 * The body's top-level blocks and their text blocks at one moment. An unchanged block is the very
 * same node from one document to the next, so comparing two snapshots costs one identity check
 * per block, and only changed blocks are read again.
 */
export interface StyleSnapshot {
  blocks: readonly ProseMirrorNode[];
  reads: readonly BlockTexts[];
}

/** An empty snapshot: what a port holds before its first update. */
export const emptyStyleSnapshot: StyleSnapshot = { blocks: [], reads: [] };

/** Reads the document's top-level blocks, reusing what was read before for every block that did not change. */
export function styleSnapshotOf(doc: ProseMirrorNode): StyleSnapshot {
  const blocks: ProseMirrorNode[] = [];
  const reads: BlockTexts[] = [];
  doc.forEach((block) => {
    blocks.push(block);
    reads.push(blockTexts(block));
  });
  return { blocks, reads };
}

/** Every text block's text, in document order. */
export function styleTextsOf(snapshot: StyleSnapshot): string[] {
  return snapshot.reads.flatMap((read) => read.texts);
}

/** Where each text block sits: its first character's document position and its paragraph number (null for other blocks). */
export function styleBlockPlaces(snapshot: StyleSnapshot): { start: number; paragraph: number | null }[] {
  const places: { start: number; paragraph: number | null }[] = [];
  let position = 0;
  let paragraph = 0;
  snapshot.blocks.forEach((block, index) => {
    const read = snapshot.reads[index] as BlockTexts;
    read.offsets.forEach((offset, at) => {
      const isParagraph = read.isParagraph[at] === true;
      places.push({ start: position + offset, paragraph: isParagraph ? paragraph : null });
      if (isParagraph) paragraph += 1;
    });
    position += block.nodeSize;
  });
  return places;
}

const textCount = (reads: readonly BlockTexts[]) => reads.reduce((sum, read) => sum + read.texts.length, 0);

/**
 * The change between two snapshots as one splice of text blocks (indices from 0), or null when
 * no text changed: blocks are compared by identity from both ends, and the blocks in between are
 * the change.
 */
export function styleChangeBetween(before: StyleSnapshot, after: StyleSnapshot): TextSplice | null {
  const shorter = Math.min(before.blocks.length, after.blocks.length);
  let head = 0;
  while (head < shorter && before.blocks[head] === after.blocks[head]) head += 1;
  let tail = 0;
  while (tail < shorter - head && before.blocks[before.blocks.length - 1 - tail] === after.blocks[after.blocks.length - 1 - tail]) tail += 1;
  const removed = before.reads.slice(head, before.reads.length - tail).flatMap((read) => read.texts);
  const added = after.reads.slice(head, after.reads.length - tail).flatMap((read) => read.texts);
  if (removed.length === added.length && removed.every((text, index) => text === added[index])) return null;
  return { start: textCount(before.reads.slice(0, head)), deleteCount: removed.length, texts: added };
}
