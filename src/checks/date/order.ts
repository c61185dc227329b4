import type { Draft, Segment } from '../../findings/finding.js';
import { get, list, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';
import { isDate } from './future.js';

interface Pair {
  later: Segment[];
  earlier: Segment[];
}

/** Dates that must follow each other: nothing closes, ends or is extended before it starts. */
export const dateOrder: RegistrationCheck = {
  rules: ['date.order'],
  run(unit) {
    const pairs: Pair[] = [
      { later: ['opportunity', 'expected_close'], earlier: ['submitted_on'] },
      { later: ['campaign', 'end'], earlier: ['campaign', 'start'] },
      { later: ['plan', 'launch_date'], earlier: ['submitted_on'] },
      { later: ['outcome', 'on'], earlier: ['submitted_on'] },
      { later: ['decision', 'on'], earlier: ['submitted_on'] },
    ];
    list(unit.data?.extensions).forEach((_, i) => {
      pairs.push({ later: ['extensions', i, 'requested_on'], earlier: ['submitted_on'] });
    });
    const drafts: Draft[] = [];
    for (const { later, earlier } of pairs) {
      const date = at(unit.data, later);
      const otherDate = at(unit.data, earlier);
      if (date === undefined || otherDate === undefined || date >= otherDate) continue;
      const params = { date, other: dotted(earlier), otherDate };
      drafts.push({ rule: 'date.order', path: later, at: 'value', params });
    }
    return drafts;
  },
};

function at(value: unknown, path: Segment[]): string | undefined {
  let current = value;
  for (const seg of path) current = typeof seg === 'number' ? list(current)[seg] : get(current, seg);
  const date = str(current);
  return date !== undefined && isDate(date) ? date : undefined;
}

function dotted(path: Segment[]): string {
  return path.join('.');
}
