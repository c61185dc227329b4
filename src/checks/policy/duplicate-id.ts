import type { Draft } from '../../findings/finding.js';
import type { PolicyCheck } from './check.js';

/** Ids within one list of the policy are unique, or references to them would be ambiguous. */
export const policyDuplicateId: PolicyCheck = {
  rules: ['policy.duplicate-id'],
  run({ policy }) {
    const drafts: Draft[] = [];
    const check = (
      list: string,
      items: readonly { id?: string; code?: string }[],
      key: 'id' | 'code',
    ): void => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        const id = item[key];
        if (id === undefined) return;
        if (seen.has(id))
          drafts.push({
            rule: 'policy.duplicate-id',
            path: [list, i, key],
            at: 'value',
            params: { id, list },
          });
        seen.add(id);
      });
    };
    check('tiers', policy.tiers, 'id');
    check('requirements', policy.requirements ?? [], 'id');
    check('extra_approvals', policy.extra_approvals ?? [], 'id');
    check('product_lines', policy.product_lines ?? [], 'id');
    check('certifications', policy.certifications ?? [], 'id');
    for (const [group, codes] of Object.entries(policy.reason_codes ?? {})) {
      const seen = new Set<string>();
      codes.forEach((c, i) => {
        if (seen.has(c.code)) {
          const params = { id: c.code, list: `reason_codes.${group}` };
          drafts.push({
            rule: 'policy.duplicate-id',
            path: ['reason_codes', group, i, 'code'],
            at: 'value',
            params,
          });
        }
        seen.add(c.code);
      });
    }
    return drafts;
  },
};
