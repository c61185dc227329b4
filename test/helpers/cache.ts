import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FactsCache } from '../../src/cache/facts-cache.js';
import { checksum } from '../../src/cache/lines.js';
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

/** The documents file `reg report` keeps in the cache folder `folder`, if there is one. */
export function documentsFile(folder: string): string | undefined {
  const name = existsSync(folder)
    ? readdirSync(folder).find((n) => n.startsWith('docs-'))
    : undefined;
  return name === undefined ? undefined : join(folder, name);
}

/** Rewrites the kept row of `rel` in `file` as `change` makes it, the checksum made good. */
export function changeKept(file: string, rel: string, change: (doc: string) => string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((line) => line.startsWith(JSON.stringify([rel]).slice(0, -1)));
  const [head, doc] = (lines[at] as string).split('\t') as [string, string];
  lines[at] = `${head}\t${change(doc)}`;
  const body = `${lines.slice(1, -1).join('\n')}\n`;
  lines[lines.length - 1] = JSON.stringify({ rows: checksum(body) });
  writeFileSync(file, lines.join('\n'));
}

/** The same, with the kept document's customer renamed. */
export function renameKept(file: string, rel: string, name: string): void {
  changeKept(file, rel, (doc) => {
    const changed = JSON.parse(doc) as { customer: { name: string } };
    changed.customer.name = name;
    return JSON.stringify(changed);
  });
}
