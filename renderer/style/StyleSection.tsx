import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import type { Article } from '../../shared/article/model';
import type { StyledField } from '../../shared/style/articleStyle';
import { styleRuleLabels } from '../../shared/style/rules';
import { useStylePack } from './useStylePack';
import { applyEditorFixes } from './editorStyle';
import type { EditorStyleFinding } from './styleClient';
import { useStyleCheck } from './useStyleCheck';

interface StyleSectionProps {
  editor: Editor | null;
  article: Article;
  onChange: (change: Partial<Article>) => void;
}

const fieldIds: Record<StyledField, string> = { kicker: 'field-kicker', headline: 'field-headline', dek: 'field-dek' };
const levelNames = { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' } as const;

function place(finding: EditorStyleFinding): string {
  return finding.where.kind === 'field' ? finding.where.field.charAt(0).toUpperCase() + finding.where.field.slice(1) : `Body, block ${finding.where.block + 1}`;
}

/** The house-style check in the Review tab: findings with jump-to and fix, one click to curl every straight quote, and undo. */
export function StyleSection({ editor, article, onChange }: StyleSectionProps) {
  const style = useStylePack();
  const { findings, client } = useStyleCheck(editor, article, style?.pack ?? null);
  // Ranges as the text now stands, should the reporter have typed since the last check.
  const now = (chosen: EditorStyleFinding[]) => client?.placedNow(chosen) ?? chosen;
  const [undo, setUndo] = useState<Partial<Record<StyledField, string>> | null>(null);
  const fix = (chosen: EditorStyleFinding[]) => {
    if (!editor) return;
    setUndo(applyEditorFixes(editor, article, now(chosen), onChange));
  };
  const undoFix = () => {
    editor?.commands.undo();
    if (undo && Object.keys(undo).length > 0) onChange(undo);
    setUndo(null);
  };
  const jump = (finding: EditorStyleFinding) => {
    if (finding.where.kind === 'field') window.document.getElementById(fieldIds[finding.where.field])?.focus();
    const range = now([finding])[0]?.range;
    if (finding.where.kind === 'block' && editor && range) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };
  const quotes = (findings ?? []).filter((finding) => finding.rule === 'straight-quotes' && finding.fix !== null);
  return (
    <section className="side-section style-section" aria-label="House style">
      <h3 className="sub-title">Style ({findings?.length ?? '…'})</h3>
      {style?.problem ? <p role="alert" className="error-text">{style.problem}</p> : null}
      <div className="quote-actions">
        <button type="button" disabled={quotes.length === 0} onClick={() => fix(quotes)}>
          Curl all quotes ({quotes.length})
        </button>
        {undo ? (
          <button type="button" onClick={undoFix}>
            Undo fix
          </button>
        ) : null}
      </div>
      {findings === null ? <p className="empty-state">Checking the house style…</p> : null}
      {findings?.length === 0 ? <p className="empty-state">No house-style problems found.</p> : null}
      <ul className="style-findings" aria-label="Style findings">
        {(findings ?? []).map((finding) => (
          <li key={`${finding.segment}:${finding.start}:${finding.rule}`} className={`style-finding style-${finding.level}`}>
            <span>
              <strong>{levelNames[finding.level]}</strong> · {styleRuleLabels[finding.rule]} · {place(finding)}: {finding.message}
            </span>
            <span className="quote-actions">
              <button type="button" onClick={() => jump(finding)} aria-label={`Go to: ${finding.message}`}>
                Go
              </button>
              {finding.fix !== null ? (
                <button type="button" onClick={() => fix([finding])} aria-label={`Fix: ${finding.message}`}>
                  Fix
                </button>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
