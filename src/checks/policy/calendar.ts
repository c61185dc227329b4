import type { Draft } from '../../findings/finding.js';
import type { PolicyCheck } from './check.js';

/**
 * A day is either a holiday or a make-up working day, and make-up days fall on weekends:
 * otherwise the SLA due dates would depend on which list is read first.
 */
export const policyCalendar: PolicyCheck = {
  rules: ['policy.calendar'],
  run({ policy }) {
    const holidays = new Set(policy.calendar?.holidays ?? []);
    const drafts: Draft[] = [];
    (policy.calendar?.workdays ?? []).forEach((date, i) => {
      const path = ['calendar', 'workdays', i];
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (holidays.has(date)) {
        drafts.push({ rule: 'policy.calendar', path, at: 'value', params: { date } });
      } else if (weekday !== 0 && weekday !== 6) {
        drafts.push({
          rule: 'policy.calendar',
          key: 'policy.calendar.weekday',
          path,
          at: 'value',
          params: { date },
        });
      }
    });
    return drafts;
  },
};
