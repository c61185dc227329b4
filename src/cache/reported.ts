import type { Facts } from '../checks/facts.js';
import { runChecks, type CheckResult } from '../checks/run.js';
import { checkUnitsParallel, type OnFiles } from '../load/parallel.js';
import type { Workspace } from '../workspace/workspace.js';
import { openFactsCache } from './facts-cache.js';

/**
 * Every check of the files reported on (a pull request's, say), with the cross-file
 * checks against all registrations: the reported files and those without cached facts
 * are loaded, every other registration takes part through its cached facts. `lean` as
 * for checkUnitsParallel: `reg report` keeps the documents, `reg validate` need not.
 */
export async function checkReported(
  ws: Workspace,
  run: {
    rels: readonly string[];
    /** A promise, so that git can work out a pull request's files while the cache is read. */
    only: Promise<string[]>;
    today: string;
    lean: boolean;
  },
  onFiles: OnFiles,
): Promise<CheckResult> {
  const { rels, today } = run;
  const cache = await openFactsCache(ws, rels, today, undefined, true);
  const only = await run.only;
  const reported = new Set(only);
  const load = rels.filter((rel) => reported.has(rel) || !cache.hit(rel));
  onFiles(rels.length - load.length);
  const units = await checkUnitsParallel(ws, load, today, { lean: run.lean }, onFiles);
  // The reported files are loaded on every such run anyway: only misses are worth keeping.
  cache.save(units.filter((u) => !reported.has(u.rel)));
  const loaded = new Set(load);
  const facts = rels.filter((rel) => !loaded.has(rel)).map((rel) => cache.hit(rel) as Facts);
  return runChecks(ws, { only, today, units, facts });
}
