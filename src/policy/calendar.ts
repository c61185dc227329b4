import { addDays } from '../checks/date/calendar.js';
import type { Policy } from '../model/policy.js';

/**
 * Working days of the policy's calendar: Monday to Friday, less its holidays, plus its
 * make-up working days (China's official calendar moves working days onto weekends).
 */
export class WorkCalendar {
  private readonly holidays: Set<string>;
  private readonly workdays: Set<string>;

  constructor(policy: Pick<Policy, 'calendar'>) {
    this.holidays = new Set(policy.calendar?.holidays ?? []);
    this.workdays = new Set(policy.calendar?.workdays ?? []);
  }

  isWorkingDay(date: string): boolean {
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The date `days` working days after `start`; the start day itself does not count. */
  addWorkingDays(start: string, days: number): string {
    let date = start;
    let left = days;
    // A calendar with no working day at all would loop for ever; ten years is the bound.
    for (let guard = 0; left > 0 && guard < 3660; guard += 1) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) left -= 1;
    }
    return date;
  }

  /** Working days after `from` up to and including `to`; 0 when `to` is not later. */
  workingDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let date = addDays(from, 1), guard = 0; date <= to && guard < 3660; guard += 1) {
      if (this.isWorkingDay(date)) n += 1;
      date = addDays(date, 1);
    }
    return n;
  }
}
