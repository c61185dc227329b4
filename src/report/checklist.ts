import type { Policy } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { get, getPath, list, str } from '../model/read.js';
import { conditionHolds } from './condition.js';

export type ChecklistStatus = 'met' | 'missing' | 'waived';

/** One thing the policy asks of this registration: a field or an attachment type. */
export interface ChecklistItem {
  requirement: string;
  title: string;
  what: 'field' | 'attachment';
  name: string;
  status: ChecklistStatus;
}

/** Every field and attachment the policy's requirements ask for, for this kind and tier. */
export function checklistOf(
  reg: Partial<Registration>,
  tier: string,
  policy: Policy,
): ChecklistItem[] {
  const attached = new Set(list(get(reg, 'attachments')).map((a) => str(get(a, 'type'))));
  const waived = new Set(list(get(reg, 'waivers')).map((w) => str(get(w, 'rule'))));
  const out: ChecklistItem[] = [];
  for (const req of policy.requirements ?? []) {
    if (!conditionHolds(req.when, reg, tier)) continue;
    const base = { requirement: req.id, title: req.title };
    for (const field of req.fields ?? []) {
      const met = filled(getPath(reg, field));
      const status = met ? 'met' : waived.has('completeness.field') ? 'waived' : 'missing';
      out.push({ ...base, what: 'field', name: field, status });
    }
    for (const type of req.attachments ?? []) {
      const met = attached.has(type);
      const status = met ? 'met' : waived.has('completeness.attachment') ? 'waived' : 'missing';
      out.push({ ...base, what: 'attachment', name: type, status });
    }
  }
  return out;
}

function filled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return !Array.isArray(value) || value.length > 0;
}
