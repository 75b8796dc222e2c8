import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand, Settings } from '../../shared/ipc';
import { call, errorMessage, onEvent } from '../api';
import { SourcesPanel } from '../sources/SourcesPanel';
import { useShortcuts } from '../useShortcuts';
import { ArticleView } from './ArticleView';
import { HistoryPanel } from './HistoryPanel';
import { SidePanel } from './SidePanel';
import { useArticleDocument } from './useArticleDocument';

interface OpenArticleProps {
  id: string;
  settings: Settings;
  onLibraryChanged: () => void;
  onNew: () => void;
  onClosed: () => void;
}

/** The open article in the middle pane and its tools (sources, review, publish, history) on the right. */
export function OpenArticle({ id, settings, onLibraryChanged, onNew, onClosed }: OpenArticleProps) {
  const document = useArticleDocument(id);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [isFinding, setIsFinding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const handleCommand = useCallback(
    (command: MenuCommand) => {
      if (command === 'save') void document.saveNow(true).then(onLibraryChanged);
      if (command === 'new-article') onNew();
      if (command === 'find') setIsFinding(true);
    },
    [document, onLibraryChanged, onNew],
  );
  useShortcuts(handleCommand);
  useEffect(() => onEvent('menu', ({ command }) => handleCommand(command)), [handleCommand]);

  const restore = (revisionId: string) =>
    void document
      .saveNow(false)
      .then(() => call('restoreRevision', { id, revisionId }))
      .then((restored) => {
        document.replace(restored);
        setNotice('Revision restored (the previous text is kept in History).');
        onLibraryChanged();
      })
      .catch((error: unknown) => setNotice(errorMessage(error)));

  const article = document.article;
  return (
    <>
      <main className="workspace-pane">
        <ArticleView document={document} settings={settings} notice={notice} isFinding={isFinding} onCloseFind={() => setIsFinding(false)} onLibraryChanged={onLibraryChanged} onEditorReady={setEditor} onClosed={onClosed} />
      </main>
      {article ? (
        <SidePanel
          tabs={[
            { id: 'sources', label: 'Sources', render: () => <SourcesPanel sources={article.sources} editor={editor} onChange={(sources) => document.update({ sources })} /> },
            { id: 'history', label: 'History', render: () => <HistoryPanel id={id} savedAt={article.updatedAt} onRestore={restore} /> },
          ]}
        />
      ) : null}
    </>
  );
}
