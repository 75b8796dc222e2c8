/** How a newsroom writes dates: AP (`July 12, 2019`, `Nov. 28, 2026`) or day-month-year (`12 July 2019`). */
export const dateStyles = ['ap', 'day-month-year'] as const;
export type DateStyle = (typeof dateStyles)[number];

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** AP abbreviates these months when a day goes with them; March to July are always spelled out. */
const apMonths = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function parseCalendarDate(date: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new RangeError(`formatDate: "${date}" is not a YYYY-MM-DD date`);
  return { year: Number(match[1]), month, day: Number(match[3]) };
}

function formatParts({ year, month, day }: CalendarDate, style: DateStyle): string {
  return style === 'ap' ? `${apMonths[month - 1]} ${day}, ${year}` : `${day} ${monthNames[month - 1]} ${year}`;
}

/** Formats a `YYYY-MM-DD` calendar date in the newsroom's style, independent of locale and time zone. */
export function formatDate(date: string, style: DateStyle): string {
  return formatParts(parseCalendarDate(date), style);
}

/** True when `timeZone` is an IANA time zone this runtime knows (`America/Chicago`, `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function apClock(hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return 'noon';
  if (minute === 0 && hour === 0) return 'midnight';
  const shown = hour % 12 === 0 ? 12 : hour % 12;
  return `${shown}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/**
 * Formats an ISO 8601 instant as the newsroom prints a publication time in `timeZone`:
 * AP `July 12, 2019, 3:04 p.m. CDT`, or day-month-year `12 July 2019, 15:04 CDT`.
 */
export function formatDateTime(instant: string, style: DateStyle, timeZone: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) throw new RangeError(`formatDateTime: "${instant}" is not a date-time`);
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`formatDateTime: "${timeZone}" is not a known time zone`);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZoneName: 'short',
  }).formatToParts(new Date(time));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  const date = { year: Number(part('year')), month: Number(part('month')), day: Number(part('day')) };
  const hour = Number(part('hour')) % 24;
  const minute = Number(part('minute'));
  const clock = style === 'ap' ? apClock(hour, minute) : `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return `${formatParts(date, style)}, ${clock} ${part('timeZoneName')}`;
}

/**
 * The dateline as it opens the story: the place with its city in capitals and a dash,
 * `CHICAGO —` or `SPRINGFIELD, Ill. —` (the part after the first comma is left as written).
 */
export function formatDateline(place: string): string {
  const trimmed = place.trim();
  if (trimmed === '') return '';
  const comma = trimmed.indexOf(',');
  const city = comma < 0 ? trimmed : trimmed.slice(0, comma);
  const rest = comma < 0 ? '' : trimmed.slice(comma);
  return `${city.toUpperCase()}${rest} —`;
}
