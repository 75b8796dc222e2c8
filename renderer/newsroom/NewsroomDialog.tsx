import { useEffect, useRef, useState } from 'react';
import { describeSyncStatus } from '../../shared/collab/status';
import type { NewsroomView } from '../../shared/ipc';
import { call, errorMessage } from '../api';

interface NewsroomDialogProps {
  newsroom: NewsroomView;
  onClose: () => void;
}

/**
 * The "Newsroom server" setting: the address and this person's token. The token is sent to main
 * once and never shown again; leaving it empty keeps the saved one. Removing the server stops all
 * syncing (shared stories stay editable here and sync once a server is set again).
 */
export function NewsroomDialog({ newsroom, onClose }: NewsroomDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [serverUrl, setServerUrl] = useState(newsroom.serverUrl ?? '');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const save = async (address: string | null) => {
    setError(null);
    try {
      await call('setNewsroom', address === null ? { serverUrl: null } : { serverUrl: address, ...(token.trim() ? { token: token.trim() } : {}) });
      dialog.current?.close();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  const isSignedInAs = newsroom.user && newsroom.status.kind === 'synced' ? `Signed in as ${newsroom.user}` : null;
  return (
    <dialog ref={dialog} className="report-dialog" aria-label="Newsroom server" onClose={onClose}>
      <h2>Newsroom server</h2>
      <p className="muted">Share stories with your newsroom through its Copydesk server. Copydesk contacts only this address, and nothing at all without one.</p>
      {newsroom.serverUrl ? (
        <p className="newsroom-connection" role="status" data-sync={newsroom.status.kind}>
          {isSignedInAs ?? describeSyncStatus(newsroom.status)}
        </p>
      ) : null}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save(serverUrl.trim());
        }}
      >
        <label className="stacked">
          Server address
          <input type="text" value={serverUrl} placeholder="wss://newsroom.example.org" spellCheck={false} onChange={(event) => setServerUrl(event.target.value)} />
        </label>
        <label className="stacked">
          Your token{newsroom.hasToken ? ' (saved; leave empty to keep it)' : ''}
          <input type="password" value={token} autoComplete="off" spellCheck={false} onChange={(event) => setToken(event.target.value)} />
        </label>
        {newsroom.isTokenEncrypted ? null : <p className="warning-text">This computer has no keychain Copydesk can use, so the token is stored unencrypted in Copydesk’s data folder.</p>}
        {error ? (
          <p role="alert" className="error-text">
            {error}
          </p>
        ) : null}
        <div className="popover-actions">
          <button type="submit" className="primary" disabled={serverUrl.trim() === ''}>
            Connect
          </button>
          {newsroom.serverUrl ? (
            <button type="button" onClick={() => void save(null)}>
              Remove server
            </button>
          ) : null}
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
