import { useEffect, useRef, useState } from 'react';
import type { Grantees } from '../../shared/collab/protocol';
import { call, errorMessage } from '../api';

interface ShareDialogProps {
  /** The articles to share (one from the article, several from the library's selection). */
  ids: string[];
  title: string;
  /** Saves what is being edited first, so the story shared is the current one. */
  onBeforeShare?: () => Promise<unknown>;
  onShared: () => void;
  onClose: () => void;
}

/** Parses "Ana Ruiz, Tom Becker" into names; empty entries are dropped. */
function names(text: string): string[] {
  return text.split(/[,\n]/).map((name) => name.trim()).filter((name) => name.length > 0);
}

/**
 * Shares stories through the newsroom server: with the whole newsroom or named people (names as
 * the server knows them). Private source notes and identities never leave this computer.
 */
export function ShareDialog({ ids, title, onBeforeShare, onShared, onClose }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [isEveryone, setIsEveryone] = useState(true);
  const [people, setPeople] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const share = async () => {
    const grantees: Grantees = isEveryone ? 'newsroom' : names(people);
    if (grantees !== 'newsroom' && grantees.length === 0) {
      setError('Name at least one person, or share with the whole newsroom.');
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      await onBeforeShare?.();
      for (const id of ids) await call('shareStory', { id, grantees });
      onShared();
      dialog.current?.close();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <dialog ref={dialog} className="report-dialog share-dialog" aria-label="Share" onClose={onClose}>
      <h2>{title}</h2>
      <p className="muted">Everyone you share with can edit the story and review its quotes. Private contact notes, real identities of anonymous sources and quote evidence stay on this computer.</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void share();
        }}
      >
        <fieldset className="share-choice">
          <legend>Who may open it</legend>
          <label>
            <input type="radio" name="share-with" checked={isEveryone} onChange={() => setIsEveryone(true)} /> Everyone in the newsroom
          </label>
          <label>
            <input type="radio" name="share-with" checked={!isEveryone} onChange={() => setIsEveryone(false)} /> Only these people
          </label>
          <label className="stacked">
            Names, separated by commas
            <input type="text" value={people} disabled={isEveryone} placeholder="Ana Ruiz, Tom Becker" onChange={(event) => setPeople(event.target.value)} />
          </label>
        </fieldset>
        {error ? (
          <p role="alert" className="error-text">
            {error}
          </p>
        ) : null}
        <div className="popover-actions">
          <button type="submit" className="primary" disabled={isBusy}>
            {isBusy ? 'Sharing…' : 'Share'}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
