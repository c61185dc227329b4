import { str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';
import { addDays } from './calendar.js';

/** A registration dated ahead would jump the queue for conflicts; a day of slack covers time zones. */
export const dateFuture: RegistrationCheck = {
  rules: ['date.future'],
  run(unit, { today }) {
    const date = str(unit.data?.submitted_on);
    if (date === undefined || !isDate(date) || date <= dayAfter(today)) return [];
    return [{ rule: 'date.future', path: ['submitted_on'], at: 'value', params: { date, today } }];
  },
};

/** The last `today` asked about and the day after it: a run has one today for every file. */
let after: [string, string] | undefined;

function dayAfter(today: string): string {
  if (after?.[0] !== today) after = [today, addDays(today, 1)];
  return after[1];
}

/** Answers kept per string: a workspace holds few distinct dates, each in many files. */
const known = new Map<string, boolean>();

/**
 * A day of the calendar written `YYYY-MM-DD`. Not merely one `Date.parse` takes: it reads
 * 2026-02-30 as 2 March, so the day read back must be the day written.
 */
export function isDate(value: string): boolean {
  let answer = known.get(value);
  if (answer === undefined) {
    const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
    answer = !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
    if (known.size > 100_000) known.clear();
    known.set(value, answer);
  }
  return answer;
}
