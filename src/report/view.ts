import type { Severity } from '../findings/finding.js';
import { stateKey } from './labels.js';
import type { ReportEntry } from './model.js';
import type { Policy } from '../model/policy.js';
import { own } from '../model/read.js';

/** A report entry with the few derived labels templates need, so they stay logic-free. */
export interface EntryView extends ReportEntry {
  kindTitle: string;
  partnerLabel: string;
  stateKey: string;
  groupCount: number;
  approvedCount: number;
  checklistMet: number;
  findings: (ReportEntry['findings'][number] & { severityMark: string })[];
}

const marks: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export function viewOf(entry: ReportEntry, policy: Policy): EntryView {
  return {
    ...entry,
    kindTitle: own(policy.kinds, entry.kind)?.title ?? entry.kind,
    partnerLabel: entry.partnerName ? `${entry.partnerName} (${entry.partner})` : entry.partner,
    stateKey: stateKey(entry.state),
    groupCount: entry.approvers.length,
    approvedCount: entry.approvers.filter((g) => g.approved).length,
    checklistMet: entry.checklist.filter((c) => c.status === 'met').length,
    findings: entry.findings.map((f) => ({ ...f, severityMark: marks[f.severity] })),
  };
}
