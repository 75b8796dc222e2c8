const minute = 60_000;
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * When an article was last updated, as a newsroom reads a list: "Just now", "3 min ago",
 * "Today 09:12", "Yesterday 17:04", "Mon 11:30" within the week, then "12 Oct", and the year
 * once it is not this year. Times are local.
 */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) throw new RangeError(`relativeTime: not a date: "${iso}"`);
  const elapsed = now.getTime() - then.getTime();
  if (elapsed >= 0 && elapsed < minute) return 'Just now';
  if (elapsed >= 0 && elapsed < 60 * minute) return `${Math.floor(elapsed / minute)} min ago`;
  const days = Math.round((startOfDay(now) - startOfDay(then)) / (24 * 60 * minute));
  if (days === 0) return `Today ${clock.format(then)}`;
  if (days === 1) return `Yesterday ${clock.format(then)}`;
  if (days > 1 && days < 7) return `${weekday.format(then)} ${clock.format(then)}`;
  return then.getFullYear() === now.getFullYear() ? dayMonth.format(then) : dayMonthYear.format(then);
}
