import type { Policy } from '../../model/policy.js';
import type { Registration } from '../../model/registration.js';
import { str } from '../../model/read.js';
import { decisionOf, requiredApprovals, type ApprovalReason } from '../../policy/approvers.js';
import { derive, type Derived } from '../../policy/derive.js';
import type { Unit } from '../unit.js';
import type { Reviews } from './reviews.js';

/** One approver group a registration needs, and whether the reviews satisfy it. */
export interface GroupStatus {
  group: string;
  title: string;
  reasons: ApprovalReason[];
  /** Members whose approval counts: the group's members less the pull request's author. */
  members: string[];
  approvedBy: string[];
  /** `undefined` without a reviews file. */
  satisfied: boolean | undefined;
}

export interface RegistrationApprovals {
  unit: Unit;
  id: string;
  tier: string;
  autoApprove: boolean;
  groups: GroupStatus[];
}

export interface ApprovalOptions {
  today: string;
  reviews: Reviews | undefined;
  /** The pull request's author, whose own approval never counts. */
  author: string | undefined;
}

/** `given` when the caller has worked it out already: which tier, who approves it. */
export function approvalsOf(
  unit: Unit,
  policy: Policy,
  options: ApprovalOptions,
  given?: Pick<Derived, 'tier' | 'approvers' | 'autoApprove'>,
): RegistrationApprovals | undefined {
  if (!unit.data) return undefined;
  const reg = unit.data as Partial<Registration>;
  const derived = given ?? derive(reg, policy, { today: options.today });
  const author = options.author?.replace(/^@/, '').toLowerCase();
  const groups = requiredApprovals(reg, policy, options.today, derived).map(
    ({ group, reasons }) => {
      const known = Object.prototype.hasOwnProperty.call(policy.approvers ?? {}, group)
        ? policy.approvers?.[group]
        : undefined;
      const members = (known?.members ?? []).filter((m) => m.toLowerCase() !== author);
      const approvedBy = members.filter((m) => options.reviews?.approvedBy.has(m.toLowerCase()));
      const satisfied = options.reviews === undefined ? undefined : approvedBy.length > 0;
      return { group, title: known?.title ?? group, reasons, members, approvedBy, satisfied };
    },
  );
  const id = str(reg.id) ?? unit.rel;
  const autoApprove = derived.autoApprove && decisionOf(reg) === undefined;
  return { unit, id, tier: derived.tier.tier.id, autoApprove, groups };
}
