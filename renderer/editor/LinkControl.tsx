import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { isSafeHref } from '../../shared/editor/links';
import { isExternalHref } from '../../shared/ipc';
import { call, errorMessage } from '../api';
import { Popover } from './Popover';

/** Adds, changes or removes a link on the selection; only http, https and mailto addresses are accepted. */
export function LinkControl({ editor }: { editor: Editor }) {
  const [isOpen, setIsOpen] = useState(false);
  const [href, setHref] = useState('');
  const [error, setError] = useState<string | null>(null);
  const current = String(editor.getAttributes('link').href ?? '');
  const open = (next: boolean) => {
    setIsOpen(next);
    setError(null);
    if (next) setHref(String(editor.getAttributes('link').href ?? ''));
  };
  const apply = () => {
    const value = href.trim();
    const candidate = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
    if (!isSafeHref(candidate)) {
      setError('Use a full http, https or mailto address, e.g. https://example.org/report');
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: candidate }).run();
    setIsOpen(false);
  };
  return (
    <Popover label="Link" title="Link (Ctrl+K)" isOpen={isOpen} onOpenChange={open}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <label>
          Address
          <input type="url" value={href} aria-invalid={error !== null || undefined} onChange={(event) => setHref(event.target.value)} />
        </label>
        {error ? <p className="error-text" role="alert">{error}</p> : null}
        <div className="popover-actions">
          <button type="submit" className="primary">
            Apply
          </button>
          <button
            type="button"
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              setIsOpen(false);
            }}
          >
            Remove link
          </button>
          {isExternalHref(current) ? (
            <button type="button" onClick={() => void call('openLink', { href: current }).catch((caught: unknown) => setError(errorMessage(caught)))}>
              Open in browser
            </button>
          ) : null}
        </div>
      </form>
    </Popover>
  );
}
