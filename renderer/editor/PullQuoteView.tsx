import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { memo } from 'react';
import { SourceOptions } from './SourceOptions';
import { useSources } from './sourcesContext';

/**
 * A pull quote in the editor: the quoted words, editable in place, and a menu choosing the
 * source who said them. Re-renders only when its own attributes or the sources change.
 */
function PullQuoteViewInner({ node, updateAttributes }: ReactNodeViewProps) {
  const sources = useSources();
  const sourceId = (node.attrs.sourceId as string | null) ?? '';
  const isMissing = sourceId !== '' && !sources.some((source) => source.id === sourceId);
  return (
    <NodeViewWrapper as="figure" className="pull-quote" data-pull-quote="">
      <NodeViewContent<"blockquote"> as="blockquote" className="pull-quote-text" />
      <figcaption contentEditable={false} className="pull-quote-source">
        <label>
          Said by{' '}
          <select value={sourceId} onChange={(event) => updateAttributes({ sourceId: event.target.value || null })}>
            <SourceOptions />
          </select>
        </label>
        {isMissing ? <span className="error-text"> The linked source was removed.</span> : null}
      </figcaption>
    </NodeViewWrapper>
  );
}

export const PullQuoteView = memo(PullQuoteViewInner, (before, after) => before.node === after.node && before.selected === after.selected);
