import type { Condition, Policy } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { get, str } from '../model/read.js';
import { decideTier, productLinesOf, regionsOf, type TierDecision } from './tier.js';

/** What a `when` condition of the policy may look at. */
export interface Facts {
  kind: string | undefined;
  tier: TierDecision;
  industry: string | undefined;
  regions: string[];
  lines: string[];
}

/** One key of a condition that holds, with the value that made it hold. */
export type ConditionReason =
  | { key: 'kind' | 'industry' | 'region' | 'product_lines'; value: string }
  | { key: 'tier'; decision: TierDecision };

export function factsOf(
  reg: Partial<Registration>,
  policy: Policy,
  tier: TierDecision = decideTier(reg, policy),
): Facts {
  return {
    kind: str(get(reg, 'kind')),
    tier,
    industry: str(get(get(reg, 'customer'), 'industry')),
    regions: regionsOf(reg),
    lines: productLinesOf(reg),
  };
}

/**
 * Whether a condition holds: every key present must hold (AND), and a key holds when
 * any of its listed values does (OR). `undefined` when it does not hold; the reasons,
 * empty for a condition without keys, when it does.
 */
export function matchCondition(
  when: Condition | undefined,
  facts: Facts,
): ConditionReason[] | undefined {
  if (!when) return [];
  const reasons: ConditionReason[] = [];
  const one = (key: 'kind' | 'industry', value: string | undefined): boolean => {
    const wanted = when[key];
    if (!wanted) return true;
    if (value === undefined || !wanted.includes(value)) return false;
    reasons.push({ key, value });
    return true;
  };
  const any = (key: 'region' | 'product_lines', values: readonly string[]): boolean => {
    const wanted = when[key];
    if (!wanted) return true;
    const hit = values.find((v) => wanted.includes(v));
    if (hit === undefined) return false;
    reasons.push({ key, value: hit });
    return true;
  };
  if (!one('kind', facts.kind)) return undefined;
  if (when.tier) {
    if (!when.tier.includes(facts.tier.tier.id)) return undefined;
    reasons.push({ key: 'tier', decision: facts.tier });
  }
  if (!one('industry', facts.industry)) return undefined;
  if (!any('region', facts.regions)) return undefined;
  if (!any('product_lines', facts.lines)) return undefined;
  return reasons;
}
