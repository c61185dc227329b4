import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Facts } from '../checks/facts.js';
import type { Unit } from '../checks/unit.js';
import { version } from '../cli/version.js';
import { schemaPath } from '../schema/bundled.js';
import type { Workspace } from '../workspace/workspace.js';
import { cacheFolder } from './folder.js';
import { fileKeys } from './keys.js';
import { readStore, writeStore, type Entry } from './store.js';

/**
 * What each registration contributes to the cross-file checks, kept between runs so
 * that `reg validate --changed` parses only what changed. Stale entries are never used:
 * an entry counts only for the same file with the same key, under the same stamp.
 */
export interface FactsCache {
  /** The cached facts of `rel`, when its key still matches. */
  hit(rel: string): Facts | undefined;
  /** Records the facts of loaded units and writes the cache when anything changed. */
  save(units: readonly Unit[]): void;
}

export async function openFactsCache(ws: Workspace, rels: readonly string[]): Promise<FactsCache> {
  const stamp = stampOf(ws);
  const file = join(cacheFolder(ws), `facts-${stamp.slice(0, 16)}.json`);
  const keys = await fileKeys(ws.root, rels);
  const stored = readStore(file, stamp);
  const current = new Map<string, Entry>();
  for (const rel of rels) {
    const entry = stored.get(rel);
    if (entry && entry.key === keys.get(rel)) current.set(rel, entry);
  }
  // Entries of files gone or changed are dropped, which is itself a change to write.
  let changed = current.size !== stored.size;
  return {
    hit: (rel) => current.get(rel)?.facts,
    save(units) {
      for (const unit of units) {
        const key = keys.get(unit.rel);
        if (key === undefined || !unit.facts) continue;
        if (current.get(unit.rel)?.key === key) continue;
        current.set(unit.rel, { key, facts: unit.facts });
        changed = true;
      }
      if (!changed) return;
      try {
        writeStore(file, stamp, current.values());
      } catch {
        // A cache that cannot be written (read-only checkout, full disk) only costs time.
      }
    },
  };
}

/** The regkit version, the policy and the registration schema: what facts depend on. */
function stampOf(ws: Workspace): string {
  const hash = createHash('sha256');
  hash.update(`regkit ${version()}\0`);
  hash.update(readFileSync(ws.policyFile));
  hash.update('\0');
  hash.update(readFileSync(schemaPath('registration')));
  return hash.digest('hex');
}
