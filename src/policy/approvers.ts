import type { Policy } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { get, list, own, str } from '../model/read.js';
import { factsOf, matchCondition } from './condition.js';
import { derive, type Derived } from './derive.js';

/** Why a group must approve: its tier, a waiver it asks for, or an extra rule of the policy. */
export type ApprovalReason =
  | { source: 'tier'; tier: string }
  | { source: 'waiver'; rule: string }
  | { source: 'extra'; id: string }
  | { source: 'decision'; status: 'rejected' | 'returned'; tier: string };

export interface RequiredApproval {
  group: string;
  reasons: ApprovalReason[];
}

/**
 * The approver groups a registration needs, each once with every reason for it. An
 * auto-approved tier asks for nobody unless a waiver or an extra rule adds a group.
 * A rejection or a return is no approval of the registration: it is the decision of an
 * approver, which the tier's groups confirm, auto-approved tier or not, and which no
 * waiver or extra rule widens.
 */
export function requiredApprovals(
  reg: Partial<Registration>,
  policy: Policy,
  today: string,
  derived: Pick<Derived, 'tier' | 'approvers' | 'autoApprove'> = derive(reg, policy, { today }),
): RequiredApproval[] {
  const decided = decisionOf(reg);
  if (decided) {
    const reason = { source: 'decision', status: decided, tier: derived.tier.tier.id } as const;
    return derived.approvers.map((group) => ({ group, reasons: [reason] }));
  }
  const others: [readonly string[], ApprovalReason][] = [];
  for (const waiver of list(get(reg, 'waivers'))) {
    const rule = str(get(waiver, 'rule'));
    const waivable = rule === undefined ? undefined : own(policy.waivable, rule);
    if (rule !== undefined && waivable) others.push([waivable.approvers, { source: 'waiver', rule }]);
  }
  const facts = factsOf(reg, policy, derived.tier);
  for (const extra of policy.extra_approvals ?? []) {
    if (matchCondition(extra.when, facts)) others.push([extra.approvers, { source: 'extra', id: extra.id }]);
  }
  const out = new Map<string, ApprovalReason[]>();
  const add = (groups: readonly string[], reason: ApprovalReason): void => {
    for (const group of groups) out.set(group, [...(out.get(group) ?? []), reason]);
  };
  // Auto-approval holds only while nothing else needs a human; once a waiver or an
  // extra rule does, the tier's own approvers decide as well.
  if (!derived.autoApprove || others.length > 0) {
    add(derived.approvers, { source: 'tier', tier: derived.tier.tier.id });
  }
  for (const [groups, reason] of others) add(groups, reason);
  return [...out].map(([group, reasons]) => ({ group, reasons }));
}

/** The decision recorded in the registration, when it is one the tier's groups confirm. */
export function decisionOf(reg: Partial<Registration>): 'rejected' | 'returned' | undefined {
  const status = str(get(get(reg, 'decision'), 'status'));
  return status === 'rejected' || status === 'returned' ? status : undefined;
}
