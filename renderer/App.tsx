import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MenuCommand, Settings } from '../shared/ipc';
import { call, errorMessage, onEvent } from './api';
import { ArticleView } from './article/ArticleView';
import { useArticleDocument } from './article/useArticleDocument';
import { LibraryPane } from './library/LibraryPane';
import { useLibrary } from './library/useLibrary';
import { useShortcuts } from './useShortcuts';

/** The three-pane window: library, open article, and the side panel. */
export function App() {
  const library = useLibrary();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('getSettings', undefined).then((loaded) => {
      setSettings(loaded);
      if (loaded.lastOpen) setOpenId(loaded.lastOpen.id);
    }, (caught: unknown) => setError(errorMessage(caught)));
  }, []);

  const open = useCallback((id: string) => {
    setOpenId(id);
    void call('updateSettings', { lastOpen: { id, scrollTop: 0 } }).then(setSettings, () => undefined);
  }, []);

  const createNew = useCallback(async () => {
    try {
      const article = await call('createArticle', { headline: '' });
      await library.refresh();
      open(article.id);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [library, open]);

  const isListed = openId !== null && library.listing?.articles.some((row) => row.id === openId) !== false;
  return (
    <div className="app">
      <LibraryPane listing={library.listing} query={library.query} openId={openId} error={library.error} onQueryChange={library.setQuery} onOpen={open} onNew={() => void createNew()} />
      <main className="workspace-pane">
        {error ? (
          <p role="alert" className="error-text">
            {error}
          </p>
        ) : null}
        {openId && settings && isListed ? (
          <OpenArticle key={openId} id={openId} settings={settings} onLibraryChanged={() => void library.refresh()} onNew={() => void createNew()} />
        ) : (
          <div className="empty-state big">
            <h1>Copydesk</h1>
            <p>Select an article in the library, or start a new one with “New article” (Ctrl+N).</p>
          </div>
        )}
      </main>
    </div>
  );
}

function OpenArticle({ id, settings, onLibraryChanged, onNew }: { id: string; settings: Settings; onLibraryChanged: () => void; onNew: () => void }) {
  const document = useArticleDocument(id);
  const editorRef = useRef<Editor | null>(null);
  const handleCommand = useCallback(
    (command: MenuCommand) => {
      if (command === 'save') void document.saveNow(true).then(onLibraryChanged);
      if (command === 'new-article') onNew();
    },
    [document, onLibraryChanged, onNew],
  );
  useShortcuts(handleCommand);
  useEffect(() => onEvent('menu', ({ command }) => handleCommand(command)), [handleCommand]);
  return (
    <ArticleView
      document={document}
      settings={settings}
      onLibraryChanged={onLibraryChanged}
      onEditorReady={(editor) => {
        editorRef.current = editor;
      }}
    />
  );
}
