import { memo, useCallback, useId, useRef, useState } from 'react';
import type { Article, Source } from '../../shared/article/model';
import type { DetectedQuote, Finding } from '../../shared/attribution/types';
import { applyReview, type ReviewChange } from '../../shared/review/reviewActions';
import { evidenceKeys, setEvidence, type EvidenceFields } from '../../shared/standards/evidence';
import { newSource } from '../sources/newSource';
import { FindingList } from './FindingList';
import { QuoteItem } from './QuoteItem';
import { SpeakerChart } from './SpeakerChart';
import { speakerGroups } from './speakerOrder';
import type { Analysis } from './useAnalysis';

interface ReviewPanelProps {
  article: Article;
  analysis: Analysis | null;
  reviewerName: string;
  onReviewerNameChange: (name: string) => void;
  onChange: (change: Partial<Article>) => void;
  onJump: (place: { paragraph: number; start: number; end: number }) => void;
}

/** A decision waiting for the reviewer's name: which quote, what change, and how to say it on the button. */
interface Pending {
  key: string;
  change: ReviewChange;
  action: string;
}

function sourceFor(quote: DetectedQuote): Source {
  const kind = quote.speakerKind === 'organisation' ? 'organisation' : 'person';
  return newSource(quote.speaker ?? '', { kind, title: quote.title, level: quote.speakerKind === 'descriptive' ? 'anonymous' : 'on-record' });
}

function actionFor(change: ReviewChange): string {
  if (change.status === 'verified') return 'verify';
  if (change.status === 'flagged') return 'flag';
  if (change.status === 'unreviewed') return 'reset';
  return 'save';
}

/**
 * Attribution review: who is quoted, the findings, and every quote grouped by speaker in the
 * chart's order. The first decision asks for the reviewer's name in place; it is kept in Settings.
 */
export function ReviewPanel({ article, analysis, reviewerName, onReviewerNameChange, onChange, onJump }: ReviewPanelProps) {
  const speakerListId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  // Handlers read the latest state through a ref, so they stay the same between renders: the
  // panel's body renders again only when what it shows changed, and each memoised quote item
  // only when its own quote or review changed.
  const latest = useRef({ article, analysis, reviewerName, onChange, onJump, onReviewerNameChange, pending });
  latest.current = { article, analysis, reviewerName, onChange, onJump, onReviewerNameChange, pending };
  const decide = useCallback((key: string, change: ReviewChange, who: string) => {
    const { article: current, analysis: result, onChange: report } = latest.current;
    const index = result?.quotes.findIndex((quote) => quote.key === key) ?? -1;
    if (!result || index < 0) return;
    report(applyReview(current, result.quotes[index]!, result.matches[index], change, who, new Date().toISOString()));
  }, []);
  const review = useCallback(
    (key: string, change: ReviewChange) => {
      const who = latest.current.reviewerName.trim();
      if (who) decide(key, change, who);
      else setPending({ key, change, action: actionFor(change) });
    },
    [decide],
  );
  const giveName = useCallback(
    (name: string) => {
      const waiting = latest.current.pending;
      latest.current.onReviewerNameChange(name);
      setPending(null);
      if (waiting) decide(waiting.key, waiting.change, name);
    },
    [decide],
  );
  const cancelPending = useCallback(() => setPending(null), []);
  const saveEvidence = useCallback((key: string, fields: EvidenceFields) => {
    const { article: current, analysis: result, reviewerName: who, onChange: report } = latest.current;
    const index = result?.quotes.findIndex((quote) => quote.key === key) ?? -1;
    const quote = result?.quotes[index];
    if (!result || !quote) return;
    const stored = evidenceKeys(result.quotes, current.evidence)[index] ?? null;
    report({ evidence: setEvidence(current.evidence, quote, stored, fields, who.trim() || 'reporter', new Date().toISOString()) });
  }, []);
  const jumpToQuote = useCallback((key: string) => {
    const quote = latest.current.analysis?.quotes.find((candidate) => candidate.key === key);
    if (quote) latest.current.onJump(quote);
  }, []);
  const jumpToFinding = useCallback((finding: Finding) => latest.current.onJump(finding), []);
  const addSource = useCallback((key: string) => {
    const { article: current, analysis: result, onChange: report } = latest.current;
    const quote = result?.quotes.find((candidate) => candidate.key === key);
    if (quote) report({ sources: [...current.sources, sourceFor(quote)] });
  }, []);
  if (!analysis) return <p className="empty-state">Reading the story…</p>;
  return (
    <ReviewBody
      analysis={analysis}
      sources={article.sources}
      evidence={article.evidence}
      pending={pending}
      speakerListId={speakerListId}
      onReview={review}
      onReviewerName={giveName}
      onCancelPending={cancelPending}
      onJumpToQuote={jumpToQuote}
      onJumpToFinding={jumpToFinding}
      onEvidence={saveEvidence}
      onAddSource={addSource}
    />
  );
}

