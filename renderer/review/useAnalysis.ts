import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { Article, BodyNode } from '../../shared/article/model';
import { analyse, matchReviews, type ReviewMatch } from '../../shared/attribution/index';
import { analyserInputFor } from '../../shared/publish/analyserInput';
import type { AttributionResult } from '../../shared/attribution/types';
import { paragraphStarts, quoteRange } from './positions';
import { quoteMarksMeta, type QuoteMark } from './quoteDecorations';

/** The latest analysis of the open article, with each quote's review match. */
export interface Analysis extends AttributionResult {
  matches: ReviewMatch[];
}

const idleDelayMs = 300;

function markClass(analysis: Analysis, index: number): string {
  const quote = analysis.quotes[index]!;
  const status = analysis.matches[index]?.status ?? 'unreviewed';
  if (quote.speakerKind === 'none') return 'quote-mark quote-unattributed';
  return `quote-mark quote-${status}`;
}

/**
 * Runs the attribution analyser when typing pauses (never per keystroke) and whenever sources
 * or reviews change, then decorates the quotes in the body.
 */
export function useAnalysis(editor: Editor | null, article: Article | null): Analysis | null {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const articleRef = useRef(article);
  articleRef.current = article;
  const run = useRef<() => void>(() => undefined);

  run.current = () => {
    const current = articleRef.current;
    if (!editor || editor.isDestroyed || !current) return;
    const input = analyserInputFor({ body: editor.getJSON() as BodyNode, sources: current.sources, reviews: current.reviews });
    const result = analyse(input);
    const next = { ...result, matches: matchReviews(result.quotes, current.reviews) };
    setAnalysis(next);
    const starts = paragraphStarts(editor.state.doc);
    const marks: QuoteMark[] = next.quotes.flatMap((quote, index) => {
      const range = quoteRange(starts, quote);
      return range ? [{ ...range, className: markClass(next, index), key: quote.key }] : [];
    });
    editor.view.dispatch(editor.state.tr.setMeta(quoteMarksMeta, marks).setMeta('addToHistory', false));
  };

  useEffect(() => {
    if (!editor) return;
    let timer: number | null = null;
    const schedule = () => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => run.current(), idleDelayMs);
    };
    run.current();
    editor.on('update', schedule);
    return () => {
      editor.off('update', schedule);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [editor]);

  useEffect(() => run.current(), [article?.sources, article?.reviews]);
  return analysis;
}
