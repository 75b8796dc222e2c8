import { useMemo, useState } from 'react';
import type { Article } from '../../shared/article/model';
import { renderArticleHtml } from '../../shared/export';
import type { Settings } from '../../shared/ipc';
import { isChangedSincePublished } from '../../shared/article/publication';
import { blockingItems, publishChecklist, type ChecklistItem } from '../../shared/publish';
import { StatusBadge } from '../article/StatusBadge';
import type { Analysis } from '../review/useAnalysis';
import { useArticleStyle } from '../style/useArticleStyle';
import { useStylePack } from '../style/useStylePack';
import { blockingSummary } from './blockingSummary';
import { ChecklistView } from './ChecklistView';
import { PreviewDialog } from './PreviewDialog';
import { ReadyPrompt } from './ReadyPrompt';

interface PublishPanelProps {
  article: Article;
  analysis: Analysis | null;
  settings: Settings;
  onReviewerNameChange: (name: string) => void;
  onJump: (item: ChecklistItem) => void;
  /** Saves and exports; `readyBy` first sets the status to ready, recorded with that editor's name. */
  onExport: (confirmedWarningIds: string[], readyBy?: string) => Promise<string | null>;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
/** The publish step: checklist (errors block, warnings need sign-off), preview, and export. */
export function PublishPanel({ article, analysis, settings, onReviewerNameChange, onJump, onExport }: PublishPanelProps) {
  const [confirmed, setConfirmed] = useState<Set<string>>(new Set());
  const [preview, setPreview] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isAskingReady, setIsAskingReady] = useState(false);
  const style = useStylePack();
  // The house style is checked in a worker; until it answers for this article, export waits.
  const houseStyle = useArticleStyle(article, style?.pack ?? null);
  const styleFindings = houseStyle.findings;
  const items = useMemo(
    () =>
      analysis && styleFindings
        ? publishChecklist(article, analysis, { headline: settings.headlineLimit, dek: settings.dekLimit }, { evidence: settings.evidenceRequirement, style: styleFindings })
        : [],
    [article, analysis, settings.headlineLimit, settings.dekLimit, settings.evidenceRequirement, styleFindings],
  );
  const blocking = blockingItems(items, confirmed);
  const errors = items.filter((item) => item.severity === 'error').length;
  const isChanged = useMemo(() => isChangedSincePublished(article), [article]);
  const exportNow = async (readyBy?: string) => {
    setIsAskingReady(false);
    setIsBusy(true);
    setMessage(null);
    try {
      const fileName = await onExport([...confirmed], readyBy);
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
      {article.status !== 'ready' ? <p className="hint">Publishing needs the status “ready”; Export and publish will offer to set it.</p> : null}
      {style?.problem ? <p role="alert" className="error-text">{style.problem}</p> : null}
      {!analysis || !styleFindings ? <p className="empty-state">Checking the story…</p> : null}
      <p className="hint">{blockingSummary(errors, blocking.length - errors)}</p>
      <ChecklistView items={items} confirmed={confirmed} reviewerName={settings.reviewerName} onReviewerName={onReviewerNameChange} onJump={onJump} onConfirm={(id, isOn) => setConfirmed((old) => { const next = new Set(old); if (isOn) next.add(id); else next.delete(id); return next; })} />
      <div className="popover-actions">
        <button
          type="button"
          onClick={() => setPreview(renderArticleHtml(article, { mode: 'publish', publishedAt: new Date().toISOString(), ...(analysis ? { analysis } : {}), dateStyle: style?.pack.dateStyle ?? 'ap', timeZone: style?.pack.timeZone ?? 'UTC' }))}
        >
          Preview HTML
        </button>
        <button type="button" className="primary" disabled={blocking.length > 0 || isBusy || !analysis || !style || !houseStyle.isCurrent} onClick={() => (article.status === 'ready' ? void exportNow() : setIsAskingReady(true))}>
          Export and publish…
        </button>
      </div>
      {isAskingReady ? <ReadyPrompt status={article.status} editorName={settings.reviewerName.trim()} onConfirm={() => void exportNow(settings.reviewerName.trim())} onCancel={() => setIsAskingReady(false)} /> : null}
      {message ? <p role="status" className="notice">{message}</p> : null}
      {preview ? <PreviewDialog html={preview} onClose={() => setPreview(null)} /> : null}
    </section>
  );
}
