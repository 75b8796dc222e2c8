import type { SourceQuote } from './sourceQuotes';

interface SourceQuoteListProps {
  name: string;
  quotes: SourceQuote[];
  onLink: (quote: SourceQuote) => void;
}

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

/** A source's quotes on its card — the same ones the Review tab gives it — each linked, or detected with a Link button. */
export function SourceQuoteList({ name, quotes, onLink }: SourceQuoteListProps) {
  const linked = quotes.filter((quote) => quote.isLinked).length;
  const detected = quotes.length - linked;
  if (quotes.length === 0) return <p className="source-quotes">No quotes found for {name} yet.</p>;
  return (
    <div className="source-quotes">
      <p className="source-quotes-count">
        {quotes.length} quote{quotes.length === 1 ? '' : 's'}: {linked} linked{detected > 0 ? `, ${detected} detected by name` : ''}
      </p>
      <ul aria-label={`Quotes by ${name}`}>
        {quotes.map((quote) => (
          <li key={quote.key} className={quote.isLinked ? 'is-linked' : 'is-detected'}>
            <span className="quote-excerpt">
              {quote.isPullQuote ? 'Pull quote: ' : ''}“{excerpt(quote.text)}”
            </span>
            {quote.isLinked ? (
              <span className="quote-facts">Linked</span>
            ) : (
              <button type="button" onClick={() => onLink(quote)} aria-label={`Link “${excerpt(quote.text)}” to ${name}`}>
                Link
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
