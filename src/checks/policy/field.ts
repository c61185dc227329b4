import type { Draft } from '../../findings/finding.js';
import { suggest } from '../../findings/suggest.js';
import type { PolicyCheck } from './check.js';

/** Requirements and tier signals name fields the registration schema has. */
export const policyField: PolicyCheck = {
  rules: ['policy.field'],
  run({ policy, fields }) {
    const drafts: Draft[] = [];
    const known = [...fields];
    const check = (field: string, path: (string | number)[], at: 'key' | 'value'): void => {
      if (fields.has(field)) return;
      const close = suggest(field, known).join(', ') || '-';
      drafts.push({ rule: 'policy.field', path, at, params: { field, close } });
    };
    (policy.requirements ?? []).forEach((requirement, i) => {
      (requirement.fields ?? []).forEach((field, j) =>
        check(field, ['requirements', i, 'fields', j], 'value'),
      );
    });
    policy.tiers.forEach((tier, i) => {
      for (const field of Object.keys(tier.when_fields ?? {})) {
        check(field, ['tiers', i, 'when_fields', field], 'key');
      }
    });
    return drafts;
  },
};
