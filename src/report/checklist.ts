import type { Policy } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { covers } from '../checks/waiver/waivers.js';
import { get, list, str } from '../model/read.js';
import { applicableRequirements, isFilled } from '../policy/requirements.js';

export type ChecklistStatus = 'met' | 'missing' | 'waived';

/** One thing the policy asks of this registration: a field or an attachment type. */
export interface ChecklistItem {
  requirement: string;
  title: string;
  what: 'field' | 'attachment';
  name: string;
  status: ChecklistStatus;
}

/**
 * Every field and attachment the policy's requirements ask for, matched by the same
 * functions as the completeness checks, so that the checklist never disagrees with CI.
 */
export function checklistOf(reg: Partial<Registration>, policy: Policy): ChecklistItem[] {
  const attached = new Set(list(get(reg, 'attachments')).map((a) => str(get(a, 'type'))));
  const waivers = list(get(reg, 'waivers')).map((w) => str(get(w, 'rule')) ?? '');
  const status = (met: boolean, rule: string): ChecklistStatus =>
    met ? 'met' : waivers.some((w) => covers(w, rule)) ? 'waived' : 'missing';
  const out: ChecklistItem[] = [];
  for (const { requirement: req } of applicableRequirements(reg, policy)) {
    const base = { requirement: req.id, title: req.title };
    for (const field of req.fields ?? []) {
      const item = { what: 'field', name: field } as const;
      out.push({ ...base, ...item, status: status(isFilled(reg, field), 'completeness.field') });
    }
    for (const type of req.attachments ?? []) {
      const met = attached.has(type);
      const item = { what: 'attachment', name: type } as const;
      out.push({ ...base, ...item, status: status(met, 'completeness.attachment') });
    }
  }
  return out;
}
