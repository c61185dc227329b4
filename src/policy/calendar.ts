import { addDays, dayOf, dayOfAnyYear } from '../checks/date/calendar.js';
import type { Policy } from '../model/policy.js';

/**
 * Working days of the policy's calendar: Monday to Friday, less its holidays, plus its
 * make-up working days (China's official calendar moves working days onto weekends).
 */
export class WorkCalendar {
  private readonly holidays: Set<string>;
  private readonly workdays: Set<string>;
  /** Deadlines asked for again: a report asks one per registration, over few dates. */
  private readonly added = new Map<string, string>();

  constructor(policy: Pick<Policy, 'calendar'>) {
    this.holidays = new Set(policy.calendar?.holidays ?? []);
    this.workdays = new Set(policy.calendar?.workdays ?? []);
  }

  isWorkingDay(date: string): boolean {
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    // Date reads no year past 9999, whose dates are longer than `YYYY-MM-DD`.
    const day = date.length > 10 ? dayOfAnyYear(date) : undefined;
    if (day !== undefined) return !isWeekend(day);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The date `days` working days after `start`; the start day itself does not count. */
  addWorkingDays(start: string, days: number): string {
    const key = `${start}\0${days}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    let date = start;
    let left = days;
    // A calendar with no working day at all would loop for ever; ten years is the bound.
    for (let guard = 0; left > 0 && guard < 3660; guard += 1) {
      const next = addDays(date, 1);
      if (next === date) break;
      date = next;
      if (this.isWorkingDay(date)) left -= 1;
    }
    this.added.set(key, date);
    return date;
  }

  /**
   * Working days after `from` up to and including `to`; 0 when `to` is not later. Counted
   * by weeks, then corrected by the calendar's own days: the dashboard asks this for
   * every registration, over spans of years.
   */
  workingDaysBetween(from: string, to: string): number {
    const start = dayOf(from);
    const end = dayOf(to);
    if (start === undefined || end === undefined) return this.countDays(from, to);
    if (end <= start) return 0;
    let n = weekdaysIn(start + 1, end);
    for (const date of this.workdays) {
      if (date > from && date <= to && isWeekend(dayOf(date))) n += 1;
    }
    for (const date of this.holidays) {
      if (date > from && date <= to && !this.workdays.has(date) && !isWeekend(dayOf(date))) n -= 1;
    }
    return n;
  }

  /** Day by day, for dates the arithmetic cannot read. */
  private countDays(from: string, to: string): number {
    let n = 0;
    // What is no date stays as it is when days are added to it: there is nothing to count.
    const last = dayOfAnyYear(to);
    for (let date = from, guard = 0; guard < 3660; guard += 1) {
      const next = addDays(date, 1);
      if (next === date || later(next, to, last)) break;
      date = next;
      if (this.isWorkingDay(date)) n += 1;
    }
    return n;
  }
}

/** Past the year 9999 dates no longer compare as text. */
function later(date: string, than: string, thanDay: number | undefined): boolean {
  const day = dayOfAnyYear(date);
  return day !== undefined && thanDay !== undefined ? day > thanDay : date > than;
}

const calendars = new WeakMap<Pick<Policy, 'calendar'>, WorkCalendar>();

/** The calendar of a policy, made once: policies are not changed once loaded. */
export function calendarOf(policy: Pick<Policy, 'calendar'>): WorkCalendar {
  let calendar = calendars.get(policy);
  if (!calendar) {
    calendar = new WorkCalendar(policy);
    calendars.set(policy, calendar);
  }
  return calendar;
}

/** 1970-01-01 was a Thursday: day 0 has weekday 4, counting Sunday as 0. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isWeekend(day: number | undefined): boolean {
  if (day === undefined) return false;
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/** Monday to Friday in the days `first` to `last`, both included. */
function weekdaysIn(first: number, last: number): number {
  const days = last - first + 1;
  let n = Math.floor(days / 7) * 5;
  for (let day = first + Math.floor(days / 7) * 7; day <= last; day += 1) {
    if (!isWeekend(day)) n += 1;
  }
  return n;
}
