import { useMemo, useState } from 'react';
import type { Article } from '../../shared/article/model';
import { renderArticleHtml } from '../../shared/export';
import type { Settings } from '../../shared/ipc';
import { blockingItems, publishChecklist, type ChecklistItem } from '../../shared/publish';
import { StatusBadge } from '../article/StatusBadge';
import type { Analysis } from '../review/useAnalysis';
import { blockingSummary } from './blockingSummary';
import { ChecklistView } from './ChecklistView';
import { PreviewDialog } from './PreviewDialog';

interface PublishPanelProps {
  article: Article;
  analysis: Analysis | null;
  settings: Settings;
  onReviewerNameChange: (name: string) => void;
  onJump: (item: ChecklistItem) => void;
  onExport: (confirmedWarningIds: string[]) => Promise<string | null>;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
/** The publish step: checklist (errors block, warnings need sign-off), preview, and export. */
export function PublishPanel({ article, analysis, settings, onReviewerNameChange, onJump, onExport }: PublishPanelProps) {
  const [confirmed, setConfirmed] = useState<Set<string>>(new Set());
  const [preview, setPreview] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const items = useMemo(
    () => (analysis ? publishChecklist(article, analysis, { headline: settings.headlineLimit, dek: settings.dekLimit }) : []),
    [article, analysis, settings.headlineLimit, settings.dekLimit],
  );
  const blocking = blockingItems(items, confirmed);
  const errors = items.filter((item) => item.severity === 'error').length;
  const isChanged = article.publication !== null && article.publication.contentUpdatedAt !== article.updatedAt;
  const exportNow = async () => {
    setIsBusy(true);
    setMessage(null);
    try {
      const fileName = await onExport([...confirmed]);
      setMessage(fileName ? `Published: written to ${fileName}.` : 'Export cancelled.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <section className="side-section" aria-label="Publish">
      <h2 className="pane-title">Publish</h2>
      <p className="publish-status">
        <StatusBadge status={article.status} isChangedSincePublished={isChanged} />
        {article.publication ? <span className="quote-facts"> Last published {timeFormat.format(new Date(article.publication.at))}</span> : null}
      </p>
      {!analysis ? <p className="empty-state">Checking the story…</p> : null}
      <p className="hint">{blockingSummary(errors, blocking.length - errors)}</p>
      <ChecklistView items={items} confirmed={confirmed} reviewerName={settings.reviewerName} onReviewerName={onReviewerNameChange} onJump={onJump} onConfirm={(id, isOn) => setConfirmed((old) => { const next = new Set(old); if (isOn) next.add(id); else next.delete(id); return next; })} />
      <div className="popover-actions">
        <button type="button" onClick={() => setPreview(renderArticleHtml(article, { mode: 'publish', publishedAt: new Date().toISOString() }))}>
          Preview HTML
        </button>
        <button type="button" className="primary" disabled={blocking.length > 0 || isBusy || !analysis} onClick={() => void exportNow()}>
          Export and publish…
        </button>
      </div>
      {message ? <p role="status" className="notice">{message}</p> : null}
      {preview ? <PreviewDialog html={preview} onClose={() => setPreview(null)} /> : null}
    </section>
  );
}
