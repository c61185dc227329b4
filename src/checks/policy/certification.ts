import type { Draft } from '../../findings/finding.js';
import type { PolicyCheck } from './check.js';

/** A product line needs only a certification the policy defines, or no partner could hold it. */
export const policyCertification: PolicyCheck = {
  rules: ['policy.certification'],
  run({ policy }) {
    const ids = new Set((policy.certifications ?? []).map((c) => c.id));
    const known = [...ids].join(', ') || '-';
    const drafts: Draft[] = [];
    (policy.product_lines ?? []).forEach((line, i) => {
      const certification = line.certification;
      if (certification === undefined || ids.has(certification)) return;
      const params = { certification, line: line.id, known };
      drafts.push({
        rule: 'policy.certification',
        path: ['product_lines', i, 'certification'],
        at: 'value',
        params,
      });
    });
    return drafts;
  },
};
