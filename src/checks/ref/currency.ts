import type { Draft, Segment } from '../../findings/finding.js';
import { get, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

/** A value in a currency the policy has no rate for cannot be placed in a tier. */
export const currencyRef: RegistrationCheck = {
  rules: ['ref.currency'],
  run(unit, { ws }) {
    const accepted = new Set([ws.policy.base_currency, ...Object.keys(ws.policy.currencies ?? {})]);
    const known = [...accepted].join(', ');
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
