import { get, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';
import { isDate } from './future.js';

/** An open deal whose expected close has passed is stale data in every forecast. */
export const dateClosePassed: RegistrationCheck = {
  rules: ['date.close-passed'],
  run(unit, { today }) {
    if (get(unit.data, 'outcome') !== undefined || get(unit.data, 'decision') !== undefined) return [];
    const date = str(get(unit.data?.opportunity, 'expected_close'));
    if (date === undefined || !isDate(date) || date >= today) return [];
    const path = ['opportunity', 'expected_close'];
    return [{ rule: 'date.close-passed', severity: 'warning', path, at: 'value', params: { date } }];
  },
};
