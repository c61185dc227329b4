import type { Draft } from '../../findings/finding.js';
import { get, list, num, str } from '../../model/read.js';
import type { PrGuard, RegistrationChange } from './context.js';
import { withinADay } from './submitted-on.js';

interface Bounds {
  maxCount: number;
  maxDays: number;
}

/**
 * An extension is asked for by adding one to `extensions`: within the policy's count and
 * days, dated the day it is asked, and never by editing or removing one already merged.
 */
export const prExtension: PrGuard = {
  rules: ['pr.extension'],
  run({ registrations, ws, today }) {
    const limits = ws.policy.protection.extensions;
    const bounds = { maxCount: limits?.max_count ?? 0, maxDays: limits?.max_days ?? 0 };
    return registrations.flatMap((r) => checkExtensions(r, bounds, today));
  },
};

function checkExtensions(r: RegistrationChange, bounds: Bounds, today: string): Draft[] {
  if (!r.after?.data) return [];
  const before = list(r.before?.data?.extensions);
  const after = list(r.after.data.extensions);
  const file = r.change.file;
  const edited = before.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(after[i]));
  if (edited >= 0) {
    const path = edited < after.length ? ['extensions', edited] : ['extensions'];
    const params = { index: edited + 1 };
    return [{ rule: 'pr.extension', key: 'pr.extension.edited', file, path, params }];
  }
  const drafts: Draft[] = [];
  let days = 0;
  after.forEach((extension, i) => {
    days += num(get(extension, 'days')) ?? 0;
    if (i >= before.length) drafts.push(...added(extension, i, days, bounds, today, file));
  });
  return drafts;
}

/** The problems of the extension at `index`, added by this pull request. */
function added(
  extension: unknown,
  index: number,
  days: number,
  bounds: Bounds,
  today: string,
  file: string,
): Draft[] {
  const path = ['extensions', index];
  const params = { count: index + 1, max: bounds.maxCount, days, maxDays: bounds.maxDays, today };
  const drafts: Draft[] = [];
  const over = index + 1 > bounds.maxCount ? 'count' : days > bounds.maxDays ? 'days' : undefined;
  if (over) drafts.push({ rule: 'pr.extension', key: `pr.extension.${over}`, file, path, params });
  const date = str(get(extension, 'requested_on'));
  if (date !== undefined && !withinADay(date, today)) {
    const key = 'pr.extension.date';
    const at = [...path, 'requested_on'];
    drafts.push({
      rule: 'pr.extension',
      key,
      file,
      path: at,
      at: 'value',
      params: { ...params, date },
    });
  }
  return drafts;
}
