import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand, Settings } from '../../shared/ipc';
import type { ChecklistItem } from '../../shared/publish';
import { call, errorMessage, onEvent } from '../api';
import { jumpTo } from '../editor/reveal';
import { PublishPanel } from '../publish/PublishPanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { paragraphStarts, quoteRange } from '../review/positions';
import { useAnalysedArticle, useAnalysis, useFollowEditedQuotes, WithAnalysis } from '../review/useAnalysis';
import { SourcesPanel } from '../sources/SourcesPanel';
import { StyleSection } from '../style/StyleSection';
import { useShortcuts } from '../useShortcuts';
import { ArticleView } from './ArticleView';
import { FileActions } from './FileActions';
import { HistoryPanel } from './HistoryPanel';
import { RestorePreviewDialog } from './RestorePreviewDialog';
import { SidePanel } from './SidePanel';
import { StoryPanel } from './StoryPanel';
import { useArticleDocument } from './useArticleDocument';
import { useSaveConfirmation } from './useSaveConfirmation';
import { useScrollMemory } from './useScrollMemory';
import { NewsroomBar } from '../newsroom/NewsroomBar';
import { ShareDialog } from '../newsroom/ShareDialog';
import { useNewsroom } from '../newsroom/useNewsroom';
import { useSharedStory } from '../newsroom/useSharedStory';

interface OpenArticleProps {
  id: string;
  settings: Settings;
  isNew: boolean;
  isFocusMode: boolean;
  onToggleFocus: () => void;
  onLibraryChanged: () => void;
  onClosed: () => void;
  onSettingsChange: (change: Partial<Settings>) => void;
}

/** Where the checklist's "Go" takes the reporter for each field, and the side tab it lives in. */
const fieldPlaces = { headline: ['field-headline', null], dek: ['field-dek', null], bylines: ['field-bylines', 'story'], dateline: ['field-dateline-place', 'story'] } as const;

