import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/checks/date/calendar.js';
import { WorkCalendar } from '../../src/policy/calendar.js';
import { derive } from '../../src/policy/derive.js';
import { openWorkspace } from '../../src/workspace/load.js';
import { deal, programFixture } from '../helpers/registrations.js';

const { policy } = openWorkspace(programFixture);
const calendar = new WorkCalendar(policy);

describe('the SLA in business days', () => {
  it('skips a weekend: two days from a Friday end on Tuesday', () => {
    expect(calendar.addWorkingDays('2026-11-20', 2)).toBe('2026-11-24');
  });

  it('skips the holidays of the policy', () => {
    // Wed 30 Sep; 1, 2 Oct holidays; 3, 4 weekend; 5-7 holidays; Thu 8 Oct is the first working day.
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
  });

  it('counts a make-up working day on a Saturday', () => {
    // Thu 8, Fri 9, then Sat 10 Oct is a make-up working day.
    expect(calendar.addWorkingDays('2026-10-07', 3)).toBe('2026-10-10');
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-09-19')).toBe(false);
  });

  it('gives a registration its due date from its tier', () => {
    const large = deal('alpha', 1, { submitted_on: '2026-09-30', opportunity: { value: 800_000 } });
    // 8, 9, Sat 10 (make-up), 12, 13 October.
    expect(derive(large, policy, { today: '2026-10-01' }).slaDue).toBe('2026-10-13');
    const standard = deal('alpha', 2, { submitted_on: '2026-09-30' });
    expect(derive(standard, policy, { today: '2026-10-01' }).slaDue).toBe('2026-10-09');
  });

  it('counts working days between two dates', () => {
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-10')).toBe(3);
    expect(calendar.workingDaysBetween('2026-10-10', '2026-10-01')).toBe(0);
  });

  it('counts working days over any span as a walk day by day does', () => {
    const day = (n: number): string => addDays('2025-06-01', n);
    const walk = (from: string, to: string): number => {
      let n = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) n += 1;
      return n;
    };
    fc.assert(
      fc.property(fc.nat(1200), fc.nat(1200), (a, b) => {
        expect(calendar.workingDaysBetween(day(a), day(b))).toBe(walk(day(a), day(b)));
      }),
      { numRuns: 400 },
    );
  });
});
