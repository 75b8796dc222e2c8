import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../../../shared/format/relativeTime';

const now = new Date(2026, 10, 28, 18, 30);
const at = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

describe('library row times', () => {
  it('say minutes for the last hour, then today, yesterday, the weekday, the date, and the year when it differs', () => {
    expect(relativeTime(new Date(2026, 10, 28, 18, 29, 40).toISOString(), now)).toBe('Just now');
    expect(relativeTime(at(2026, 10, 28, 18, 27), now)).toBe('3 min ago');
    expect(relativeTime(at(2026, 10, 28, 9, 12), now)).toMatch(/^Today 09:12$/);
    expect(relativeTime(at(2026, 10, 27, 17, 4), now)).toMatch(/^Yesterday 17:04$/);
    expect(relativeTime(at(2026, 10, 24, 11, 30), now)).toMatch(/^\S+ 11:30$/);
    expect(relativeTime(at(2026, 9, 12, 8, 0), now)).toMatch(/12/);
    expect(relativeTime(at(2024, 9, 12, 8, 0), now)).toMatch(/2024/);
    expect(() => relativeTime('yesterday', now)).toThrow(RangeError);
  });

  it('tells two stories of the same afternoon apart', () => {
    expect(relativeTime(at(2026, 10, 27, 17, 4), now)).not.toBe(relativeTime(at(2026, 10, 27, 16, 58), now));
  });
});
