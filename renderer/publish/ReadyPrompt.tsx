import type { ArticleStatus } from '../../shared/article/model';

interface ReadyPromptProps {
  status: ArticleStatus;
  editorName: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before publishing an article that is not marked `ready`: set it to ready, recorded with the editor's name, or stop. */
export function ReadyPrompt({ status, editorName, onConfirm, onCancel }: ReadyPromptProps) {
  return (
    <div className="ready-prompt" role="alertdialog" aria-label="Set the article to ready" aria-describedby="ready-prompt-text">
      <p id="ready-prompt-text">
        This article is marked “{status}”. Only an article marked “ready” is published.{' '}
        {editorName ? `Set it to ready as ${editorName} and publish?` : 'Set your reviewer name (Review tab) first: it is recorded with the change.'}
      </p>
      <div className="quote-actions">
        <button type="button" className="primary" disabled={!editorName} onClick={onConfirm}>
          Set to ready and publish
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
