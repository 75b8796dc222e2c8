import type { Editor } from '@tiptap/react';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Article } from '../../shared/article/model';
import { styledFields, type StyleSegment, type StyledField } from '../../shared/style/articleStyle';
import { applyStyleFixes, checkStyleCached, type StyleCache, type StyleFinding } from '../../shared/style/check';
import type { StylePack } from '../../shared/style/pack';

/** A style finding in the open article: where it is, and for the body its document range. */
export interface EditorStyleFinding extends StyleFinding {
  where: StyleSegment;
  /** Document positions of the finding in the body; null for a field. */
  range: { from: number; to: number } | null;
}

/** Findings of unchanged blocks are kept between checks, so a pause in typing re-parses only what changed. */
const cache: StyleCache = new Map();

/**
 * Checks the fields and the editor's document against the house style. Body text blocks are read
 * from the document (hard breaks as one newline, as in the saved body), so offsets map to positions.
 */
export function checkEditorStyle(doc: ProseMirrorNode, article: Pick<Article, StyledField>, pack: StylePack): EditorStyleFinding[] {
  const segments: StyleSegment[] = styledFields.map((field) => ({ kind: 'field', field }));
  const texts: string[] = styledFields.map((field) => article[field]);
  const starts: number[] = styledFields.map(() => -1);
  let block = 0;
  let paragraph = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    segments.push({ kind: 'block', block, paragraph: node.type.name === 'paragraph' ? paragraph : null });
    texts.push(node.textBetween(0, node.content.size, undefined, '\n'));
    starts.push(pos + 1);
    block += 1;
    if (node.type.name === 'paragraph') paragraph += 1;
    return false;
  });
  return checkStyleCached(texts, pack.rules, cache).map((finding) => {
    const start = starts[finding.segment] ?? -1;
    return { ...finding, where: segments[finding.segment] as StyleSegment, range: start < 0 ? null : { from: start + finding.start, to: start + finding.end } };
  });
}

/**
 * Applies the fixes of the given findings: the body in one transaction (one undo step, its own
 * history event) and the fields through `onFields`. Returns the field values before the change.
 */
export function applyEditorFixes(editor: Editor, article: Pick<Article, StyledField>, findings: readonly EditorStyleFinding[], onFields: (change: Partial<Record<StyledField, string>>) => void): Partial<Record<StyledField, string>> {
  const body = findings.filter((finding) => finding.range !== null && finding.fix !== null).sort((a, b) => (b.range?.from ?? 0) - (a.range?.from ?? 0));
  if (body.length > 0) {
    const tr = closeHistory(editor.state.tr);
    let limit = Number.POSITIVE_INFINITY;
    for (const finding of body) {
      const range = finding.range as { from: number; to: number };
      if (range.to > limit || tr.doc.textBetween(range.from, range.to, undefined, '\n') !== finding.actual) continue;
      tr.insertText(finding.fix as string, range.from, range.to);
      limit = range.from;
    }
    editor.view.dispatch(tr);
  }
  const before: Partial<Record<StyledField, string>> = {};
  const change: Partial<Record<StyledField, string>> = {};
  for (const field of styledFields) {
    const own = findings.filter((finding) => finding.where.kind === 'field' && finding.where.field === field);
    if (own.length === 0) continue;
    before[field] = article[field];
    change[field] = applyStyleFixes(article[field], own);
  }
  if (Object.keys(change).length > 0) onFields(change);
  return before;
}
