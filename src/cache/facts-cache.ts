import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { depsHold } from '../checks/attachment/deps.js';
import { hasWaivers } from '../checks/waiver/waivers.js';
import type { Facts } from '../checks/facts.js';
import type { Unit } from '../checks/unit.js';
import { buildId, version } from '../cli/version.js';
import { language } from '../i18n/index.js';
import { schemaPath } from '../schema/bundled.js';
import type { Workspace } from '../workspace/workspace.js';
import { cacheFolder } from './folder.js';
import { fileKeys } from './keys.js';
import { readStore, writeStore, type CachedResult, type Entry } from './store.js';

/**
 * What each registration contributes to the cross-file checks, and what its own checks
 * found, kept between runs so that only changed files are parsed. Stale entries are
 * never used: an entry counts only for the same file with the same key, under the same
 * stamp; a result only under the same day, partners and workspace, and only while the
 * file's attachments resolve as they did.
 */
export interface FactsCache {
  /** The cached facts of `rel`, when its key still matches. */
  hit(rel: string): Facts | undefined;
  /** The cached result of `rel`'s own checks, when it still holds. */
  result(rel: string): CachedResult | undefined;
  /** Records what loaded units found and writes the cache when anything changed. */
  save(units: readonly Unit[]): void;
  /** Whether results were read and made under this run's stamp, so that some may hold. */
  resultsHold: boolean;
  /** The key `rel` was listed under for this run, if any. */
  key(rel: string): string | undefined;
  /** Whether `key` names the bytes `unit` was read from (see `matches`). */
  keyHolds(key: string, unit: Unit): boolean;
}

/** Where a workspace's cache file is, and whether there is one to read at all. */
export function cacheFileOf(ws: Workspace): { file: string; stamp: string; exists: boolean } {
  const stamp = stampOf(ws);
  const folder = cacheFolder(ws);
  const file = join(folder, `facts-${workspaceTag(folder, ws.root)}-${stamp.slice(0, 16)}.json`);
  return { file, stamp, exists: existsSync(file) };
}

/**
 * Opens the cache for a run over `rels`. A run that reports on a few files (`factsOnly`)
 * reads no results, and writes only when it had to load files for their facts.
 */
export async function openFactsCache(
  ws: Workspace,
  rels: readonly string[],
  today: string,
  where = cacheFileOf(ws),
  factsOnly = false,
): Promise<FactsCache> {
  const { file, stamp } = where;
  const results = resultStampOf(ws, today);
  // git lists the keys while the cache file is read.
  const listing = fileKeys(ws.root, rels);
  const stored = readStore(file, stamp, !factsOnly);
  const keys = await listing;
  const sameResults = stored.results === results;
  // Only entries whose file is listed with the same key are kept. The listing may name
  // a few tracked files that are not registrations (a link, say); an entry of one is
  // never asked for, and its key still vouches for its facts.
  const current = new Map<string, Entry>();
  for (const entry of stored.entries) {
    const rel = entry.facts.file;
    if (entry.key !== keys.get(rel)) continue;
    current.set(rel, sameResults || !entry.result ? entry : { key: entry.key, facts: entry.facts });
  }
  // Entries of files gone or changed are dropped, which is itself a change to write, but
  // not one worth the results that a run reading only facts would lose by writing.
  let changed = !factsOnly && (current.size !== stored.entries.length || !sameResults);
  return {
    hit: (rel) => current.get(rel)?.facts,
    result(rel) {
      const result = current.get(rel)?.result;
      return result && depsHold(ws.root, result.deps) ? result : undefined;
    },
    save(units) {
      for (const unit of units) {
        const key = keys.get(unit.rel);
        if (key === undefined || !unit.facts || !matches(key, unit)) continue;
        const result = factsOnly ? current.get(unit.rel)?.result : resultOf(unit);
        const known = current.get(unit.rel);
        if (known?.key === key && sameResult(known.result, result)) continue;
        current.set(
          unit.rel,
          result ? { key, facts: unit.facts, result } : { key, facts: unit.facts },
        );
        changed = true;
      }
      // A run that read no results would write none: it leaves a file that has some.
      if (!changed || (factsOnly && stored.kept > 0)) return;
      try {
        writeStore(file, stamp, results, current.values());
        dropOthers(file, 'facts-');
      } catch {
        // A cache that cannot be written (read-only checkout, full disk) only costs time.
      }
    },
    resultsHold: sameResults,
    key: (rel) => keys.get(rel),
    keyHolds: matches,
  };
}

