import { useEffect, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  children: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A small modal question in the app's own style; Escape or "Cancel" says no, and Cancel has the focus. */
export function ConfirmDialog({ title, confirmLabel, children, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const answer = useRef<'confirm' | 'cancel'>('cancel');
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    cancel.current?.focus();
  }, []);
  const close = (choice: 'confirm' | 'cancel') => {
    answer.current = choice;
    dialog.current?.close();
  };
  return (
    <dialog ref={dialog} className="report-dialog confirm-dialog" aria-label={title} onClose={() => (answer.current === 'confirm' ? onConfirm() : onCancel())}>
      <h2>{title}</h2>
      {children}
      <div className="dialog-actions">
        <button type="button" ref={cancel} onClick={() => close('cancel')}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => close('confirm')}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
