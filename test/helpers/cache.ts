import type { FactsCache } from '../../src/cache/facts-cache.js';
import { factsOf } from '../../src/checks/facts.js';
import { loadUnit } from '../../src/workspace/load.js';
import type { Workspace } from '../../src/workspace/workspace.js';

/** Loads `rels` as a checked run does (keyed by their bytes, with facts) and saves them. */
export function loadAndSave(ws: Workspace, cache: FactsCache, rels: readonly string[]): void {
  cache.save(
    rels.map((rel) => {
      const unit = loadUnit(ws.root, rel, 'registration', ws.limits, true);
      unit.facts = factsOf(unit);
      return unit;
    }),
  );
}
