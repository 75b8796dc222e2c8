import { memo, useMemo } from 'react';
import type { LibraryRow as Row } from '../../shared/ipc';
import { StatusBadge } from '../article/StatusBadge';
import { Highlighted, highlightTerms } from './Highlighted';
import { relativeTime } from '../../shared/format/relativeTime';

interface LibraryRowProps {
  row: Row;
  /** Body text around the search match; empty or absent shows the dek, else the body's opening. */
  snippet: string | undefined;
  /** The library's search, whose words are marked. */
  search: string;
  isOpen: boolean;
  onOpen: (id: string) => void;
  /** Null when the library is not in selection mode. */
  isSelected: boolean | null;
  onToggle: (id: string) => void;
}

const fullTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/**
 * One article in the library list, three dense lines laid out the same for every article,
 * untitled ones included: status, kicker and time; headline; byline and the matched text (or
 * the dek). Search matches are marked. A line too long for the row ends in '…' (library.css);
 * the kicker, headline and bylines are whole in the tooltip. Click or Enter opens it.
 */
export const LibraryRow = memo(function LibraryRow({ row, snippet, search, isOpen, onOpen, isSelected, onToggle }: LibraryRowProps) {
  const terms = useMemo(() => highlightTerms(row.terms, search), [row.terms, search]);
  const title = row.headline || 'Untitled article';
  const text = snippet || row.dek || row.lead;
  const tooltip = [row.kicker, title, row.bylines].filter(Boolean).join(' · ');
  return (
    <>
      {isSelected !== null ? <input type="checkbox" className="row-check" checked={isSelected} onChange={() => onToggle(row.id)} aria-label={`Select “${title}”`} /> : null}
      <button type="button" className={`library-row${isOpen ? ' is-open' : ''}`} aria-current={isOpen ? 'true' : undefined} data-row-id={row.id} title={tooltip} onClick={() => onOpen(row.id)}>
        <span className="row-line row-top">
          <StatusBadge status={row.status} isChangedSincePublished={row.isChangedSincePublished} />
          <span className="row-kicker">{row.kicker ? <Highlighted text={row.kicker} terms={terms} /> : null}</span>
          <time className="row-time" dateTime={row.updatedAt} title={fullTime.format(new Date(row.updatedAt))}>
            {relativeTime(row.updatedAt)}
          </time>
        </span>
        <span className={`row-line row-headline${row.headline ? '' : ' is-untitled'}`}>{row.headline ? <Highlighted text={row.headline} terms={terms} /> : title}</span>
        <span className="row-line row-detail">
          <span className="row-byline">{row.bylines ? <Highlighted text={row.bylines} terms={terms} /> : 'No byline'}</span>
          <span className="row-snippet">{text ? <Highlighted text={text} terms={terms} /> : `${row.words.toLocaleString()} words`}</span>
        </span>
      </button>
    </>
  );
});
