import { useCallback, useEffect, useState } from 'react';
import type { ExportOutcome, MenuCommand, Settings } from '../shared/ipc';
import { call, errorMessage, onEvent } from './api';
import { OpenArticle } from './article/OpenArticle';
import { ImportReportDialog } from './import/ImportReportDialog';
import { useImport } from './import/useImport';
import { ExportResultsDialog } from './library/ExportResultsDialog';
import { SettingsDialog } from './library/SettingsDialog';
import { LibraryPane } from './library/LibraryPane';
import { NewsroomDialog } from './newsroom/NewsroomDialog';
import { ShareDialog } from './newsroom/ShareDialog';
import { SharedStories } from './newsroom/SharedStories';
import { useNewsroom } from './newsroom/useNewsroom';
import { useLibrary } from './library/useLibrary';
import { ProgressBar } from './ProgressBar';
import { useShortcuts } from './useShortcuts';

/** The three-pane window: library, open article, and the side panel. */
export function App() {
  const library = useLibrary();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [newId, setNewId] = useState<string | null>(null);
  const [isFocusMode, setIsFocusMode] = useState(false);
  const toggleFocus = useCallback(() => setIsFocusMode((isOn) => !isOn), []);

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
      setNewId(article.id);
      open(article.id);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [library, open]);

  const imports = useImport(library.refresh);
  const [exports, setExports] = useState<ExportOutcome[] | null>(null);
  const [isSettingsOpen, setIsSettingsOpen] = useState(false);
  const newsroom = useNewsroom();
  const [isNewsroomOpen, setIsNewsroomOpen] = useState(false);
  const [sharing, setSharing] = useState<string[] | null>(null);
  const changeSettings = (change: Partial<Settings>) => void call('updateSettings', change).then(setSettings, (caught: unknown) => setError(errorMessage(caught)));
  const exportSelected = (ids: string[]) =>
    void call('exportArticles', { ids }).then(
      (outcomes) => {
        if (outcomes) setExports(outcomes);
        void library.refresh();
      },
      (caught: unknown) => setError(errorMessage(caught)),
    );
  const { importFromDialog } = imports;
  const handleCommand = useCallback(
    (command: MenuCommand) => {
      if (command === 'new-article') void createNew();
      if (command === 'import') importFromDialog();
      if (command === 'focus-mode') toggleFocus();
    },
    [createNew, importFromDialog, toggleFocus],
  );
  useShortcuts(handleCommand);
  useEffect(() => onEvent('menu', ({ command }) => handleCommand(command)), [handleCommand]);

  const isFocused = isFocusMode && openId !== null;
  return (
    <div className={`app${imports.isDragging ? ' is-dropping' : ''}${isFocused ? ' is-focus-mode' : ''}`} {...imports.dropHandlers}>
      <header className="visually-hidden">
        <h1>Copydesk</h1>
      </header>
      <LibraryPane
        view={library}
        openId={openId}
        onOpen={open}
        onNew={() => void createNew()}
        onImport={importFromDialog}
        onExportSelected={exportSelected}
        onSettings={() => setIsSettingsOpen(true)}
        onShareSelected={newsroom?.serverUrl ? setSharing : undefined}
        shared={<SharedStories newsroom={newsroom} openId={openId} onOpen={open} />}
      />
      {/* The open article depends only on which article was opened, never on the library's search or filter. */}
      {openId && settings ? (
        <OpenArticle key={openId} id={openId} settings={settings} isNew={openId === newId} isFocusMode={isFocused} onToggleFocus={toggleFocus} onLibraryChanged={() => void library.refresh()} onClosed={() => setOpenId(null)} onSettingsChange={changeSettings} />
      ) : (
        <main className="workspace-pane">
          {error ? (
            <p role="alert" className="error-text">
              {error}
            </p>
          ) : null}
          <div className="empty-state big">
            <p className="brand">Copydesk</p>
            <p>Select an article in the library, or start a new one with “New article” (Ctrl+N).</p>
          </div>
        </main>
      )}
      <ProgressBar />
      {imports.outcomes ? <ImportReportDialog outcomes={imports.outcomes} onOpen={open} onClose={imports.clearOutcomes} /> : null}
      {isSettingsOpen && settings ? <SettingsDialog
          settings={settings}
          onSave={changeSettings}
          onClose={() => setIsSettingsOpen(false)}
          onNewsroom={() => {
            setIsSettingsOpen(false);
            setIsNewsroomOpen(true);
          }}
        /> : null}
      {isNewsroomOpen && newsroom ? <NewsroomDialog newsroom={newsroom} onClose={() => setIsNewsroomOpen(false)} /> : null}
      {sharing ? <ShareDialog ids={sharing} title={`Share ${sharing.length === 1 ? 'the story' : `${sharing.length} stories`}`} onShared={() => void library.refresh()} onClose={() => setSharing(null)} /> : null}
      {exports ? <ExportResultsDialog outcomes={exports} onClose={() => setExports(null)} /> : null}
    </div>
  );
}
