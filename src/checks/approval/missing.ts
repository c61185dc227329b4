import type { Draft } from '../../findings/finding.js';
import type { RegistrationApprovals } from './status.js';

/**
 * One finding per approver group still to approve, naming who can give the approval:
 * an error once the reviews are known, a notice of what is required before.
 */
export const approvalMissing = {
  rules: ['approval.missing', 'approval.required'],
  run(approvals: RegistrationApprovals): Draft[] {
    return approvals.groups
      .filter((g) => g.satisfied !== true)
      .map((g) => {
        const known = g.satisfied === false;
        const rule = known ? 'approval.missing' : 'approval.required';
        const who = g.members.map((m) => `@${m}`).join(', ');
        const key = who === '' ? `${rule}.nobody` : rule;
        const params = { id: approvals.id, group: g.group, title: g.title, who };
        const severity = known ? ('error' as const) : ('notice' as const);
        return { rule, key, severity, file: approvals.unit.rel, path: [], params };
      });
  },
};
