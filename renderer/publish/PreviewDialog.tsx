import { useEffect, useRef } from 'react';

/**
 * A full-window preview of the exact HTML that will be written, in a sandboxed iframe (`srcdoc`,
 * no scripts, no same-origin access).
 */
export function PreviewDialog({ html, onClose }: { html: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="preview-dialog" aria-label="Export preview" onClose={onClose}>
      <div className="preview-bar">
        <strong>Preview of the exported HTML</strong>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close preview
        </button>
      </div>
      <iframe title="Exported article preview" sandbox="" srcDoc={html} className="preview-frame" />
    </dialog>
  );
}
