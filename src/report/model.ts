import type { Unit } from '../checks/unit.js';
import { countBySeverity, type Finding, type Severity } from '../findings/finding.js';
import { displayPaths } from '../findings/phrase.js';
import type { Registration } from '../model/registration.js';
import { get, num, own, str, type Doc } from '../model/read.js';
import { derive, type State } from '../policy/derive.js';
import type { BaseAmount } from '../policy/money.js';
import type { Workspace } from '../workspace/workspace.js';
import { approverGroups, type ApproverGroup } from './approvers.js';
import { checklistOf, type ChecklistItem } from './checklist.js';
import { reasonText } from './reasons.js';
import type { Reviews } from '../checks/approval/reviews.js';

/** Everything the report says about one registration, in plain data for every format. */
export interface ReportEntry {
  id: string;
  file: string;
  partner: string;
  partnerName: string | undefined;
  kind: string;
  customer: string | undefined;
  title: string | undefined;
  submittedOn: string | undefined;
  amount: BaseAmount | undefined;
  tier: { id: string; title: string; reasons: string[] };
  state: State;
  autoApprove: boolean;
  approvers: ApproverGroup[];
  sla: { due: string | undefined; overdue: boolean };
  protectionEnd: string | undefined;
  checklist: ChecklistItem[];
  conflicts: string[];
  similar: string[];
  waivers: { rule: string; reason: string; approvers: string[] }[];
  findings: ReportFinding[];
  counts: Record<Severity, number>;
}

/**
 * What the dashboard reads of a registration: all of its entry but the checklist and the
 * approver groups, which only the formats that show each registration in full show. At
 * 100,000 registrations working them out took about 0.7 s of the dashboard's 10 s.
 */
export type EntrySummary = Omit<ReportEntry, 'approvers' | 'checklist'>;

export type ReportFinding = Pick<
  Finding,
  'rule' | 'severity' | 'line' | 'column' | 'path' | 'message' | 'hint'
>;

export interface ModelOptions {
  today: string;
  /** Whether a registration (workspace-relative file) is on the base branch; unknown: merged. */
  merged?: (rel: string) => boolean | undefined;
  reviews?: Reviews;
  /** The pull request's author, whose own approval never counts. */
  author?: string;
  /** The document of a unit that does not hold one (see cache/documents.ts). */
  documentOf?: (rel: string) => Doc | undefined;
}

/** One entry per registration unit that parsed to a document, in file order. */
export function buildEntries(
  ws: Workspace,
  units: readonly Unit[],
  findings: readonly Finding[],
  options: ModelOptions,
): ReportEntry[] {
  const make = (unit: Unit, found: Finding[]) => entryOf(ws, unit, found, options, true);
  return eachEntry(ws, units, findings, options, make);
}

/** The same entries as `buildEntries`, each without what the dashboard does not read. */
export function buildSummaries(
  ws: Workspace,
  units: readonly Unit[],
  findings: readonly Finding[],
  options: ModelOptions,
): EntrySummary[] {
  const make = (unit: Unit, found: Finding[]) => entryOf(ws, unit, found, options, false);
  return eachEntry(ws, units, findings, options, make);
}

function eachEntry<T>(
  ws: Workspace,
  units: readonly Unit[],
  findings: readonly Finding[],
  options: ModelOptions,
  make: (unit: Unit, findings: Finding[]) => T,
): T[] {
  const byFile = groupByFile(findings);
  const show = displayPaths(ws.root);
  const out: T[] = [];
  for (const unit of units) {
    const data = unit.data ?? options.documentOf?.(unit.rel);
    if (!data) continue;
    const full = data === unit.data ? unit : { ...unit, data };
    out.push(make(full, byFile.get(show(unit.rel)) ?? []));
  }
  return out;
}

/** A file the report cannot show as a registration: not YAML it can read, or astray. */
export interface UnreadFile {
  file: string;
  findings: ReportFinding[];
}

/**
 * The files `eachEntry` passes over for want of a document, with their findings: a report
 * that left them out would count no error where CI fails on them.
 */