/** The open article in the middle pane and its tools (story, sources, review, publish, history) on the right. */
export function OpenArticle({ id, settings, isNew, isFocusMode, onToggleFocus, onLibraryChanged, onClosed, onSettingsChange }: OpenArticleProps) {
  const document = useArticleDocument(id);
  const shared = useSharedStory(document, id);
  const newsroom = useNewsroom();
  const [isSharing, setIsSharing] = useState(false);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [isFinding, setIsFinding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState('story');
  const [preview, setPreview] = useState<{ revisionId: string; label: string } | null>(null);
  const { saveNow } = document;
  const { saveExplicitly } = useSaveConfirmation(useCallback(() => saveNow(true), [saveNow]), onLibraryChanged, document.saveStatus);
  const handleCommand = useCallback(
    (command: MenuCommand) => {
      if (command === 'save') saveExplicitly();
      if (command === 'find') setIsFinding(true);
      if (command === 'export') setTab('publish');
    },
    [saveExplicitly],
  );
  const closeFind = useCallback(() => setIsFinding(false), []);
  useShortcuts(handleCommand);
  useEffect(() => onEvent('menu', ({ command }) => handleCommand(command)), [handleCommand]);

  const restore = (revisionId: string) =>
    void document
      .saveNow(false)
      .then(() => call('restoreRevision', { id, revisionId }))
      .then((restored) => {
        document.replace(restored);
        setNotice('Revision restored. The text it replaced is kept in History.');
        onLibraryChanged();
      })
      .catch((error: unknown) => setNotice(errorMessage(error)));

  const article = document.article;
  const { bodyRef, update } = document;
  const pane = useScrollMemory(id, settings, article !== null, editor);
  // The analysis runs in a worker; only the panels that show it re-render when it arrives.
  const analysis = useAnalysis(editor, article);
  useFollowEditedQuotes(analysis, article, settings.reviewerName || 'reporter', update);
  const jump = (place: { paragraph: number; start: number; end: number }) => {
    if (!editor) return;
    const range = quoteRange(paragraphStarts(editor.state.doc), place);
    if (range) jumpTo(editor, range.from, range.to);
  };
  // The publish checklist reads the body from the editor, and only while its tab is shown.
  const withBody = useAnalysedArticle(article, () => bodyRef.current());
  const jumpToCheck = (item: ChecklistItem) => {
    const target = item.target;
    if (!target) return;
    if ('quoteKey' in target) {
      const quote = analysis?.current()?.quotes.find((candidate) => candidate.key === target.quoteKey);
      if (quote) jump(quote);
    } else if ('paragraph' in target) jump({ paragraph: target.paragraph, start: 0, end: 0 });
    else if (target.field === 'sources') setTab('sources');
    else {
      const [elementId, inTab] = fieldPlaces[target.field];
      if (inTab) setTab(inTab);
      window.requestAnimationFrame(() => window.document.getElementById(elementId)?.focus());
    }
  };
  const exportArticle = async (confirmedWarningIds: string[], readyBy?: string) => {
    const latest = document.article;
    if (readyBy && latest && latest.status !== 'ready') {
      update({ status: 'ready', statusLog: [...latest.statusLog, { at: new Date().toISOString(), who: readyBy, from: latest.status, to: 'ready' }] });
    }
    await document.saveNow(true);
    const result = await call('exportArticle', { id, confirmedWarningIds });
    if (!result) return null;
    document.adopt(result.article);
    onLibraryChanged();
    return result.fileName;
  };
  const rename = (slug: string) =>
    void call('renameArticle', { id, slug }).then(
      (renamed) => {
        document.adopt(renamed);
        onLibraryChanged();
        setNotice(`Renamed the file to ${slug}.article.json`);
      },
      (error: unknown) => setNotice(errorMessage(error)),
    );
  const changeReviewer = (reviewerName: string) => onSettingsChange({ reviewerName });
  return (
    <>
      <main className="workspace-pane" ref={pane}>
        <ArticleView
          document={document}
          settings={settings}
          notice={notice}
          isFinding={isFinding}
          isFocusMode={isFocusMode}
          isNew={isNew}
          onCloseFind={closeFind}
          onToggleFocus={onToggleFocus}
          onSave={saveExplicitly}
          onNotice={setNotice}
          onLibraryChanged={onLibraryChanged}
          onEditorReady={setEditor}
          shared={shared}
          newsroomBar={<NewsroomBar shared={shared} newsroom={newsroom} onShare={() => setIsSharing(true)} />}
        />
      </main>
      {article ? (
        <SidePanel
          selected={tab}
          onSelect={setTab}
          tabs={[
            {
              id: 'story',
              label: 'Story',
              render: () => (
                <StoryPanel
                  article={article}
                  onChange={update}
                  onRename={rename}
                  fileActions={<FileActions article={article} onFlush={() => document.saveNow(false)} onLibraryChanged={onLibraryChanged} onNotice={setNotice} onClosed={onClosed} />}
                />
              ),
            },
            {
              id: 'sources',
              label: 'Sources',
              render: () => <WithAnalysis client={analysis}>{(result) => <SourcesPanel sources={article.sources} editor={editor} analysis={result} onChange={(sources) => update({ sources })} />}</WithAnalysis>,
            },
            {
              id: 'review',
              label: 'Review',
              render: () => (
                <>
                  <WithAnalysis client={analysis}>
                    {(result) => (
                      <ReviewPanel article={article} analysis={result} reviewerName={settings.reviewerName} onReviewerNameChange={changeReviewer} onChange={update} onJump={jump} />
                    )}
                  </WithAnalysis>
                  <StyleSection editor={editor} article={article} onChange={update} />
                </>
              ),
            },
            {
              id: 'publish',
              label: 'Publish',
              render: () => (
                <WithAnalysis client={analysis}>
                  {(result) => {
                    const current = withBody(result);
                    return current ? <PublishPanel article={current} analysis={result} settings={settings} onReviewerNameChange={changeReviewer} onJump={jumpToCheck} onExport={exportArticle} /> : null;
                  }}
                </WithAnalysis>
              ),
            },
            { id: 'history', label: 'History', render: () => <HistoryPanel id={id} saveStatus={document.saveStatus} onPreview={(revisionId, label) => setPreview({ revisionId, label })} /> },
          ]}
        />
      ) : null}
      {isSharing ? (
        <ShareDialog
          ids={[id]}
          title={shared.session ? 'Who may open this story' : 'Share this story'}
          onBeforeShare={() => document.saveNow(false)}
          onShared={() => {
            if (!shared.session) shared.rejoin();
            onLibraryChanged();
          }}
          onClose={() => setIsSharing(false)}
        />
      ) : null}
      {preview && article ? (
        <RestorePreviewDialog
          current={{ ...article, body: bodyRef.current() }}
          revisionId={preview.revisionId}
          revisionLabel={preview.label}
          onRestore={() => {
            setPreview(null);
            restore(preview.revisionId);
          }}
          onClose={() => setPreview(null)}
        />
      ) : null}
    </>
  );
}
