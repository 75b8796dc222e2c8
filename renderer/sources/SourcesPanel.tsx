import type { Editor } from '@tiptap/react';
import { useCallback, useMemo, useRef } from 'react';
import type { Source } from '../../shared/article/model';
import type { Analysis } from '../review/useAnalysis';
import { newSource } from './newSource';
import { SourceCard } from './SourceCard';
import { linkQuote, quotesBySource, type SourceQuote } from './sourceQuotes';

interface SourcesPanelProps {
  sources: Source[];
  editor: Editor | null;
  analysis: Analysis | null;
  onChange: (sources: Source[]) => void;
}

const noQuotes: SourceQuote[] = [];

/** The article's sources: add, edit and remove them, and see every quote of each — linked or detected — with a one-click link. */
export function SourcesPanel({ sources, editor, analysis, onChange }: SourcesPanelProps) {
  const quotes = useMemo(() => (editor && analysis && !editor.isDestroyed ? quotesBySource(editor, analysis) : new Map<string, SourceQuote[]>()), [editor, analysis]);
  // Handlers read the latest props through a ref, so they stay the same between renders and a
  // card renders again only when its source or its quotes changed, not on every analysis.
  const latest = useRef({ sources, editor, quotes, onChange });
  latest.current = { sources, editor, quotes, onChange };
  const update = useCallback((id: string, change: Partial<Source>) => {
    const { sources: current, onChange: report } = latest.current;
    report(current.map((source) => (source.id === id ? { ...source, ...change } : source)));
  }, []);
  const link = useCallback((sourceId: string, key: string) => {
    const { editor: current, quotes: bySource } = latest.current;
    const quote = bySource.get(sourceId)?.find((candidate) => candidate.key === key);
    if (current && quote) linkQuote(current, sourceId, quote);
  }, []);
  const remove = useCallback((id: string) => {
    const { sources: current, onChange: report } = latest.current;
    report(current.filter((candidate) => candidate.id !== id));
  }, []);
  return (
    <section className="side-section" aria-label="Sources">
      <div className="side-head">
        <h2 className="pane-title">Sources</h2>
        <button type="button" onClick={() => onChange([...sources, newSource('')])}>
          Add source
        </button>
      </div>
      {sources.length === 0 ? <p className="empty-state">No sources yet. Add one here, or select a quote in the body and use “Quote” to link it.</p> : null}
      <ul className="source-list">
        {sources.map((source) => (
          <SourceCard key={source.id} source={source} quotes={quotes.get(source.id) ?? noQuotes} onChange={update} onLink={link} onRemove={remove} />
        ))}
      </ul>
    </section>
  );
}
