import type { Draft } from '../../findings/finding.js';
import { applicableRequirements, isFilled } from '../../policy/requirements.js';
import { phraseReasons, sentence } from '../../policy/why.js';
import { fieldText } from '../../schema/fields.js';
import { validator } from '../../schema/validator.js';
import type { RegistrationCheck } from '../context.js';

/** Fields the policy asks for beyond the schema, for this registration's kind and tier. */
export const completenessField: RegistrationCheck = {
  rules: ['completeness.field'],
  run(unit, { ws }) {
    const reg = unit.data;
    if (!reg) return [];
    const fields = validator('registration').fields;
    const drafts: Draft[] = [];
    for (const { requirement, reasons } of applicableRequirements(reg, ws.policy)) {
      for (const field of requirement.fields ?? []) {
        if (isFilled(reg, field)) continue;
        const why = sentence(phraseReasons(reasons));
        const title = fieldText(fields.get(field)).title || field;
        const params = { why, requirement: requirement.id, title, field };
        // The locator points a missing path at its deepest existing parent.
        drafts.push({ rule: 'completeness.field', path: field.split('.'), params });
      }
    }
    return drafts;
  },
};