/**
 * A unit's own result, when it can stand in for the file later: checked, its findings
 * located, and no waivers (the waiver step reads the document, which validate does not
 * keep).
 */
function resultOf(unit: Unit): CachedResult | undefined {
  if (!unit.checked || !unit.deps) return undefined;
  if (hasWaivers(unit.data)) return undefined;
  if (unit.drafts.some((d) => d.position === undefined)) return undefined;
  // A copy: the checks across files add to the unit's own drafts later.
  const drafts = unit.drafts.map((d) => ({ ...d }));
  return { valid: unit.valid, drafts, deps: unit.deps };
}

/**
 * Workspaces of one repository share its git folder, so each keeps files of its own,
 * named by where it is in the repository: a clone elsewhere on disk (CI restoring the
 * folder) finds them again.
 */
function workspaceTag(folder: string, root: string): string {
  const inside = relative(root, folder);
  let place = root;
  if (!inside.startsWith('..') && !isAbsolute(inside)) place = '';
  else if (basename(dirname(folder)) === '.git') place = relative(dirname(dirname(folder)), root);
  return createHash('sha256').update(place).digest('hex').slice(0, 8);
}

/**
 * This workspace's caches of other builds or policies are never read again once this
 * one is written; files of any other name are never touched.
 */
export function dropOthers(file: string, prefix: 'facts-' | 'docs-'): void {
  const dir = dirname(file);
  const own = basename(file).slice(0, prefix.length + 9);
  const named = new RegExp(`^${prefix}[0-9a-f]{8}-[0-9a-f]{16}\\.json$`);
  for (const name of readdirSync(dir)) {
    if (name.startsWith(own) && named.test(name) && join(dir, name) !== file) {
      rmSync(join(dir, name), { force: true });
    }
  }
}

/**
 * Whether the key listed for a file names the bytes that were read: a file changed (or
 * gone) between the listing and the reading must not leave its result under the other
 * content's key. A file that could not be read has nothing to keep.
 */
function matches(key: string, unit: Unit): boolean {
  const read = unit.loaded.source.read;
  if (!read) return false;
  if (!key.startsWith('b:')) return key === read.stat;
  return read.blob !== undefined && key === `b:${read.blob}`;
}

/** A file checked again need not be written again when it found the same. */
function sameResult(a: CachedResult | undefined, b: CachedResult | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

/** The build, the policy and the registration schema: what facts depend on. */
function stampOf(ws: Workspace): string {
  const hash = createHash('sha256');
  // Normalisation and host names follow Node's Unicode and ICU data, the parsers their
  // own versions (recorded in the build id).
  const { icu = '', unicode = '' } = process.versions;
  hash.update(`regkit ${version()} ${buildId()} ${process.version} ${icu} ${unicode}\0`);
  hash.update(readFileSync(ws.policyFile));
  hash.update('\0');
  hash.update(readFileSync(schemaPath('registration')));
  return hash.digest('hex');
}

/**
 * What a file's own checks read besides the file, its attachments and the stamp: the
 * day (date checks), the language (some drafts carry words) and the partner profiles
 * (reference checks). How attachments resolve is checked per file (attachment/deps.ts).
 */
function resultStampOf(ws: Workspace, today: string): string {
  const hash = createHash('sha256');
  // Some drafts carry words (the schema's own phrasing of a value, the reasons of a
  // requirement), so a result holds only in the language it was made in.
  hash.update(`${today}\0${language()}\0`);
  for (const unit of ws.partnerUnits) {
    hash.update(`${unit.rel}\0${unit.loaded.source.text ?? `size ${unit.loaded.source.size}`}\0`);
  }
  return hash.digest('hex');
}
