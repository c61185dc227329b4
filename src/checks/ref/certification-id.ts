import type { Draft } from '../../findings/finding.js';
import { get, list, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

/** A partner profile names only certifications that the policy defines. */
export const certificationIdRef: RegistrationCheck = {
  rules: ['ref.certification-id'],
  run(unit, { ws }) {
    const ids = new Set((ws.policy.certifications ?? []).map((c) => c.id));
    const known = [...ids].join(', ');
    const drafts: Draft[] = [];
    list(unit.data?.certifications).forEach((c, i) => {
      const certification = str(get(c, 'id'));
      if (certification === undefined || ids.has(certification)) return;
      const params = { certification, known };
      drafts.push({ rule: 'ref.certification-id', path: ['certifications', i, 'id'], at: 'value', params });
    });
    return drafts;
  },
};
