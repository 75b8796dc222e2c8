import { useEffect, useMemo, useRef, useState } from 'react';
import type { Article } from '../../shared/article/model';
import { bodyBlocks } from '../../shared/article/text';
import { restoredArticle } from '../../shared/review/restore';
import { call, errorMessage } from '../api';
import { BodyDiffView } from './BodyDiffView';
import { fieldChanges, reviewChanges } from './restoreChanges';

interface RestorePreviewDialogProps {
  current: Article;
  revisionId: string;
  revisionLabel: string;
  onRestore: () => void;
  onClose: () => void;
}

const show = (text: string) => text || '(empty)';
const blockTexts = (article: Article) => bodyBlocks(article.body).map((block) => block.text);

/**
 * Shows what restoring a revision would change — each field, the body word by word, and the
 * review decisions kept or dropped — and restores only when the reporter confirms.
 */
export function RestorePreviewDialog({ current, revisionId, revisionLabel, onRestore, onClose }: RestorePreviewDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const choice = useRef<'restore' | 'cancel'>('cancel');
  const [revision, setRevision] = useState<Article | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
    call('readRevision', { id: current.id, revisionId }).then(setRevision, (caught: unknown) => setError(errorMessage(caught)));
  }, [current.id, revisionId]);
  const restored = useMemo(() => (revision ? restoredArticle(current, revision) : null), [current, revision]);
  const texts = useMemo(() => ({ now: blockTexts(current), after: restored ? blockTexts(restored) : [] }), [current, restored]);
  const changes = restored ? fieldChanges(current, restored) : [];
  const reviews = restored ? reviewChanges(current, restored) : null;
  const close = (next: 'restore' | 'cancel') => {
    choice.current = next;
    dialog.current?.close();
  };
  return (
    <dialog ref={dialog} className="report-dialog restore-dialog" aria-label="Restore preview" onClose={() => (choice.current === 'restore' ? onRestore() : onClose())}>
      <h2>Restore the version from {revisionLabel}?</h2>
      {error ? <p className="error-text" role="alert">{error}</p> : null}
      {!restored && !error ? <p className="empty-state">Reading the revision…</p> : null}
      {restored ? (
        <>
          <p className="hint">Restoring replaces what is open now; the current text is kept in History first, so this can be undone.</p>
          <h3 className="sub-title">Fields</h3>
          {changes.length === 0 ? (
            <p className="hint">No field changes.</p>
          ) : (
            <table className="field-changes">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Now</th>
                  <th scope="col">After restoring</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.label}>
                    <th scope="row">{change.label}</th>
                    <td>
                      <del>{show(change.now)}</del>
                    </td>
                    <td>
                      <ins>{show(change.restored)}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {reviews && reviews.kept + reviews.dropped > 0 ? (
            <p className="hint">
              Review decisions: {reviews.kept} kept (their quotes are unchanged){reviews.dropped > 0 ? `, ${reviews.dropped} dropped (their quotes differ or are gone)` : ''}.
            </p>
          ) : null}
          <h3 className="sub-title">Body</h3>
          <BodyDiffView before={texts.now} after={texts.after} />
        </>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={() => close('cancel')}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!restored} onClick={() => close('restore')}>
          Restore this version
        </button>
      </div>
    </dialog>
  );
}
