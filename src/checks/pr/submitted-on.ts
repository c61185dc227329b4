import { str } from '../../model/read.js';
import { addDays } from '../date/calendar.js';
import { isDate } from '../date/future.js';
import type { PrGuard } from './context.js';

/**
 * submitted_on is the priority date in a conflict, so a new registration carries the
 * day it is submitted; a day either side covers time zones.
 */
export const prSubmittedOn: PrGuard = {
  rules: ['pr.submitted-on'],
  run({ registrations, today }) {
    return registrations.flatMap(({ change, after }) => {
      if (change.status !== 'added' || !after?.data) return [];
      const date = str(after.data.submitted_on);
      if (date === undefined || !isDate(date) || withinADay(date, today)) return [];
      const params = { date, today };
      return [
        {
          rule: 'pr.submitted-on',
          file: change.file,
          path: ['submitted_on'],
          at: 'value' as const,
          params,
        },
      ];
    });
  },
};

export function withinADay(date: string, today: string): boolean {
  return date >= addDays(today, -1) && date <= addDays(today, 1);
}
