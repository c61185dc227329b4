import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/date/calendar.js';
import { WorkCalendar } from '../../src/policy/calendar.js';

function viaDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('adding days to a date', () => {
  it('agrees with the Date object for any date and offset', () => {
    const date = fc
      .tuple(
        fc.integer({ min: 1900, max: 2300 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(date, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        expect(addDays(d, n)).toBe(viaDate(d, n));
      }),
      { numRuns: 2000 },
    );
  });

  it('crosses a leap day and a year end', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-11-10', 90)).toBe('2027-02-08');
  });

  it('counts on past the year 9999 and leaves what is no date as it is, without failing', () => {
    expect(addDays('9999-12-31', 1)).toBe('10000-01-01');
    expect(addDays('10000-01-01', 30)).toBe('10000-01-31');
    expect(addDays('2026-11-10T09:00:00Z', 1)).toBe('2026-11-10T09:00:00Z');
    expect(addDays('soon', 1)).toBe('soon');
    const calendar = new WorkCalendar({ calendar: undefined });
    // 9999-12-31 is a Friday: five working days on is the second Friday of the year 10000.
    expect(calendar.addWorkingDays('9999-12-31', 5)).toBe('10000-01-07');
    expect(calendar.workingDaysBetween('9999-12-31', '10000-01-10')).toBe(6);
    expect(calendar.workingDaysBetween('10000-01-03', '2026-12-03')).toBe(0);
    expect(calendar.workingDaysBetween('soon', 'later')).toBe(0);
    expect(calendar.workingDaysBetween('2026-11-10T09:00:00Z', '2026-12-01')).toBe(0);
    expect(calendar.addWorkingDays('soon', 5)).toBe('soon');
  });
});
