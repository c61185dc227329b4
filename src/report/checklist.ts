import type { Policy } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { covers } from '../checks/waiver/waivers.js';
import type { Finding } from '../findings/finding.js';
import { get, list, str } from '../model/read.js';
import { applicableRequirements, isFilled } from '../policy/requirements.js';

/** `unusable`: a file of the type is listed, but the attachment checks refuse every one. */
export type ChecklistStatus = 'met' | 'missing' | 'unusable' | 'waived';

/** One thing the policy asks of this registration: a field or an attachment type. */
export interface ChecklistItem {
  requirement: string;
  title: string;
  what: 'field' | 'attachment';
  name: string;
  status: ChecklistStatus;
  /** For `unusable`: the attachment rules the listed files break, e.g. attachment.missing. */
  problems?: string[];
}

/**
 * Every field and attachment the policy's requirements ask for, matched by the same
 * functions as the completeness checks. Listing an attachment satisfies completeness, but
 * a file the attachment checks refuse gives the reviewers nothing to read, so it meets no
 * requirement: `findings` are the registration's own, after its waivers.
 */
export function checklistOf(
  reg: Partial<Registration>,
  policy: Policy,
  findings: readonly Finding[],
): ChecklistItem[] {
  const attached = attachmentsByType(reg, findings);
  // A waiver the waiver checks refuse (a rule not waivable, a reason too short) waives
  // nothing, in the checklist as in the checks.
  const refused = (i: number): boolean =>
    findings.some((f) => f.severity === 'error' && f.path.startsWith(`waivers[${i}]`));
  const waivers = list(get(reg, 'waivers')).flatMap((w, i) =>
    refused(i) ? [] : [str(get(w, 'rule')) ?? ''],
  );
  const waived = (rule: string): boolean => waivers.some((w) => covers(w, rule));
  const status = (met: boolean, rule: string): ChecklistStatus =>
    met ? 'met' : waived(rule) ? 'waived' : 'missing';
  const out: ChecklistItem[] = [];
  for (const { requirement: req } of applicableRequirements(reg, policy)) {
    const base = { requirement: req.id, title: req.title };
    for (const field of req.fields ?? []) {
      const item = { what: 'field', name: field } as const;
      out.push({ ...base, ...item, status: status(isFilled(reg, field), 'completeness.field') });
    }
    for (const type of req.attachments ?? []) {
      const item = { what: 'attachment', name: type } as const;
      out.push({ ...base, ...item, ...attachmentStatus(attached.get(type), waived) });
    }
  }
  return out;
}

/** What the attachment checks said of each listed file, by its declared type. */
interface Listed {
  /** Rules of errors on the file; none when it can be read. */
  errors: string[];
  /** Whether a waiver turned an error on the file into a notice. */
  waived: boolean;
}

function attachmentsByType(
  reg: Partial<Registration>,
  findings: readonly Finding[],
): Map<string, Listed[]> {
  const out = new Map<string, Listed[]>();
  list(get(reg, 'attachments')).forEach((a, i) => {
    const type = str(get(a, 'type'));
    if (type === undefined) return;
    // The attachment checks place their findings on the file's path.
    const at = `attachments[${i}].path`;
    const own = findings.filter((f) => f.path === at && f.rule.startsWith('attachment.'));
    const errors = own.filter((f) => f.severity === 'error').map((f) => f.rule);
    const waived = own.some((f) => f.severity === 'notice');
    out.set(type, [...(out.get(type) ?? []), { errors: [...new Set(errors)], waived }]);
  });
  return out;
}

function attachmentStatus(
  files: readonly Listed[] | undefined,
  waived: (rule: string) => boolean,
): Pick<ChecklistItem, 'status' | 'problems'> {
  if (files?.some((f) => f.errors.length === 0 && !f.waived)) return { status: 'met' };
  if (waived('completeness.attachment') || files?.some((f) => f.errors.length === 0)) {
    return { status: 'waived' };
  }
  if (!files) return { status: 'missing' };
  return { status: 'unusable', problems: [...new Set(files.flatMap((f) => f.errors))].sort() };
}
