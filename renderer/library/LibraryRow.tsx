import type { ArticleSummary } from '../../shared/ipc';
import { StatusBadge } from '../article/StatusBadge';

interface LibraryRowProps {
  row: ArticleSummary;
  isOpen: boolean;
  onOpen: (id: string) => void;
  /** Null when the library is not in selection mode. */
  isSelected: boolean | null;
  onToggle: (id: string) => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One article in the library list; click or Enter opens it. */
export function LibraryRow({ row, isOpen, onOpen, isSelected, onToggle }: LibraryRowProps) {
  return (
    <li className="library-item">
      {isSelected !== null ? <input type="checkbox" className="row-check" checked={isSelected} onChange={() => onToggle(row.id)} aria-label={`Select “${row.headline || 'Untitled article'}”`} /> : null}
      <button type="button" className={`library-row${isOpen ? ' is-open' : ''}`} aria-current={isOpen ? 'true' : undefined} onClick={() => onOpen(row.id)} onDoubleClick={() => onOpen(row.id)}>
        <span className="row-headline">{row.headline || 'Untitled article'}</span>
        <span className="row-meta">
          <StatusBadge status={row.status} isChangedSincePublished={row.isChangedSincePublished} />
          {row.bylines ? <span>{row.bylines}</span> : null}
          <span>{row.words.toLocaleString()} words</span>
          <time dateTime={row.updatedAt}>{timeFormat.format(new Date(row.updatedAt))}</time>
        </span>
      </button>
    </li>
  );
}
