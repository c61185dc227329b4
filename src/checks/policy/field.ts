import type { Draft } from '../../findings/finding.js';
import { suggest } from '../../findings/suggest.js';
import { derivedFields } from '../../policy/export-fields.js';
import type { PolicyCheck } from './check.js';

/** Requirements and tier signals name fields the registration schema has. */
export const policyField: PolicyCheck = {
  rules: ['policy.field'],
  run({ policy, fields }) {
    const drafts: Draft[] = [];
    const known = [...fields];
    const check = (field: string, path: (string | number)[], at: 'key' | 'value'): void => {
      if (fields.has(field)) return;
      const close = suggest(field, known).join(', ');
      const key = close === '' ? 'policy.field.unlike' : undefined;
      drafts.push({ rule: 'policy.field', key, path, at, params: { field, close } });
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
    // An export column that names no field would fill every row of the CRM import with
    // nothing, unnoticed. Columns may also name what reg works out (tier, state, …), and
    // an entry of a list by its place (products[0].line).
    const derived = new Set(Object.keys(derivedFields));
    for (const [name, mapping] of Object.entries(policy.export?.mappings ?? {})) {
      (mapping.columns ?? []).forEach((column, k) => {
        const field = column.field;
        if (typeof field !== 'string' || derived.has(field)) return;
        check(
          field.replace(/\[\d+\]/g, '[]'),
          ['export', 'mappings', name, 'columns', k, 'field'],
          'value',
        );
      });
    }
    return drafts;
  },
};
