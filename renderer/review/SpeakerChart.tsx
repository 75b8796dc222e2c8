import { memo } from 'react';
import type { DetectedQuote } from '../../shared/attribution/types';
import { speakerGroups, unattributed } from './speakerOrder';

/** A few round numbers from 0 to at least `most`, for the chart's scale. */
function ticks(most: number): number[] {
  const step = most <= 5 ? 1 : most <= 10 ? 2 : Math.ceil(most / 5);
  const top = Math.ceil(most / step) * step;
  return Array.from({ length: top / step + 1 }, (_, index) => index * step);
}

function SpeakerChartView({ quotes }: { quotes: DetectedQuote[] }) {
  const kinds = { named: 0, organisation: 0, descriptive: 0, none: 0 };
  for (const quote of quotes) kinds[quote.speakerKind] += 1;
  const rows = speakerGroups(quotes);
  const scale = ticks(Math.max(1, ...rows.map((row) => row.indexes.length)));
  const top = scale[scale.length - 1] ?? 1;
  const share = (count: number) => (quotes.length ? Math.round((count / quotes.length) * 100) : 0);
  return (
    <figure className="speaker-chart" aria-label="Who is quoted">
      <figcaption>Who is quoted (number of quotes)</figcaption>
      <ul>
        {rows.map(({ speaker, indexes }) => (
          <li key={speaker || unattributed}>
            <span className="bar-label">{speaker || unattributed}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar" style={{ width: `${(indexes.length / top) * 100}%` }} />
            </span>
            <span className="bar-count">{indexes.length}</span>
          </li>
        ))}
      </ul>
      <div className="chart-scale" aria-hidden="true">
        {scale.map((tick) => (
          <span key={tick} style={{ left: `${(tick / top) * 100}%` }}>
            {tick}
          </span>
        ))}
      </div>
      <p className="quote-facts">
        Named {share(kinds.named)}% · Organisations {share(kinds.organisation)}% · Anonymous {share(kinds.descriptive)}% · Unattributed {share(kinds.none)}%
      </p>
    </figure>
  );
}

/**
 * Quotes per speaker, in the same order as the groups below it, with full names (wrapped, never
 * cut), a scale under the bars, and the share of named, organisation, anonymous and unattributed quotes.
 * A new analysis with the same speakers and kinds of quote, in the same order, renders nothing again.
 */
export const SpeakerChart = memo(
  SpeakerChartView,
  (before, after) =>
    before.quotes.length === after.quotes.length &&
    before.quotes.every((quote, index) => quote.speaker === after.quotes[index]!.speaker && quote.speakerKind === after.quotes[index]!.speakerKind),
);
