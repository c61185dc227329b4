import type { Facts } from '../checks/facts.js';
import type { WorktreeLook } from '../git/worktree.js';
import { runChecks, type CheckResult } from '../checks/run.js';
import { checkUnitsParallel, type OnFiles } from '../load/parallel.js';
import type { Workspace } from '../workspace/workspace.js';
import { openReportedCache } from './facts-cache.js';

/**
 * Every check of the files reported on (a pull request's, say), with the cross-file
 * checks against all registrations: the reported files and those without cached facts
 * are loaded, every other registration takes part through its cached facts. `list`
 * lists the registrations, where the cache cannot say which they are (see
 * openReportedCache), and `listed` hears how many there are. `lean` as for
 * checkUnitsParallel: `reg report` keeps the documents, `reg validate` need not.
 */
export async function checkReported(
  ws: Workspace,
  run: {
    list: () => string[];
    listed?: (count: number) => void;
    /** A promise, so that git can work out a pull request's files while the cache is read. */
    only: Promise<string[]>;
    today: string;
    lean: boolean;
    /** Git's look at the working tree, when the run shares one (see git/worktree.ts). */
    look?: WorktreeLook;
  },
  onFiles: OnFiles,
): Promise<CheckResult> {
  const { today } = run;
  const { rels, cache } = await openReportedCache(ws, run.list, today, run.look);
  run.listed?.(rels.length);
  const only = await run.only;
  const reported = new Set(only);
  const load: string[] = [];
  const facts: Facts[] = [];
  for (const rel of rels) {
    const hit = reported.has(rel) ? undefined : cache.hit(rel);
    if (hit) facts.push(hit);
    else load.push(rel);
  }
  onFiles(facts.length);
  const units = await checkUnitsParallel(ws, load, today, { lean: run.lean }, onFiles);
  // The reported files too: a cache that lacked one would not know every registration,
  // and the next such run would list them all. One already kept as it is costs no write.
  cache.save(units);
  return runChecks(ws, { only, today, units, facts });
}
