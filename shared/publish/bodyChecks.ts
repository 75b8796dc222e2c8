import type { BodyNode } from '../article/model';
import { bodyBlocks } from '../article/text';
import { isSafeHref } from '../editor/links';
import type { ChecklistItem } from './types';

/** A mark found in the body, with the paragraph the panel should jump to. */
interface MarkOccurrence {
  type: string;
  attrs: Record<string, unknown>;
  text: string;
  paragraph: number;
}

/**
 * Every mark on body text. Paragraphs are numbered as the analyser numbers them; a mark in a
 * heading points at the paragraph after it (or the last one), the nearest place the panel can show.
 */
function markOccurrences(body: BodyNode): MarkOccurrence[] {
  const blocks = bodyBlocks(body);
  const paragraphCount = blocks.filter((block) => block.type === 'paragraph').length;
  const occurrences: MarkOccurrence[] = [];
  let paragraph = 0;
  for (const block of blocks) {
    const target = Math.max(0, Math.min(paragraph, paragraphCount - 1));
    for (const child of block.node.content ?? []) {
      for (const mark of child.marks ?? []) {
        occurrences.push({ type: mark.type, attrs: mark.attrs ?? {}, text: child.text ?? '', paragraph: target });
      }
    }
    if (block.type === 'paragraph') paragraph += 1;
  }
  return occurrences;
}

/** One error per open editor's note; notes must be resolved before an article goes out. */
export function checkEditorNotes(body: BodyNode): ChecklistItem[] {
  const notes = markOccurrences(body).filter((mark) => mark.type === 'editorNote');
  if (notes.length === 0) {
    return [{ id: 'editor-notes', severity: 'ok', label: "Editor's notes", reason: 'No open editor’s notes.', target: null }];
  }
  return notes.map((note, index) => ({
    id: `editor-note:${index}`,
    severity: 'error',
    label: "Open editor's note",
    reason: `Resolve the note on “${note.text}”: ${String(note.attrs.note ?? '')}`,
    target: { paragraph: note.paragraph },
  }));
}

/** One error per link that is not an http, https or mailto address. */
export function checkLinks(body: BodyNode): ChecklistItem[] {
  const unsafe = markOccurrences(body).filter(
    (mark) => mark.type === 'link' && !isSafeHref(typeof mark.attrs.href === 'string' ? mark.attrs.href : ''),
  );
  if (unsafe.length === 0) {
    return [{ id: 'links', severity: 'ok', label: 'Links', reason: 'Every link is an http, https or mailto address.', target: null }];
  }
  return unsafe.map((link, index) => ({
    id: `link:${index}`,
    severity: 'error',
    label: 'Unsafe link',
    reason: `The link on “${link.text}” (${String(link.attrs.href ?? '')}) is not an http, https or mailto address.`,
    target: { paragraph: link.paragraph },
  }));
}
