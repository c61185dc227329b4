import type { Policy } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { get, list, str } from '../model/read.js';
import type { Derived } from '../policy/derive.js';
import { conditionHolds, own } from './condition.js';
import type { Approvals } from './reviews.js';

/** One approver group a registration needs, and who of it has approved. */
export interface ApproverGroup {
  group: string;
  title: string;
  /** Code-host handles of the group, any one of whom may approve. */
  members: string[];
  /** What asks for the group: `tier`, `waiver:<rule>` or `extra:<id>`. */
  because: string[];
  approvedBy: { login: string; at: string | undefined }[];
  approved: boolean;
  /** Approved by merging the pull request, with no review list to say by whom. */
  byMerge: boolean;
}

// TODO(report): src/policy/approvers.ts of the git branch computes the same groups; use it
// here once it is on main, and keep only the joining with reviews.

/** The tier's groups (none when auto-approved), plus those of waivers and extra rules. */
export function approverGroups(
  reg: Partial<Registration>,
  derived: Derived,
  policy: Policy,
  approvals: Approvals | undefined,
): ApproverGroup[] {
  // On the base branch a registration was approved by its merge, whoever reviewed it.
  const merged = derived.state !== 'pending' && derived.state !== 'rejected';
  const because = new Map<string, string[]>();
  const add = (groups: readonly string[], why: string): void => {
    for (const g of groups) because.set(g, [...(because.get(g) ?? []), why]);
  };
  if (!derived.autoApprove) add(derived.approvers, 'tier');
  for (const waiver of list(get(reg, 'waivers'))) {
    const rule = str(get(waiver, 'rule'));
    const waivable = rule === undefined ? undefined : own(policy.waivable, rule);
    if (waivable) add(waivable.approvers, `waiver:${rule}`);
  }
  for (const extra of policy.extra_approvals ?? []) {
    if (conditionHolds(extra.when, reg, derived.tier.tier.id))
      add(extra.approvers, `extra:${extra.id}`);
  }
  return [...because].map(([group, why]) => {
    const joined = joinReviews(group, why, policy, approvals);
    return merged && !joined.approved ? { ...joined, approved: true, byMerge: true } : joined;
  });
}

function joinReviews(
  group: string,
  because: string[],
  policy: Policy,
  approvals: Approvals | undefined,
): ApproverGroup {
  const def = own(policy.approvers, group);
  const members = (def?.members ?? []).map((m) => m.toLowerCase());
  const approvedBy = members
    .filter((m) => approvals?.has(m))
    .map((login) => ({ login, at: approvals?.get(login) }));
  const approved = approvedBy.length > 0;
  const title = def?.title ?? group;
  return { group, title, members, because, approvedBy, approved, byMerge: false };
}