export function unreadFiles(
  ws: Workspace,
  units: readonly Unit[],
  findings: readonly Finding[],
  options: Pick<ModelOptions, 'documentOf'>,
): UnreadFile[] {
  const byFile = groupByFile(findings);
  const show = displayPaths(ws.root);
  return units
    .filter((unit) => !(unit.data ?? options.documentOf?.(unit.rel)))
    .map((unit) => {
      const file = show(unit.rel);
      return { file, findings: (byFile.get(file) ?? []).map(pickFinding) };
    });
}

function entryOf(
  ws: Workspace,
  unit: Unit,
  findings: Finding[],
  options: ModelOptions,
  whole: true,
): ReportEntry;
function entryOf(
  ws: Workspace,
  unit: Unit,
  findings: Finding[],
  options: ModelOptions,
  whole: false,
): EntrySummary;
function entryOf(
  ws: Workspace,
  unit: Unit,
  findings: Finding[],
  options: ModelOptions,
  whole: boolean,
): ReportEntry | EntrySummary {
  const reg = unit.data as Partial<Registration>;
  const merged = options.merged?.(unit.rel);
  const derived = derive(reg, ws.policy, { today: options.today, merged });
  const id = str(get(reg, 'id')) ?? unit.rel;
  const tier = derived.tier.tier;
  const partner = str(get(reg, 'partner')) ?? '';
  return {
    id,
    file: unit.rel,
    partner,
    partnerName: str(get(ws.partners.get(partner), 'name')),
    kind: str(get(reg, 'kind')) ?? '',
    customer: str(get(get(reg, 'customer'), 'name')),
    title: titleOf(reg, ws),
    submittedOn: str(get(reg, 'submitted_on')),
    amount: derived.tier.amount,
    tier: { id: tier.id, title: tier.title, reasons: derived.tier.reasons.map(reasonText) },
    state: derived.state,
    autoApprove: derived.autoApprove,
    // In their places among the fields, for the JSON report that prints the entry as is.
    ...(whole && {
      approvers: approverGroups(unit, derived, ws.policy, {
        today: options.today,
        reviews: options.reviews,
        author: options.author,
      }),
    }),
    sla: {
      due: derived.slaDue,
      overdue:
        derived.state === 'pending' &&
        derived.slaDue !== undefined &&
        options.today > derived.slaDue,
    },
    protectionEnd: derived.protectionEnd,
    ...(whole && { checklist: checklistOf(reg, ws.policy, findings) }),
    conflicts: idsNamedBy(findings, 'conflict.customer', id),
    similar: idsNamedBy(findings, 'conflict.similar', id),
    waivers: waiversOf(reg, ws),
    findings: findings.map(pickFinding),
    counts: countBySeverity(findings),
  };
}

function titleOf(reg: Partial<Registration>, ws: Workspace): string | undefined {
  const line = str(get(get(reg, 'plan'), 'product_line'));
  const lineTitle = ws.policy.product_lines?.find((p) => p.id === line)?.title ?? line;
  return (
    str(get(get(reg, 'opportunity'), 'title')) ??
    str(get(get(reg, 'campaign'), 'name')) ??
    lineTitle
  );
}

function waiversOf(reg: Partial<Registration>, ws: Workspace): ReportEntry['waivers'] {
  const raw = Array.isArray(reg.waivers) ? (reg.waivers as unknown[]) : [];
  return raw.map((w) => {
    const rule = str(get(w, 'rule')) ?? '';
    return {
      rule,
      reason: str(get(w, 'reason')) ?? '',
      approvers: own(ws.policy.waivable, rule)?.approvers ?? [],
    };
  });
}

/*
 * A conflict finding names the other registration by id only, so that no partner learns
 * another's deal details; the id (its `other` parameter) is all the report takes from it.
 */
function idsNamedBy(findings: readonly Finding[], rule: string, self: string): string[] {
  const ids = new Set<string>();
  for (const f of findings) {
    const other = f.rule === rule ? f.params?.other : undefined;
    if (typeof other === 'string' && other !== self) ids.add(other);
  }
  return [...ids].sort();
}

function pickFinding(f: Finding): ReportFinding {
  const { rule, severity, line, column, path, message, hint } = f;
  return { rule, severity, line, column, path, message, hint };
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) out.set(f.file, [...(out.get(f.file) ?? []), f]);
  return out;
}

export function amountValue(entry: ReportEntry): number {
  return num(entry.amount?.base) ?? 0;
}
