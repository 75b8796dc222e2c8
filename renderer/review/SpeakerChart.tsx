import type { DetectedQuote } from '../../shared/attribution/types';

/** Quotes per speaker and the share of named, organisation, anonymous and unattributed quotes. */
export function SpeakerChart({ quotes }: { quotes: DetectedQuote[] }) {
  const counts = new Map<string, number>();
  const kinds = { named: 0, organisation: 0, descriptive: 0, none: 0 };
  for (const quote of quotes) {
    const name = quote.speaker ?? 'Unattributed';
    counts.set(name, (counts.get(name) ?? 0) + 1);
    kinds[quote.speakerKind] += 1;
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  const most = rows[0]?.[1] ?? 1;
  const share = (count: number) => (quotes.length ? Math.round((count / quotes.length) * 100) : 0);
  return (
    <figure className="speaker-chart" aria-label="Who is quoted">
      <figcaption>Who is quoted</figcaption>
      <ul>
        {rows.map(([name, count]) => (
          <li key={name}>
            <span className="bar-label">{name}</span>
            <span className="bar" style={{ width: `${(count / most) * 100}%` }} aria-hidden="true" />
            <span className="bar-count">{count}</span>
          </li>
        ))}
      </ul>
      <p className="quote-facts">
        Named {share(kinds.named)}% · Organisations {share(kinds.organisation)}% · Anonymous {share(kinds.descriptive)}% · Unattributed {share(kinds.none)}%
      </p>
    </figure>
  );
}
