import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BodyNode } from '../../shared/article/model';
import { countWords } from '../../shared/article/text';
import type { ParagraphInput, ParagraphSplice, PullQuoteInput } from './protocol';

/** What one top-level block gives the analyser, with where each paragraph's text starts inside the block. */
interface BlockInfo {
  paragraphs: ParagraphInput[];
  /** Offset from the block's position to each paragraph's first character. */
  textOffsets: number[];
  pullQuote: PullQuoteInput | null;
}

/**
 * The body's top-level blocks at one moment. ProseMirror keeps an unchanged block as the very
 * same node from one document to the next, so comparing two snapshots costs one identity check
 * per block, and only changed blocks are read again.
 */
export interface DocumentSnapshot {
  blocks: readonly ProseMirrorNode[];
  infos: readonly BlockInfo[];
}

/**
 * Caches one value per node: a block that did not change is the same node, so its value is
 * computed once however often the document is read.
 */
export function perNode<T>(compute: (node: ProseMirrorNode) => T): (node: ProseMirrorNode) => T {
  const cache = new WeakMap<ProseMirrorNode, T>();
  return (node) => {
    if (cache.has(node)) return cache.get(node) as T;
    const value = compute(node);
    cache.set(node, value);
    return value;
  };
}

function inlineQuoteSource(child: ProseMirrorNode): string | null {
  const mark = child.marks.find((candidate) => candidate.type.name === 'inlineQuote');
  const sourceId: unknown = mark?.attrs.sourceId;
  return typeof sourceId === 'string' && sourceId !== '' ? sourceId : null;
}

/** A paragraph's text (hard breaks as newlines, as `nodeText` reads them) and its inline-quote links; touching spans of one source merge. */
function readParagraph(paragraph: ProseMirrorNode): ParagraphInput {
  let text = '';
  const links: ParagraphInput['links'] = [];
  paragraph.forEach((child) => {
    const part = child.isText ? (child.text ?? '') : child.type.name === 'hardBreak' ? '\n' : '';
    const sourceId = child.isText ? inlineQuoteSource(child) : null;
    const previous = links[links.length - 1];
    if (sourceId && previous && previous.sourceId === sourceId && previous.end === text.length) previous.end += part.length;
    else if (sourceId) links.push({ start: text.length, end: text.length + part.length, sourceId });
    text += part;
  });
  return { text, links };
}

function readBlock(block: ProseMirrorNode): BlockInfo {
  const info: BlockInfo = { paragraphs: [], textOffsets: [], pullQuote: null };
  const visit = (node: ProseMirrorNode, offset: number): void => {
    if (node.type.name === 'paragraph') {
      info.paragraphs.push(readParagraph(node));
      info.textOffsets.push(offset + 1);
    } else if (node.type.name === 'pullQuote') {
      const sourceId: unknown = node.attrs.sourceId;
      info.pullQuote = { text: node.textContent, sourceId: typeof sourceId === 'string' && sourceId !== '' ? sourceId : null };
    } else if (node.type.name !== 'heading') {
      node.forEach((child, childOffset) => visit(child, offset + 1 + childOffset));
    }
  };
  visit(block, 0);
  return info;
}

const blockInfo = perNode(readBlock);

/** Reads the document's top-level blocks, reusing what was read before for every block that did not change. */
export function snapshotOf(doc: ProseMirrorNode): DocumentSnapshot {
  const blocks: ProseMirrorNode[] = [];
  const infos: BlockInfo[] = [];
  doc.forEach((block) => {
    blocks.push(block);
    infos.push(blockInfo(block));
  });
  return { blocks, infos };
}

/** Every paragraph of a snapshot, numbered as the analyser numbers them (`analyserInputFor`). */
export function paragraphsOf(snapshot: DocumentSnapshot): ParagraphInput[] {
  return snapshot.infos.flatMap((info) => info.paragraphs);
}

/** The pull quotes of a snapshot, in document order. */
export function pullQuotesOf(snapshot: DocumentSnapshot): PullQuoteInput[] {
  return snapshot.infos.flatMap((info) => (info.pullQuote ? [info.pullQuote] : []));
}

/** Document position of each paragraph's first character, in analyser order. */
export function paragraphPositions(snapshot: DocumentSnapshot): number[] {
  const positions: number[] = [];
  let position = 0;
  snapshot.blocks.forEach((block, index) => {
    for (const offset of snapshot.infos[index]?.textOffsets ?? []) positions.push(position + offset);
    position += block.nodeSize;
  });
  return positions;
}

/** What changed between two snapshots of the same article: one paragraph splice (or none), and whether any pull quote changed. */
export interface SnapshotChange {
  splice: ParagraphSplice | null;
  isPullQuoteChanged: boolean;
}

function isSameParagraph(a: ParagraphInput, b: ParagraphInput | undefined): boolean {
  if (!b || a.text !== b.text || a.links.length !== b.links.length) return false;
  return a.links.every((link, index) => {
    const other = b.links[index];
    return other !== undefined && link.start === other.start && link.end === other.end && link.sourceId === other.sourceId;
  });
}

const paragraphCount = (infos: readonly BlockInfo[]) => infos.reduce((sum, info) => sum + info.paragraphs.length, 0);

/** Compares two snapshots block by block from both ends; the blocks in between are the change. */
export function changeBetween(before: DocumentSnapshot, after: DocumentSnapshot): SnapshotChange {
  const shorter = Math.min(before.blocks.length, after.blocks.length);
  let head = 0;
  while (head < shorter && before.blocks[head] === after.blocks[head]) head += 1;
  let tail = 0;
  while (tail < shorter - head && before.blocks[before.blocks.length - 1 - tail] === after.blocks[after.blocks.length - 1 - tail]) tail += 1;
  const removed = before.infos.slice(head, before.infos.length - tail);
  const added = after.infos.slice(head, after.infos.length - tail);
  const deleteCount = paragraphCount(removed);
  const paragraphs = added.flatMap((info) => info.paragraphs);
  const isSameParagraphs = deleteCount === paragraphs.length && removed.flatMap((info) => info.paragraphs).every((paragraph, index) => isSameParagraph(paragraph, paragraphs[index]));
  return {
    splice: isSameParagraphs ? null : { start: paragraphCount(before.infos.slice(0, head)), deleteCount, paragraphs },
    isPullQuoteChanged: removed.some((info) => info.pullQuote) || added.some((info) => info.pullQuote),
  };
}

const blockWords = perNode((block) => countWords(block.textBetween(0, block.content.size, '\n', ' ')));

/** Words in the document, as `countWords` counts its text; only changed blocks are counted again. */
export function wordCount(doc: ProseMirrorNode): number {
  let words = 0;
  doc.forEach((block) => {
    words += blockWords(block);
  });
  return words;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const blockJson = perNode((block) => deepFreeze(block.toJSON() as BodyNode));

/**
 * The document as JSON (what `editor.getJSON()` gives), building only changed blocks again, so an
 * autosave of a long article does not copy it whole. The blocks are shared between calls and frozen.
 */
export function documentJson(doc: ProseMirrorNode): BodyNode {
  const content: BodyNode[] = [];
  doc.forEach((block) => {
    content.push(blockJson(block));
  });
  return content.length ? { type: doc.type.name, content } : { type: doc.type.name };
}
