import type { Draft, Segment } from '../../findings/finding.js';
import { ownKeys, type PolicyCheck } from './check.js';

/** Every approver group named by a tier, a waivable rule or an extra approval is defined. */
export const policyApprover: PolicyCheck = {
  rules: ['policy.approver'],
  run({ policy }) {
    const groups = new Set(ownKeys(policy.approvers));
    const known = [...groups].join(', ') || '-';
    const drafts: Draft[] = [];
    const check = (names: readonly string[], at: Segment[]): void => {
      names.forEach((group, j) => {
        if (groups.has(group)) return;
        drafts.push({
          rule: 'policy.approver',
          path: [...at, j],
          at: 'value',
          params: { group, known },
        });
      });
    };
    policy.tiers.forEach((tier, i) => check(tier.approvers, ['tiers', i, 'approvers']));
    for (const [rule, entry] of Object.entries(policy.waivable ?? {})) {
      check(entry.approvers, ['waivable', rule, 'approvers']);
    }
    (policy.extra_approvals ?? []).forEach((extra, i) => {
      check(extra.approvers, ['extra_approvals', i, 'approvers']);
    });
    return drafts;
  },
};