interface ReviewBodyProps {
  analysis: Analysis;
  sources: Article['sources'];
  evidence: Article['evidence'];
  pending: Pending | null;
  speakerListId: string;
  onReview: (key: string, change: ReviewChange) => void;
  onReviewerName: (name: string) => void;
  onCancelPending: () => void;
  onJumpToQuote: (key: string) => void;
  onJumpToFinding: (finding: Finding) => void;
  onEvidence: (key: string, fields: EvidenceFields) => void;
  onAddSource: (quoteKey: string) => void;
}

/**
 * What the panel shows for one analysis. Its props are only data it shows and handlers that stay
 * the same, so it renders again only when the analysis, the sources, the evidence or a waiting
 * decision changed: not when the article is saved or the page around it re-renders while typing.
 */
const ReviewBody = memo(function ReviewBody({ analysis, sources, evidence, pending, speakerListId, onReview, onReviewerName, onCancelPending, onJumpToQuote, onJumpToFinding, onEvidence, onAddSource }: ReviewBodyProps) {
  const { quotes, matches, findings } = analysis;
  const evidenceAt = evidenceKeys(quotes, evidence);
  const speakerNames = [...new Set([...sources.map((source) => source.name), ...quotes.map((quote) => quote.speaker ?? '')].filter(Boolean))];
  return (
    <section className="side-section" aria-label="Attribution review">
      <h2 className="pane-title">Review</h2>
      {quotes.length === 0 ? <p className="empty-state">No quotations in the body yet.</p> : <SpeakerChart quotes={quotes} />}
      <h3 className="sub-title">Findings ({findings.length})</h3>
      <FindingList findings={findings} onJump={onJumpToFinding} />
      <datalist id={speakerListId}>
        {speakerNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {speakerGroups(quotes).map(({ speaker, indexes }) => {
        const first = quotes[indexes[0]!]!;
        const isInSources = first.sourceId !== null || sources.some((source) => source.name === speaker);
        return (
          <section key={speaker || '(none)'} className="speaker-group" aria-label={speaker ? `Quotes by ${speaker}` : 'Unattributed quotes'}>
            <header className="speaker-head">
              <h3>
                {speaker || 'Unattributed'} <span className="quote-facts">({indexes.length})</span>
              </h3>
              {first.title ? <span className="quote-facts">{first.title}</span> : null}
              {speaker && !isInSources ? (
                <button type="button" onClick={() => onAddSource(first.key)}>
                  Add to sources
                </button>
              ) : null}
            </header>
            <ul className="quote-list">
              {indexes.map((index) => (
                <QuoteItem
                  key={`${quotes[index]!.key}:${quotes[index]!.speaker ?? ''}`}
                  quote={quotes[index]!}
                  match={matches[index]}
                  speakerListId={speakerListId}
                  pendingAction={pending?.key === quotes[index]!.key ? pending.action : null}
                  onReview={onReview}
                  onReviewerName={onReviewerName}
                  onCancelPending={onCancelPending}
                  onJump={onJumpToQuote}
                  evidence={evidence[evidenceAt[index] ?? ''] ?? null}
                  onEvidence={onEvidence}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
});
