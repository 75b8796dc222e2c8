import { useMemo } from 'react';
import { bodyDiff } from '../../shared/article/bodyDiff';

/** The body's changes: paragraphs removed, added and changed word by word; unchanged ones counted. */
export function BodyDiffView({ before, after }: { before: string[]; after: string[] }) {
  const diff = useMemo(() => bodyDiff(before, after), [before, after]);
  if (diff.every((paragraph) => paragraph.kind === 'same')) return <p className="hint">No changes to the body.</p>;
  return (
    <div className="body-diff" aria-label="Body changes">
      {diff.map((paragraph, index) =>
        paragraph.kind === 'same' ? (
          <p key={index} className="diff-same">
            {paragraph.count} unchanged paragraph{paragraph.count === 1 ? '' : 's'}
          </p>
        ) : (
          <p key={index} className={`diff-${paragraph.kind}`}>
            {paragraph.parts.map((part, at) => (part.kind === 'added' ? <ins key={at}>{part.text}</ins> : part.kind === 'removed' ? <del key={at}>{part.text}</del> : <span key={at}>{part.text}</span>))}
          </p>
        ),
      )}
    </div>
  );
}
