import type { Draft } from '../../findings/finding.js';
import type { Policy } from '../../model/policy.js';
import { get, str } from '../../model/read.js';
import type { PrGuard, RegistrationChange } from './context.js';

/** Which list of the policy's reason codes a status draws from. */
const listOf = new Map([
  ['rejected', 'rejection'],
  ['returned', 'returned'],
  ['lost', 'lost'],
]);

/**
 * Rejections, returns and lost deals carry a reason code of the policy, so that the
 * vendor can count why deals fail; a free-text reason cannot be counted.
 */
export const prReasonCode: PrGuard = {
  rules: ['pr.reason-code'],
  run({ registrations, ws }) {
    return registrations.flatMap((r) => [
      ...check(r, 'decision', ws.policy),
      ...check(r, 'outcome', ws.policy),
    ]);
  },
};

function check(r: RegistrationChange, field: 'decision' | 'outcome', policy: Policy): Draft[] {
  const now = get(r.after?.data, field);
  if (now === undefined || JSON.stringify(now) === JSON.stringify(get(r.before?.data, field)))
    return [];
  const status = str(get(now, 'status'));
  const list = status === undefined ? undefined : listOf.get(status);
  if (list === undefined) return [];
  const codes = (policy.reason_codes?.[list] ?? []).map((c) => c.code);
  const code = str(get(now, 'reason_code'));
  if (code !== undefined && codes.includes(code)) return [];
  const params = { status: status ?? '', code: code ?? '—', known: codes.join(', ') || '—' };
  const key = code === undefined ? 'pr.reason-code.missing' : 'pr.reason-code';
  const path = code === undefined ? [field] : [field, 'reason_code'];
  return [{ rule: 'pr.reason-code', key, file: r.change.file, path, at: 'value', params }];
}
