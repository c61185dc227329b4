import type { Draft, Finding } from '../findings/finding.js';
import { compareFindings } from '../findings/finding.js';
import { phraseFindings } from '../findings/phrase.js';
import { registrationFiles } from '../workspace/files.js';
import { loadUnit } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';
import { ruleIds } from './catalog.js';
import type { CheckContext } from './context.js';
import type { MergedFirst } from './conflict/claims.js';
import { mergeOrder } from '../git/merge-order.js';
import { factsOf, type Facts } from './facts.js';
import { runFileChecks } from './prepare.js';
import { partnerChecks, registrationChecks, workspaceChecks } from './registry.js';
import type { Unit } from './unit.js';
import { applyWaivers } from './waiver/step.js';

export interface CheckOptions {
  /** Workspace-relative files to report on; all registrations and partners when absent. */
  only?: readonly string[];
  today: string;
  /** Registrations loaded beforehand (e.g. in parallel); loaded here when absent. */
  units?: Unit[];
  /** Facts of registrations not in `units` (from the cache), for the cross-file checks. */
  facts?: readonly Facts[];
  /** The merge order for ties of the conflict checks; git's, read when first needed, if absent. */
  mergedFirst?: MergedFirst;
}

export interface CheckResult {
  /** The files reported on, workspace-relative. */
  files: string[];
  findings: Finding[];
  units: Unit[];
}

/** Every check of the workspace; cross-file checks always see every registration. */
export function runChecks(ws: Workspace, options: CheckOptions): CheckResult {
  const only = options.only ? new Set(options.only) : undefined;
  const wanted = (rel: string): boolean => !only || only.has(rel);
  const mergedFirst = options.mergedFirst ?? once(() => mergeOrder(ws.root));
  const ctx: CheckContext = { ws, today: options.today, reported: only && wanted, mergedFirst };

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
  for (const unit of reported) if (!unit.checked) runFileChecks(unit, registrationChecks, ctx);
  const facts = allFacts(units, options.facts);
  const assign = assigner(units, wanted);
  for (const check of workspaceChecks) assign(check.run(facts, ctx));
  const rules = ruleIds();
  for (const unit of reported) applyWaivers(unit, ws.policy, rules);

  const partners = ws.partnerUnits.filter((u) => wanted(u.rel));
  for (const unit of partners) runFileChecks(unit, partnerChecks, ctx);

  const all = [...partners, ...reported];
  const findings = all.flatMap((u) => phraseFindings(u.drafts, u.loaded, ws.limits));
  findings.sort(compareFindings);
  return { files: all.map((u) => u.rel), findings, units };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The loaded units' facts over the cached ones, in file order whatever their source. */
function allFacts(units: readonly Unit[], cached: readonly Facts[] | undefined): Facts[] {
  const byFile = new Map<string, Facts>();
  for (const one of cached ?? []) byFile.set(one.file, one);
  for (const unit of units) byFile.set(unit.rel, unit.facts ?? factsOf(unit));
  return [...byFile.keys()].sort().map((file) => byFile.get(file) as Facts);
}

/** Gives each check's drafts to the units of their files, indexing the units once, if ever. */
function assigner(
  units: readonly Unit[],
  wanted: (rel: string) => boolean,
): (drafts: readonly Draft[]) => void {
  let byRel: Map<string, Unit> | undefined;
  return (drafts) => {
    if (drafts.length === 0) return;
    byRel ??= new Map(units.map((u) => [u.rel, u]));
    for (const draft of drafts) {
      const unit = draft.file === undefined ? undefined : byRel.get(draft.file);
      if (unit && wanted(unit.rel)) unit.drafts.push(draft);
    }
  };
}
