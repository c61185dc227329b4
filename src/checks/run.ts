import type { Draft, Finding } from '../findings/finding.js';
import { compareFindings, formatPath } from '../findings/finding.js';
import { phraseFindings } from '../findings/phrase.js';
import { registrationFiles } from '../workspace/files.js';
import { loadUnit } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';
import type { CheckContext } from './context.js';
import { partnerChecks, registrationChecks, workspaceChecks } from './registry.js';
import type { Unit } from './unit.js';

export interface CheckOptions {
  /** Workspace-relative files to report on; all registrations and partners when absent. */
  only?: readonly string[];
  today: string;
  /** Registrations loaded beforehand (e.g. in parallel); loaded here when absent. */
  units?: Unit[];
}

export interface CheckResult {
  /** The files reported on, workspace-relative. */
  files: string[];
  findings: Finding[];
  units: Unit[];
}

/** Every check of the workspace; cross-file checks always see every registration. */
export function runChecks(ws: Workspace, options: CheckOptions): CheckResult {
  const ctx: CheckContext = { ws, today: options.today };
  const only = options.only ? new Set(options.only) : undefined;
  const wanted = (rel: string): boolean => !only || only.has(rel);

  const units =
    options.units ??
    registrationFiles(ws.root).map((rel) => loadUnit(ws.root, rel, 'registration', ws.limits));
  const loaded = new Set(units.map((u) => u.rel));
  for (const rel of options.only ?? []) {
    if (rel.startsWith('registrations/') && !loaded.has(rel)) {
      units.push(loadUnit(ws.root, rel, 'registration', ws.limits));
    }
  }
  const reported = units.filter((u) => wanted(u.rel));
  for (const unit of reported) runFileChecks(unit, registrationChecks, ctx);
  for (const check of workspaceChecks) assign(check.run(units, ctx), units, wanted);

  const partners = ws.partnerUnits.filter((u) => wanted(u.rel));
  for (const unit of partners) runFileChecks(unit, partnerChecks, ctx);

  const all = [...partners, ...reported];
  const findings = all.flatMap((u) => phraseFindings(u.drafts, u.loaded, ws.limits));
  findings.sort(compareFindings);
  return { files: all.map((u) => u.rel), findings, units };
}

function runFileChecks(unit: Unit, checks: readonly { run: Check }[], ctx: CheckContext): void {
  if (!unit.data) return;
  const own: Draft[] = [];
  for (const check of checks) own.push(...check.run(unit, ctx));
  if (own.length === 0) return;
  // Where a check of its own speaks about a value, it says more than the schema keyword.
  const spoken = new Set(own.map((d) => formatPath(d.path)));
  unit.drafts = unit.drafts.filter(
    (d) => d.rule === 'schema.required' || !spoken.has(formatPath(d.path)),
  );
  unit.drafts.push(...own);
}

type Check = (unit: Unit, ctx: CheckContext) => Draft[];

function assign(drafts: Draft[], units: readonly Unit[], wanted: (rel: string) => boolean): void {
  const byRel = new Map(units.map((u) => [u.rel, u]));
  for (const draft of drafts) {
    const unit = draft.file === undefined ? undefined : byRel.get(draft.file);
    if (unit && wanted(unit.rel)) unit.drafts.push(draft);
  }
}
