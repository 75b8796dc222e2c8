import type { Editor } from '@tiptap/react';
import { useMemo } from 'react';
import type { Source } from '../../shared/article/model';
import type { Analysis } from '../review/useAnalysis';
import { newSource } from './newSource';
import { SourceCard } from './SourceCard';
import { linkQuote, quotesBySource } from './sourceQuotes';

interface SourcesPanelProps {
  sources: Source[];
  editor: Editor | null;
  analysis: Analysis | null;
  onChange: (sources: Source[]) => void;
}

/** The article's sources: add, edit and remove them, and see every quote of each — linked or detected — with a one-click link. */
export function SourcesPanel({ sources, editor, analysis, onChange }: SourcesPanelProps) {
  const quotes = useMemo(() => (editor && analysis && !editor.isDestroyed ? quotesBySource(editor, analysis) : new Map()), [editor, analysis]);
  const update = (id: string, change: Partial<Source>) => onChange(sources.map((source) => (source.id === id ? { ...source, ...change } : source)));
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
          <SourceCard
            key={source.id}
            source={source}
            quotes={quotes.get(source.id) ?? []}
            onChange={(change) => update(source.id, change)}
            onLink={(quote) => editor && linkQuote(editor, source.id, quote)}
            onRemove={() => onChange(sources.filter((candidate) => candidate.id !== source.id))}
          />
        ))}
      </ul>
    </section>
  );
}
