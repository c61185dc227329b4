import type { Policy } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { get, list, own, str } from '../model/read.js';
import { factsOf, matchCondition, type ConditionReason } from './condition.js';
import type { TierDecision } from './tier.js';

/** Why an approver group must review a registration. */
export type ApproverReason =
  | { source: 'tier'; decision: TierDecision }
  | { source: 'waiver'; rule: string }
  | { source: 'extra'; id: string; title: string | undefined; reasons: ConditionReason[] };

export interface RequiredApprover {
  group: string;
  reasons: ApproverReason[];
}

export interface Approvals {
  /** The tier approves itself and nothing else needs a human; then `groups` is empty. */
  autoApprove: boolean;
  groups: RequiredApprover[];
}

/**
 * Who must approve a registration: its tier's approver groups, the groups each waiver
 * of a waivable rule adds, and the groups of every extra approval whose condition holds.
 */
export function approversFor(reg: Partial<Registration>, policy: Policy): Approvals {
  const facts = factsOf(reg, policy);
  const groups = new Map<string, ApproverReason[]>();
  const add = (group: string, reason: ApproverReason): void => {
    const reasons = groups.get(group);
    if (reasons) reasons.push(reason);
    else groups.set(group, [reason]);
  };

  for (const group of facts.tier.tier.approvers)
    add(group, { source: 'tier', decision: facts.tier });
  let human = false;
  for (const w of list(get(reg, 'waivers'))) {
    const rule = str(get(w, 'rule'));
    const waivable = rule === undefined ? undefined : own(policy.waivable, rule);
    if (rule === undefined || !waivable) continue;
    human = true;
    for (const group of waivable.approvers) add(group, { source: 'waiver', rule });
  }
  for (const extra of policy.extra_approvals ?? []) {
    const reasons = matchCondition(extra.when, facts);
    if (!reasons) continue;
    human = true;
    for (const group of extra.approvers) {
      add(group, { source: 'extra', id: extra.id, title: extra.title, reasons });
    }
  }

  const autoApprove = facts.tier.tier.auto_approve === true && !human;
  if (autoApprove) return { autoApprove, groups: [] };
  return { autoApprove, groups: [...groups].map(([group, reasons]) => ({ group, reasons })) };
}
