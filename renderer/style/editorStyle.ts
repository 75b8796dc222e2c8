import type { Editor } from '@tiptap/react';
import { closeHistory } from '@tiptap/pm/history';
import type { Article } from '../../shared/article/model';
import { styledFields, type StyledField } from '../../shared/style/articleStyle';
import { applyStyleFixes } from '../../shared/style/fixes';
import type { EditorStyleFinding } from './styleClient';

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
