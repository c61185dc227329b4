import type { Condition, Policy } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { get, list, str } from '../model/read.js';
import { derive } from './derive.js';
import { productLinesOf, regionsOf } from './tier.js';

/** Why a group must approve: its tier, a waiver it asks for, or an extra rule of the policy. */
export type ApprovalReason =
  | { source: 'tier'; tier: string }
  | { source: 'waiver'; rule: string }
  | { source: 'extra'; id: string };

export interface RequiredApproval {
  group: string;
  reasons: ApprovalReason[];
}

/**
 * The approver groups a registration needs, each once with every reason for it. An
 * auto-approved tier asks for nobody; waivers and extra rules still add their groups.
 */
export function requiredApprovals(
  reg: Partial<Registration>,
  policy: Policy,
  today: string,
): RequiredApproval[] {
  const derived = derive(reg, policy, { today });
  const out = new Map<string, ApprovalReason[]>();
  const add = (groups: readonly string[], reason: ApprovalReason): void => {
    for (const group of groups) out.set(group, [...(out.get(group) ?? []), reason]);
  };
  if (!derived.autoApprove) add(derived.approvers, { source: 'tier', tier: derived.tier.tier.id });
  for (const waiver of list(get(reg, 'waivers'))) {
    const rule = str(get(waiver, 'rule'));
    const waivable = rule === undefined ? undefined : own(policy.waivable, rule);
    if (rule !== undefined && waivable) add(waivable.approvers, { source: 'waiver', rule });
  }
  const tier = derived.tier.tier.id;
  for (const extra of policy.extra_approvals ?? []) {
    if (matches(extra.when, reg, tier)) add(extra.approvers, { source: 'extra', id: extra.id });
  }
  return [...out].map(([group, reasons]) => ({ group, reasons }));
}

/**
 * AND across the condition's keys, OR within each key's list.
 * TODO(policy): requirements match the same `when`; share one matcher once both land.
 */
function matches(when: Condition, reg: Partial<Registration>, tier: string): boolean {
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

function own<T>(map: Record<string, T> | undefined, key: string): T | undefined {
  return map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}
