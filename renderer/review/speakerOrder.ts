import type { DetectedQuote } from '../../shared/attribution/types';

/** Name shown for quotes with no speaker. */
export const unattributed = 'Unattributed';

/**
 * Quote indexes grouped by speaker, in the one order the chart and the groups share: unattributed
 * quotes first (they need work), then speakers by number of quotes, most first, then by name.
 */
export function speakerGroups(quotes: readonly DetectedQuote[]): { speaker: string; indexes: number[] }[] {
  const groups = new Map<string, number[]>();
  quotes.forEach((quote, index) => {
    const name = quote.speaker ?? '';
    groups.set(name, [...(groups.get(name) ?? []), index]);
  });
  return [...groups]
    .map(([speaker, indexes]) => ({ speaker, indexes }))
    .sort((a, b) => (a.speaker === '' ? -1 : b.speaker === '' ? 1 : b.indexes.length - a.indexes.length || a.speaker.localeCompare(b.speaker)));
}
