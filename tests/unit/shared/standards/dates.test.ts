import { describe, expect, it } from 'vitest';
import { formatDate, formatDateline, formatDateTime } from '../../../../shared/standards/dates';

describe('newsroom date styles', () => {
  it('writes AP dates, abbreviating only the months AP abbreviates', () => {
    expect(formatDate('2019-07-12', 'ap')).toBe('July 12, 2019');
    expect(formatDate('2026-11-28', 'ap')).toBe('Nov. 28, 2026');
    expect(formatDate('2026-09-01', 'ap')).toBe('Sept. 1, 2026');
    expect(formatDate('2026-03-05', 'ap')).toBe('March 5, 2026');
  });

  it('writes day-month-year dates with the month in full', () => {
    expect(formatDate('2019-07-12', 'day-month-year')).toBe('12 July 2019');
    expect(formatDate('2026-11-28', 'day-month-year')).toBe('28 November 2026');
  });

  it('writes a publication time in the newsroom’s zone: AP clock, noon and midnight, or 24-hour', () => {
    expect(formatDateTime('2019-07-12T20:04:00Z', 'ap', 'America/Chicago')).toBe('July 12, 2019, 3:04 p.m. CDT');
    expect(formatDateTime('2019-07-12T17:00:00Z', 'ap', 'America/Chicago')).toBe('July 12, 2019, noon CDT');
    expect(formatDateTime('2019-07-13T05:00:00Z', 'ap', 'America/Chicago')).toBe('July 13, 2019, midnight CDT');
    expect(formatDateTime('2019-07-12T09:00:00Z', 'ap', 'UTC')).toBe('July 12, 2019, 9 a.m. UTC');
    expect(formatDateTime('2019-07-12T20:04:00Z', 'day-month-year', 'UTC')).toBe('12 July 2019, 20:04 UTC');
  });

  it('throws on a date, time or zone that is not one', () => {
    expect(() => formatDate('12/07/2019', 'ap')).toThrow(RangeError);
    expect(() => formatDate('2019-13-01', 'ap')).toThrow(RangeError);
    expect(() => formatDateTime('soon', 'ap', 'UTC')).toThrow(RangeError);
    expect(() => formatDateTime('2019-07-12T20:04:00Z', 'ap', 'Mars/Olympus')).toThrow(RangeError);
  });

  it('writes the dateline AP style: the city in capitals, the rest as written, then a dash', () => {
    expect(formatDateline('Chicago')).toBe('CHICAGO —');
    expect(formatDateline(' Springfield, Ill. ')).toBe('SPRINGFIELD, Ill. —');
    expect(formatDateline('  ')).toBe('');
  });
});
