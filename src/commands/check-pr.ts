import { resolveActor } from '../checks/pr/actor.js';
import { loadPullRequest } from '../checks/pr/load.js';
import { runGuards } from '../checks/pr/run.js';
import { todayUtc } from '../checks/context.js';
import type { CheckPrFlags } from '../cli/commands.js';
import type { Globals } from '../cli/globals.js';
import { resolveRange } from '../git/changes.js';
import { openRepo } from '../git/repo.js';
import { formatter } from '../output/index.js';
import { fails } from '../output/report.js';
import { openWorkspace } from '../workspace/load.js';
import { findingReport } from './finding-report.js';
import { parseToday } from './today.js';

/** The pull-request guards on the diff between the merge base of --base and the head. */
export async function checkPrCommand(flags: CheckPrFlags, g: Globals): Promise<number> {
  const ws = openWorkspace(g.cwd);
  const today = flags.today ? parseToday(flags.today, 'check-pr') : todayUtc();
  const repo = await openRepo(ws.root);
  const range = await resolveRange(repo, flags.base, flags.head);
  const actor = resolveActor(flags.actor, ws);
  const pr = await loadPullRequest(ws, repo, range, actor, today);
  const findings = runGuards(pr);

  const files = pr.changes.map((c) => c.file);
  const units = pr.registrations.map((r) => r.after);
  const options = { format: flags.format, strict: flags.strict, g };
  const report = findingReport('check-pr', ws.root, files, findings, units, options);
  const render = await formatter(flags.format);
  process.stdout.write(render(report));
  return fails(report) ? 1 : 0;
}
