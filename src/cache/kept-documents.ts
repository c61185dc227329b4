import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Unit } from '../checks/unit.js';
import { loadUnitsParallel } from '../load/parallel.js';
import type { Doc } from '../model/read.js';
import { validator } from '../schema/validator.js';
import type { Workspace } from '../workspace/workspace.js';
import { documentsFileOf, openDocuments } from './documents.js';
import { cacheFileOf, listedKeys } from './facts-cache.js';

/** A registration as a command that only reads documents sees it (list, export). */
export interface ReadDocument {
  rel: string;
  /** The document, when the file parsed to one without a yaml.* problem. */
  data: Doc | undefined;
  /** Whether the document matches its schema, worked out when first asked. */
  valid(): boolean;
}

/**
 * The registrations' documents, in the order of `rels`. With `cache`, the documents that
 * `reg report` keeps (documents.ts) stand in for the files they were parsed from, which
 * are then not read; the rest are loaded, and kept for the next run. At 100,000
 * registrations parsing is most of what such a command costs. Where no report kept any,
 * the files are only loaded: keeping them all would make that run slower by a third, for
 * runs that may never come.
 */
export async function readDocuments(
  ws: Workspace,
  rels: readonly string[],
  cache: boolean,
): Promise<ReadDocument[]> {
  const where = cacheFileOf(ws);
  if (!cache || !existsSync(documentsFileOf(where.file))) {
    return (await loadUnitsParallel(ws, rels)).map(fromUnit);
  }
  const docs = openDocuments(where.file, where.stamp, await listedKeys(ws, rels), rels);
  const kept = new Map<string, Doc>();
  for (const rel of rels) {
    const doc = docs.has(rel) && withinLimit(ws, rel) ? docs.get(rel) : undefined;
    if (doc) kept.set(rel, doc);
  }
  // A kept row that is no document after all is a file to read again, as a report does.
  const load = rels.filter((rel) => !kept.has(rel));
  const loaded = await loadUnitsParallel(ws, load, undefined, { keyed: true });
  docs.save(loaded);
  const byRel = new Map(loaded.map((unit) => [unit.rel, fromUnit(unit)]));
  return rels.map((rel) => byRel.get(rel) ?? fromKept(rel, kept.get(rel)));
}

/**
 * A git blob key holds for a working copy with CRLF whose LF form was kept (see
 * load/source.ts `withLf`), and that copy is larger: one over the size limit is loaded,
 * so that it is refused as it would be without the cache.
 */
function withinLimit(ws: Workspace, rel: string): boolean {
  try {
    return statSync(join(ws.root, rel)).size <= ws.limits.maxFileBytes;
  } catch {
    return false;
  }
}

function fromUnit({ rel, data, valid }: Unit): ReadDocument {
  return { rel, data, valid: () => valid };
}

/**
 * Only documents of files without a yaml.* problem are kept, and only ones JSON gives
 * back as they were: the schema says of one what it said of the file's.
 */
function fromKept(rel: string, data: Doc | undefined): ReadDocument {
  return { rel, data, valid: () => validator('registration').validate(data).length === 0 };
}
