import type { Policy, Requirement } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { getPath } from '../model/read.js';
import { factsOf, matchCondition, type ConditionReason, type Facts } from './condition.js';

/** A requirement of the policy that applies to a registration, and why it does. */
export interface Applicable {
  requirement: Requirement;
  reasons: ConditionReason[];
}

/**
 * The answer for one document and policy is kept: several checks and the report ask for
 * it, and deciding the tier is most of the work. Documents are not changed once loaded.
 */
const answered = new WeakMap<object, { policy: Policy; applicable: Applicable[] }>();

export function applicableRequirements(
  reg: Partial<Registration>,
  policy: Policy,
  facts?: Facts,
): Applicable[] {
  const known = facts ? undefined : answered.get(reg);
  if (known?.policy === policy) return known.applicable;
  const out: Applicable[] = [];
  const inputs = facts ?? factsOf(reg, policy);
  for (const requirement of policy.requirements ?? []) {
    const reasons = matchCondition(requirement.when, inputs);
    if (reasons) out.push({ requirement, reasons });
  }
  if (!facts) answered.set(reg, { policy, applicable: out });
  return out;
}

/** Whether a required field is filled in: blank text, an empty list or map do not count. */
export function isFilled(reg: unknown, path: string): boolean {
  const value = getPath(reg, path);
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
