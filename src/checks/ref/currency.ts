import type { Draft, Segment } from '../../findings/finding.js';
import { get, str } from '../../model/read.js';
import type { Policy } from '../../model/policy.js';
import type { RegistrationCheck } from '../context.js';

const byPolicy = new WeakMap<Policy, { accepted: Set<string>; known: string }>();

/** The currencies the policy has rates for, worked out once per policy. */
function currenciesOf(policy: Policy): { accepted: Set<string>; known: string } {
  let found = byPolicy.get(policy);
  if (!found) {
    const accepted = new Set([policy.base_currency, ...Object.keys(policy.currencies ?? {})]);
    found = { accepted, known: [...accepted].join(', ') };
    byPolicy.set(policy, found);
  }
  return found;
}

/** A value in a currency the policy has no rate for cannot be placed in a tier. */
export const currencyRef: RegistrationCheck = {
  rules: ['ref.currency'],
  run(unit, { ws }) {
    const { accepted, known } = currenciesOf(ws.policy);
    const drafts: Draft[] = [];
    const check = (path: Segment[]): void => {
      let value: unknown = unit.data;
      for (const seg of path) value = get(value, String(seg));
      const currency = str(value);
      if (currency !== undefined && !accepted.has(currency)) {
        drafts.push({ rule: 'ref.currency', path, at: 'value', params: { currency, known } });
      }
    };
    check(['opportunity', 'currency']);
    check(['campaign', 'budget', 'currency']);
    check(['plan', 'currency']);
    return drafts;
  },
};
