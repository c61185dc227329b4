import { join } from 'node:path';
import type { Facts } from '../checks/facts.js';
import type { Unit } from '../checks/unit.js';
import { checkUnitsParallel, type OnFiles } from '../load/parallel.js';
import type { Workspace } from '../workspace/workspace.js';
import type { FactsCache } from './facts-cache.js';
import type { CachedResult } from './store.js';

/**
 * Every registration of a full run as a unit, in file order: a file whose cached result
 * and facts hold (and that `also` accepts, when given) stands in from the cache, the
 * rest are loaded and checked on every core. Without a cache every file is loaded.
 * Saving what was loaded is the caller's, which may keep more than the facts cache does.
 */
export async function reuseOrLoad(
  ws: Workspace,
  cache: FactsCache | undefined,
  run: {
    rels: readonly string[];
    today: string;
    lean: boolean;
    also?: (rel: string) => boolean;
  },
  onFiles: OnFiles,
): Promise<{ units: Unit[]; loaded: Unit[]; reused: ReadonlySet<string> }> {
  const { rels, today, also } = run;
  const reused = new Map<string, Unit>();
  for (const rel of cache ? rels : []) {
    const result = cache?.result(rel);
    const facts = result && cache?.hit(rel);
    if (result && facts && (also?.(rel) ?? true)) {
      reused.set(rel, cachedUnit(ws, rel, result, facts));
    }
  }
  onFiles(reused.size);
  const load = rels.filter((rel) => !reused.has(rel));
  const loaded = await checkUnitsParallel(ws, load, today, { lean: run.lean }, onFiles);
  const byRel = new Map(loaded.map((u) => [u.rel, u]));
  const units = rels.map((rel) => reused.get(rel) ?? (byRel.get(rel) as Unit));
  return { units, loaded, reused: new Set(reused.keys()) };
}

/** A file as its cached result left it, for the checks across files and the output. */
function cachedUnit(ws: Workspace, rel: string, result: CachedResult, facts: Facts): Unit {
  const source = { abs: join(ws.root, rel), rel, text: undefined, size: 0, problems: [] };
  const loaded = { source, value: undefined, positioned: undefined, problems: [], released: true };
  const drafts = result.drafts.map((d) => ({ ...d }));
  return { rel, loaded, data: undefined, valid: result.valid, drafts, checked: true, facts };
}
