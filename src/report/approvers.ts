import type { Reviews } from '../checks/approval/reviews.js';
import { approvalsOf } from '../checks/approval/status.js';
import type { Unit } from '../checks/unit.js';
import type { Policy } from '../model/policy.js';
import type { ApprovalReason } from '../policy/approvers.js';
import type { Derived } from '../policy/derive.js';

/** One approver group a registration needs, and who of it has approved. */
export interface ApproverGroup {
  group: string;
  title: string;
  /** Code-host handles whose approval counts (the pull request's author excluded). */
  members: string[];
  /** What asks for the group: `tier:<id>`, `waiver:<rule>` or `extra:<id>`. */
  because: string[];
  approvedBy: string[];
  approved: boolean;
  /** Approved by merging the pull request, with no review list to say by whom. */
  byMerge: boolean;
}

export interface ReviewOptions {
  today: string;
  reviews: Reviews | undefined;
  author: string | undefined;
}

/** The groups `reg approvals` asks for, as the report shows them. */
export function approverGroups(
  unit: Unit,
  derived: Derived,
  policy: Policy,
  options: ReviewOptions,
): ApproverGroup[] {
  // On the base branch a registration was approved by its merge, whoever reviewed it.
  const merged = derived.state !== 'pending' && derived.state !== 'rejected';
  const groups = approvalsOf(unit, policy, options, derived)?.groups ?? [];
  return groups.map((g) => {
    const approved = g.satisfied === true;
    return {
      group: g.group,
      title: g.title,
      members: g.members,
      because: g.reasons.map(reasonId),
      approvedBy: g.approvedBy,
      approved: approved || merged,
      byMerge: merged && !approved,
    };
  });
}

function reasonId(reason: ApprovalReason): string {
  switch (reason.source) {
    case 'tier':
      return `tier:${reason.tier}`;
    case 'waiver':
      return `waiver:${reason.rule}`;
    case 'extra':
      return `extra:${reason.id}`;
    case 'decision':
      return `decision:${reason.status}`;
  }
}
