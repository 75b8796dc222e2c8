import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MenuCommand, Settings } from '../../shared/ipc';
import { call, errorMessage, onEvent } from '../api';
import type { ChecklistItem } from '../../shared/publish';
import { PublishPanel } from '../publish/PublishPanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { paragraphStarts, quoteRange } from '../review/positions';
import { useAnalysedArticle, useAnalysis, useFollowEditedQuotes, WithAnalysis } from '../review/useAnalysis';
import { SourcesPanel } from '../sources/SourcesPanel';
import { StyleSection } from '../style/StyleSection';
import { useShortcuts } from '../useShortcuts';
import { ArticleView } from './ArticleView';
import { HistoryPanel } from './HistoryPanel';
import { SidePanel } from './SidePanel';
import { useArticleDocument } from './useArticleDocument';

interface OpenArticleProps {
  id: string;
  settings: Settings;
  onLibraryChanged: () => void;
  onClosed: () => void;
  onSettingsChange: (change: Partial<Settings>) => void;
}

/** The open article in the middle pane and its tools (sources, review, publish, history) on the right. */
export function OpenArticle({ id, settings, onLibraryChanged, onClosed, onSettingsChange }: OpenArticleProps) {
  const document = useArticleDocument(id);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [isFinding, setIsFinding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState('sources');
  const handleCommand = useCallback(
    (command: MenuCommand) => {
      if (command === 'save') void document.saveNow(true).then(onLibraryChanged);
      if (command === 'find') setIsFinding(true);
      if (command === 'export') setTab('publish');
    },
    [document, onLibraryChanged],
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
  const { bodyRef } = document;
  const pane = useScrollMemory(id, settings, article !== null);
  // The analysis runs in a worker; only the panels that show it re-render when it arrives.
  const analysis = useAnalysis(editor, article);
  const { update } = document;
  useFollowEditedQuotes(analysis, article, settings.reviewerName || 'reporter', update);
  const jump = (place: { paragraph: number; start: number; end: number }) => {
    if (!editor) return;
    const range = quoteRange(paragraphStarts(editor.state.doc), place);
    if (!range) return;
    editor.chain().focus().setTextSelection(range).scrollIntoView().run();
    window.requestAnimationFrame(() => editor.view.domAtPos(range.from).node.parentElement?.scrollIntoView({ block: 'center' }));
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
    else window.document.getElementById(fieldIds[target.field])?.focus();
  };
  const exportArticle = async (confirmedWarningIds: string[], readyBy?: string) => {
    const latest = document.article;
    if (readyBy && latest && latest.status !== 'ready') {
      update({ status: 'ready', statusLog: [...latest.statusLog, { at: new Date().toISOString(), who: readyBy, from: latest.status, to: 'ready' }] });
    }
    await document.saveNow(true);
    const result = await call('exportArticle', { id, confirmedWarningIds });
    if (!result) return null;
    document.replace({ ...result.article });
    onLibraryChanged();
    return result.fileName;
  };
  return (
    <>
      <main className="workspace-pane" ref={pane}>
        <ArticleView document={document} settings={settings} notice={notice} isFinding={isFinding} onCloseFind={() => setIsFinding(false)} onLibraryChanged={onLibraryChanged} onEditorReady={setEditor} onClosed={onClosed} />
      </main>
      {article ? (
        <SidePanel
          selected={tab}
          onSelect={setTab}
          tabs={[
            { id: 'sources', label: 'Sources', render: () => <SourcesPanel sources={article.sources} editor={editor} onChange={(sources) => document.update({ sources })} /> },
            {
              id: 'review',
              label: 'Review',
              render: () => (
                <>
                  <WithAnalysis client={analysis}>
                    {(result) => (
                      <ReviewPanel article={article} analysis={result} reviewerName={settings.reviewerName} onReviewerNameChange={(reviewerName) => onSettingsChange({ reviewerName })} onChange={update} onJump={jump} />
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
                    return current ? <PublishPanel article={current} analysis={result} settings={settings} onJump={jumpToCheck} onExport={exportArticle} /> : null;
                  }}
                </WithAnalysis>
              ),
            },
            { id: 'history', label: 'History', render: () => <HistoryPanel id={id} savedAt={article.updatedAt} onRestore={restore} /> },
          ]}
        />
      ) : null}
    </>
  );
}

const fieldIds = { headline: 'field-headline', dek: 'field-dek', bylines: 'field-bylines', dateline: 'field-dateline-place' } as const;

/** Restores the pane's scroll position for the last open article and remembers it as the reporter scrolls. */
function useScrollMemory(id: string, settings: Settings, isLoaded: boolean) {
  const pane = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = pane.current;
    if (!element || !isLoaded) return;
    if (settings.lastOpen?.id === id) element.scrollTop = settings.lastOpen.scrollTop;
    let timer: number | null = null;
    const handleScroll = () => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => void call('updateSettings', { lastOpen: { id, scrollTop: Math.round(element.scrollTop) } }).catch(() => undefined), 500);
    };
    element.addEventListener('scroll', handleScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', handleScroll);
      if (timer !== null) window.clearTimeout(timer);
    };
    // Settings are read once per opened article; later changes come from this hook itself.
  }, [id, isLoaded]);
  return pane;
}
