import type { Editor } from '@tiptap/react';
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Article } from '../../shared/article/model';
import { followEditedQuotes } from '../../shared/review/reviewActions';
import { createAnalysisClient, type AnalysisClient } from '../analysis/analysisClient';
import { createInlinePort } from '../analysis/inlinePort';
import { createWorkerPort } from '../analysis/workerPort';
import type { Analysis } from '../analysis/protocol';

export type { Analysis } from '../analysis/protocol';
export type { AnalysisClient } from '../analysis/analysisClient';

/** Pause after the last edit before the changed paragraphs go to the worker. */
const idleDelayMs = 200;
type ReviewFields = Pick<Article, 'reviews' | 'attributionLog'>;

/** Name of the User Timing measures of each analysis round trip (read by `npm run bench`). */
export const analysisMeasureName = 'copydesk:analysis';
const keptMeasures = 500;

function recordTiming(): (timing: { analyseMs: number; roundTripMs: number; paragraphs: number }) => void {
  let count = 0;
  return (timing) => {
    if (++count % keptMeasures === 0) performance.clearMeasures(analysisMeasureName);
    const end = performance.now();
    performance.measure(analysisMeasureName, { start: end - timing.roundTripMs, end, detail: timing });
  };
}

/**
 * Analyses the open article in a worker while it is edited: the changed paragraphs go to the
 * worker when typing pauses, and sources and reviews whenever they change. Returns the client,
 * which stays the same for one editor, so reading it re-renders nothing; components that show
 * the analysis subscribe with `useAnalysisResult`.
 */
export function useAnalysis(editor: Editor | null, article: Article | null): AnalysisClient | null {
  const [client, setClient] = useState<AnalysisClient | null>(null);
  const articleRef = useRef(article);
  articleRef.current = article;
  useEffect(() => {
    const current = articleRef.current;
    if (!editor || !current) return;
    const created = createAnalysisClient(
      editor,
      { sources: current.sources, reviews: current.reviews },
      { createPort: createWorkerPort, createFallbackPort: createInlinePort, delayMs: idleDelayMs, onTiming: recordTiming() },
    );
    setClient(created);
    return () => {
      created.dispose();
      setClient(null);
    };
  }, [editor, article !== null]);
  useEffect(() => {
    if (client && article) client.setContext({ sources: article.sources, reviews: article.reviews });
  }, [client, article?.sources, article?.reviews]);
  return client;
}

/**
 * The latest analysis; re-renders the calling component, and only it, when a new one arrives.
 * The update is a transition, so a long review list renders in slices that typing can interrupt.
 */
export function useAnalysisResult(client: AnalysisClient | null): Analysis | null {
  const [analysis, setAnalysis] = useState<Analysis | null>(() => client?.current() ?? null);
  useEffect(() => {
    setAnalysis(client?.current() ?? null);
    if (!client) return;
    return client.subscribe(() => startTransition(() => setAnalysis(client.current())));
  }, [client]);
  return analysis;
}

/** Renders `children` with the latest analysis, so only this part of a tree re-renders when it changes. */
export function WithAnalysis({ client, children }: { client: AnalysisClient | null; children: (analysis: Analysis | null) => ReactNode }) {
  return children(useAnalysisResult(client));
}

/**
 * The article with its body read from the editor, read again only when the article or the
 * analysis changed: what the publish checklist checks.
 */
export function useAnalysedArticle(article: Article | null, readBody: () => Article['body']): (analysis: Analysis | null) => Article | null {
  const memo = useRef<{ article: Article | null; analysis: Analysis | null; value: Article | null } | null>(null);
  return (analysis) => {
    if (memo.current && memo.current.article === article && memo.current.analysis === analysis) return memo.current.value;
    const value = article ? { ...article, body: readBody() } : null;
    memo.current = { article, analysis, value };
    return value;
  };
}

/**
 * When a verified quote's words were edited, moves its review to the quote's new key and logs the
 * change (`followEditedQuotes`), after every analysis, without re-rendering the caller.
 */
export function useFollowEditedQuotes(client: AnalysisClient | null, article: ReviewFields | null, who: string, onChange: (change: ReviewFields) => void): void {
  const latest = useRef({ article, who, onChange });
  latest.current = { article, who, onChange };
  useEffect(() => {
    if (!client) return;
    return client.subscribe(() => {
      const analysis = client.current();
      const { article: current, who: reviewer, onChange: report } = latest.current;
      if (!analysis || !current) return;
      const moved = followEditedQuotes(current, analysis.quotes, analysis.matches, reviewer, new Date().toISOString());
      if (moved) report(moved);
    });
  }, [client]);
}
