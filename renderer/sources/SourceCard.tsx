import { memo, useEffect, useState } from 'react';
import { sourcingLevels, type Source, type SourcingLevel } from '../../shared/article/model';
import { getPrivacy } from '../api';
import { LineField } from '../LineField';
import { PrivateField } from './PrivateField';
import { SourceQuoteList } from './SourceQuoteList';
import type { SourceQuote } from './sourceQuotes';

interface SourceCardProps {
  source: Source;
  quotes: SourceQuote[];
  onChange: (sourceId: string, change: Partial<Source>) => void;
  /** Links the source's quote with this key, at its place in the latest analysis. */
  onLink: (sourceId: string, quoteKey: string) => void;
  onRemove: (sourceId: string) => void;
}

const levelLabels: Record<SourcingLevel, string> = { 'on-record': 'On the record', background: 'On background', anonymous: 'Anonymous' };

/** True once main has said private fields are stored in clear on this computer (no keychain). */
function useIsStoredInClear(): boolean {
  const [isInClear, setIsInClear] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    getPrivacy().then(
      (privacy) => isCurrent && setIsInClear(!privacy.isEncryptionAvailable),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return isInClear;
}

function SourceCardView({ source, quotes, onChange: onChangeSource, onLink: onLinkSource, onRemove }: SourceCardProps) {
  const onChange = (change: Partial<Source>) => onChangeSource(source.id, change);
  const onLink = (quote: SourceQuote) => onLinkSource(source.id, quote.key);
  const prefix = `source-${source.id}`;
  const isStoredInClear = useIsStoredInClear();
  const needsReason = source.level === 'anonymous' && !source.anonymityReason.trim();
  const linkedCount = quotes.filter((quote) => quote.isLinked).length;
  return (
    <li className="source-card" aria-label={`Source ${source.name || 'unnamed'}`}>
      <div className="source-grid">
        <label htmlFor={`${prefix}-name`}>Name</label>
        <LineField id={`${prefix}-name`} value={source.name} onChange={(name) => onChange({ name })} />
        <label htmlFor={`${prefix}-kind`}>Kind</label>
        <select id={`${prefix}-kind`} value={source.kind} onChange={(event) => onChange({ kind: event.target.value as Source['kind'] })}>
          <option value="person">Person</option>
          <option value="organisation">Organisation</option>
        </select>
        <label htmlFor={`${prefix}-title`}>Title or role</label>
        <LineField id={`${prefix}-title`} value={source.title} onChange={(title) => onChange({ title })} />
        <label htmlFor={`${prefix}-affiliation`}>Affiliation</label>
        <LineField id={`${prefix}-affiliation`} value={source.affiliation} onChange={(affiliation) => onChange({ affiliation })} />
        <label htmlFor={`${prefix}-level`}>Sourcing</label>
        <select id={`${prefix}-level`} value={source.level} onChange={(event) => onChange({ level: event.target.value as SourcingLevel })}>
          {sourcingLevels.map((level) => (
            <option key={level} value={level}>
              {levelLabels[level]}
            </option>
          ))}
        </select>
      </div>
      {source.level === 'anonymous' ? (
        <label className="stacked">
          Reason for anonymity (required)
          <textarea rows={2} value={source.anonymityReason} aria-invalid={needsReason || undefined} onChange={(event) => onChange({ anonymityReason: event.target.value })} />
          {needsReason ? <span className="error-text">An anonymous source needs a written reason before publishing.</span> : null}
        </label>
      ) : null}
      {source.level === 'anonymous' || source.identity !== '' ? (
        <PrivateField label="Real identity (private, never exported)" rows={1} value={source.identity} onChange={(identity) => onChange({ identity })} />
      ) : null}
      <PrivateField label="Private contact note (never exported)" rows={2} value={source.contactNote} onChange={(contactNote) => onChange({ contactNote })} />
      {isStoredInClear ? (
        <p className="hint" role="note">
          This computer has no system keychain Copydesk can use, so private notes are saved unencrypted in the article file.
        </p>
      ) : null}
      <SourceQuoteList name={source.name || 'this source'} quotes={quotes} onLink={onLink} />
      <button type="button" onClick={() => onRemove(source.id)} disabled={linkedCount > 0} title={linkedCount > 0 ? 'Unlink its quotes first' : 'Remove this source'}>
        Remove source
      </button>
    </li>
  );
}

/**
 * What a card shows of a quote. Its place in the text changes as the reporter types and is read
 * only when a detected quote is linked (by key, from the latest analysis); a pull quote's key is its
 * place, and it is always linked, so only its words count.
 */
function isSameQuote(a: SourceQuote, b: SourceQuote): boolean {
  return a.text === b.text && a.isLinked === b.isLinked && a.isPullQuote === b.isPullQuote && (a.isPullQuote || a.key === b.key);
}

function isSameCard(before: SourceCardProps, after: SourceCardProps): boolean {
  return (
    before.source === after.source && before.onChange === after.onChange && before.onLink === after.onLink && before.onRemove === after.onRemove &&
    before.quotes.length === after.quotes.length && before.quotes.every((quote, index) => isSameQuote(quote, after.quotes[index]!))
  );
}

/**
 * One source: who they are, how they may be named, why if anonymous, and private fields (a contact
 * note, and an anonymous source's real identity) that are never exported and are encrypted on disk
 * when possible. Renders again only when the source or what it shows of its quotes changed.
 */
export const SourceCard = memo(SourceCardView, isSameCard);
