import type { Condition } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { get, str } from '../model/read.js';
import { productLinesOf, regionsOf } from '../policy/tier.js';

// TODO(report): src/policy/approvers.ts and the completeness checks of the policy branch
// match the same `when`; once the latter is on main, one shared matcher should serve the
// checklist too, so that the report can never disagree with CI.

/** AND across the condition's keys, OR within each key's list; no condition always holds. */
export function conditionHolds(
  when: Condition | undefined,
  reg: Partial<Registration>,
  tier: string,
): boolean {
  if (when === undefined) return true;
  const facts: Record<keyof Condition, string[]> = {
    kind: present(str(get(reg, 'kind'))),
    tier: [tier],
    industry: present(str(get(get(reg, 'customer'), 'industry'))),
    region: regionsOf(reg),
    product_lines: productLinesOf(reg),
  };
  return (Object.keys(facts) as (keyof Condition)[]).every((key) => {
    const wanted = when[key];
    return wanted === undefined || wanted.some((value) => facts[key].includes(value));
  });
}

function present(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}

/** An own entry of a policy map: a rule named `__proto__` must find nothing. */
export function own<T>(map: Record<string, T> | undefined, key: string): T | undefined {
  return map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}
