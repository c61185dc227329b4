import type { Draft } from '../../findings/finding.js';
import { get, list, str } from '../../model/read.js';
import { applicableRequirements } from '../../policy/requirements.js';
import { phraseReasons, sentence } from '../../policy/why.js';
import type { RegistrationCheck } from '../context.js';

/**
 * Attachment types the policy asks for, e.g. a financial forecast for large deals. Only
 * the listed type counts here; whether the file exists is attachment.missing.
 */
export const completenessAttachment: RegistrationCheck = {
  rules: ['completeness.attachment'],
  run(unit, { ws }) {
    const reg = unit.data;
    if (!reg) return [];
    const listed = new Set(list(get(reg, 'attachments')).map((a) => str(get(a, 'type'))));
    const path = get(reg, 'attachments') === undefined ? [] : ['attachments'];
    const drafts: Draft[] = [];
    for (const { requirement, reasons } of applicableRequirements(reg, ws.policy)) {
      for (const type of requirement.attachments ?? []) {
        if (listed.has(type)) continue;
        const why = sentence(phraseReasons(reasons));
        const title = ws.policy.attachment_types?.[type]?.title ?? type;
        const partner = str(reg.partner) ?? '<partner>';
        const id = str(reg.id) ?? '<ID>';
        const params = { why, requirement: requirement.id, type, title, partner, id };
        drafts.push({ rule: 'completeness.attachment', path, params });
      }
    }
    return drafts;
  },
};
