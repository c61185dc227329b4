import type { Draft } from '../../findings/finding.js';
import { ownKeys, type PolicyCheck } from './check.js';

/** A requirement asks only for attachment types the policy defines. */
export const policyAttachmentType: PolicyCheck = {
  rules: ['policy.attachment-type'],
  run({ policy }) {
    const types = new Set(ownKeys(policy.attachment_types));
    const known = [...types].join(', ') || '-';
    const drafts: Draft[] = [];
    (policy.requirements ?? []).forEach((requirement, i) => {
      (requirement.attachments ?? []).forEach((type, j) => {
        if (types.has(type)) return;
        const params = { type, requirement: requirement.id, known };
        drafts.push({
          rule: 'policy.attachment-type',
          path: ['requirements', i, 'attachments', j],
          at: 'value',
          params,
        });
      });
    });
    return drafts;
  },
};
