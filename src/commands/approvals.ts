import { resolve } from 'node:path';
import { approvalMissing } from '../checks/approval/missing.js';
import { readReviews } from '../checks/approval/read-reviews.js';
import { approvalsOf, type RegistrationApprovals } from '../checks/approval/status.js';
import { todayUtc } from '../checks/context.js';
import { changedRegistrations } from '../checks/pr/load.js';
import type { Unit } from '../checks/unit.js';
import type { ApprovalsFlags } from '../cli/commands.js';
import type { Globals } from '../cli/globals.js';
import { compareFindings } from '../findings/finding.js';
import { phraseFindings } from '../findings/phrase.js';
import { changedFiles, resolveRange } from '../git/changes.js';
import { openRepo } from '../git/repo.js';
import { approvalsTable } from '../output/approvals-table.js';
import { loadUnitsParallel } from '../load/parallel.js';
import { formatter } from '../output/index.js';
import { fails, type FindingFormat, type FindingReport } from '../output/report.js';
import { registrationsInPlace } from '../workspace/files.js';
import { openWorkspace } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';
import { findingReport } from './finding-report.js';
import { parseToday } from './today.js';

/** Who must approve the changed registrations and, given the reviews, who still must. */
export async function approvalsCommand(flags: ApprovalsFlags, g: Globals): Promise<number> {
  const ws = openWorkspace(g.cwd);
  const today = flags.today ? parseToday(flags.today, 'approvals') : todayUtc();
  const reviews =
    flags.reviews === undefined ? undefined : readReviews(resolve(g.cwd, flags.reviews));
  const units = await registrationsOf(ws, flags);
  const options = { today, reviews, author: flags.author };
  const rows = units
    .map((unit) => approvalsOf(unit, ws.policy, options))
    .filter((row): row is RegistrationApprovals => row !== undefined);

  const findings = rows
    .flatMap((row) => phraseFindings(approvalMissing.run(row), row.unit.loaded, ws.limits))
    .sort(compareFindings);
  const files = rows.map((row) => row.unit.rel);
  const format = { format: flags.format, g };
  const report = findingReport('approvals', ws.root, files, findings, units, format);
  process.stdout.write(await render(rows, report, flags.format, reviews !== undefined));
  return fails(report) ? 1 : 0;
}

/** Machine formats get the findings; people get the table, then what is missing. */
async function render(
  rows: RegistrationApprovals[],
  report: FindingReport,
  format: FindingFormat,
  withReviews: boolean,
): Promise<string> {
  if (format !== 'pretty') return (await formatter(format))(report);
  const table = approvalsTable(rows, report.color);
  if (!withReviews || report.findings.length === 0) return table;
  return `${table}\n${(await formatter('pretty'))(report)}`;
}

/** The changed registrations with --base, at the head; else every registration on disk. */
async function registrationsOf(ws: Workspace, flags: ApprovalsFlags): Promise<Unit[]> {
  if (flags.base === undefined) {
    return loadUnitsParallel(ws, registrationsInPlace(ws.root));
  }
  const repo = await openRepo(ws.root);
  const range = await resolveRange(repo, flags.base, flags.head);
  const changes = await changedFiles(repo, range);
  const changed = await changedRegistrations(ws, repo, range, changes);
  return changed.map((r) => r.after).filter((u): u is Unit => u !== undefined);
}
