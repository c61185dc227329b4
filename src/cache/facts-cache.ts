import { createHash } from 'node:crypto';
import type { WorktreeLook } from '../git/worktree.js';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { depsHold } from '../checks/attachment/deps.js';
import { hasWaivers } from '../checks/waiver/waivers.js';
import type { Facts } from '../checks/facts.js';
import type { Unit } from '../checks/unit.js';
import { buildId, version } from '../cli/version.js';
import { language } from '../i18n/index.js';
import { schemaPath } from '../schema/bundled.js';
import { errorCode } from '../workspace/error-code.js';
import { isRegistrationPath } from '../workspace/files.js';
import { folderUnreadable } from '../workspace/read-error.js';
import type { Workspace } from '../workspace/workspace.js';
import { cacheFolder } from './folder.js';
import { statKey } from '../load/source.js';
import { fileKeys, isFolder, sinceTree, type Keys, type SinceTree } from './keys.js';
import {
  keyedByBlob,
  readStore,
  treeOf,
  writeStore,
  type CachedResult,
  type Entry,
  type Store,
} from './store.js';

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
  // git lists the keys while the cache file is read.
  const listing = fileKeys(ws.root, rels);
  const stored = readStore(where.file, where.stamp, !factsOnly);
  return cacheOver(ws, { rels, stored, keys: await listing, today, where, factsOnly });
}

/**
 * The keys of `rels` as a run keeping a cache lists them, for a cache beside the facts
 * that needs no facts (the documents, for `reg list`).
 */
export async function listedKeys(
  ws: Workspace,
  rels: readonly string[],
): Promise<Pick<FactsCache, 'key' | 'keyHolds'>> {
  const { keys } = await fileKeys(ws.root, rels);
  return { key: (rel) => keys.get(rel), keyHolds: keyHoldsIn(ws) };
}

/**
 * For a run that reports on a few files (`--changed`): the registrations, and the cache
 * over them. When the cache was listed under a git tree that HEAD and the index still
 * hold, its entries name the registrations as they were, and git says what changed
 * since: neither the folders nor git's index are listed in full. Otherwise `list`
 * lists the registrations.
 */
export async function openReportedCache(
  ws: Workspace,
  list: () => string[],
  today: string,
  look?: WorktreeLook,
): Promise<{ rels: string[]; cache: FactsCache }> {
  const where = cacheFileOf(ws);
  const tree = where.exists ? treeOf(where.file) : undefined;
  if (tree === undefined) {
    const rels = list();
    return { rels, cache: await openFactsCache(ws, rels, today, where, true) };
  }
  // git says what changed while the cache file is read.
  const asked = sinceTree(ws.root, tree, look);
  const stored = readStore(where.file, where.stamp, false);
  const changes = await asked;
  const run = { stored, today, where, factsOnly: true };
  const since =
    changes && stored.tree === tree ? keysSince(ws.root, stored.entries, changes, list) : undefined;
  if (since && (await changes?.stands) === true) {
    const { rels, keys, holds } = since;
    return { rels, cache: cacheOver(ws, { ...run, rels, keys: { ...keys, tree }, holds }) };
  }
  const rels = list();
  return { rels, cache: cacheOver(ws, { ...run, rels, keys: await fileKeys(ws.root, rels) }) };
}

/**
 * The registrations and their keys now, from entries listed under a tree that still
 * stands: an entry keyed by its blob holds while git reports no change to its file
 * (`holds`), and needs no key of its own; any other file, and every file git reports
 * changed or does not track, is keyed by its size and time, as a full listing would key
 * it. Undefined where a folder became a link, which git would look through and a
 * listing would not. Where git ignores case, the names come from `list` (see
 * SinceTree.ignoreCase), and git only vouches for the contents.
 */
function keysSince(
  root: string,
  entries: readonly Entry[],
  changes: SinceTree,
  list: () => string[],
): { rels: string[]; keys: Omit<Keys, 'tree'>; holds: (entry: Entry) => boolean } | undefined {
  if (!isFolder(join(root, 'registrations'))) return undefined;
  const keys = new Map<string, string>();
  const rels: string[] = [];
  // Neither asks an entry keyed by its blob for its key, which would decode every blob id.
  const unchanged = (entry: Entry): boolean =>
    keyedByBlob(entry) && !changes.dirty.has(entry.facts.file);
  const holds = (entry: Entry): boolean =>
    keyedByBlob(entry)
      ? !changes.dirty.has(entry.facts.file)
      : entry.key === keys.get(entry.facts.file);
  const add = (rel: string): void => {
    const key = registrationKey(root, rel);
    if (key === undefined) return;
    keys.set(rel, key);
    rels.push(rel);
  };
  // A tracked registration without a file a listing names (gone, or no longer a file)
  // is one git reports changed: a cache without its entry must not keep the tree.
  const registrations = [...changes.dirty].filter(isRegistrationPath);
  if (changes.ignoreCase) {
    // A folder become a link hides its files from the listing, and git reports none of
    // them: as below, only a full listing can say what they are.
    const folders = new Set(entries.map((entry) => dirname(entry.facts.file)));
    if ([...folders].some((folder) => !isFolder(join(root, folder)))) return undefined;
    const listed = list();
    const named = new Set(listed);
    const byFile = new Map(entries.map((entry) => [entry.facts.file, entry]));
    for (const rel of listed) {
      const entry = byFile.get(rel);
      if (entry && unchanged(entry)) rels.push(rel);
      else add(rel);
    }
    // An entry whose name the listing no longer gives, as after a rename in case only,
    // is of no file; git may track it still, so a cache without it keeps no tree.
    for (const entry of entries) {
      if (!named.has(entry.facts.file)) registrations.push(entry.facts.file);
    }
    const listedHolds = (entry: Entry): boolean => named.has(entry.facts.file) && holds(entry);
    return { rels, keys: { keys, registrations }, holds: listedHolds };
  }
  // Files git names that have no entry: new ones, or ones no listing named before.
  const fresh = new Set([...changes.dirty, ...changes.untracked]);
  let folder = '';
  for (const entry of entries) {
    const rel = entry.facts.file;
    // The entries come folder by folder: each folder is looked at once.
    const end = rel.lastIndexOf('/') + 1;
    if (end !== folder.length || !rel.startsWith(folder)) {
      folder = rel.slice(0, end);
      // Without the last slash, which would have the link followed.
      if (!isFolder(join(root, rel.slice(0, end - 1)))) return undefined;
    }
    fresh.delete(rel);
    if (unchanged(entry)) rels.push(rel);
    else add(rel);
  }
  for (const rel of fresh) if (isRegistrationPath(rel)) add(rel);
  // In the order a listing gives; the entries mostly are already.
  return { rels: rels.sort(), keys: { keys, registrations }, holds };
}

/**
 * A file's size-and-time key, if it is a file a listing of registrations would name:
 * a file or a link, in folders that are folders (a listing follows no link). A
 * folder on the way that cannot be searched is refused, as a listing refuses it: git
 * reports the files in it changed, and skipping them would leave them out unseen.
 */
function registrationKey(root: string, rel: string): string | undefined {
  const parts = rel.split('/');
  let at = root;
  try {
    for (let i = 1; i < parts.length; i += 1) {
      at = join(root, ...parts.slice(0, i));
      if (!lstatSync(at).isDirectory()) return undefined;
    }
    at = join(root, rel);
    const file = lstatSync(at);
    // A link is named too, as the listing names it, to be refused when read.
    return file.isFile() || file.isSymbolicLink() ? statKey(file) : undefined;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw folderUnreadable(dirname(at), error);
  }
}

/** The cache over `rels`, from what was stored and the keys the files have now. */
function cacheOver(
  ws: Workspace,
  run: {
    rels: readonly string[];
    stored: Store;
    keys: Keys;
    today: string;
    where: { file: string; stamp: string };
    factsOnly: boolean;
    /** Whether a stored entry holds; by default, when its file has its key now. */
    holds?: (entry: Entry) => boolean;
  },
): FactsCache {
  const { stored, factsOnly, rels } = run;
  const { keys } = run.keys;
  const holds = run.holds ?? ((entry: Entry) => entry.key === keys.get(entry.facts.file));
  const keyHolds = keyHoldsIn(ws);
  const { file, stamp } = run.where;
  const results = resultStampOf(ws, run.today);
  const sameResults = stored.results === results;
  // Only entries whose file is listed with the same key are kept. The listing may name
  // a few tracked files that are not registrations (a link, say); an entry of one is
  // never asked for, and its key still vouches for its facts.
  const current = new Map<string, Entry>();
  for (const entry of stored.entries) {
    if (!holds(entry)) continue;
    const rel = entry.facts.file;
    current.set(rel, sameResults || !entry.result ? entry : { key: entry.key, facts: entry.facts });
  }
  // A file whose entry holds has the entry's key, whether or not it was listed.
  const keyOf = (rel: string): string | undefined => keys.get(rel) ?? current.get(rel)?.key;
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
        const key = keyOf(unit.rel);
        if (key === undefined || !unit.facts || !keyHolds(key, unit)) continue;
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
      // The tree is kept only with one entry per registration, none besides, and one for
      // every registration git tracks: a later run takes the entries for their list.
      const whole =
        current.size === rels.length &&
        rels.every((rel) => current.has(rel)) &&
        run.keys.registrations.every((rel) => current.has(rel));
      try {
        writeStore(file, stamp, results, current.values(), whole ? run.keys.tree : undefined);
        dropOthers(file, 'facts-');
      } catch {
        // A cache that cannot be written (read-only checkout, full disk) only costs time.
      }
    },
    resultsHold: sameResults,
    key: keyOf,
    keyHolds,
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
 * one is written, nor is any facts file named as before caches were named per workspace
 * (`facts-<stamp>.json`); files of any other name are never touched.
 */
export function dropOthers(file: string, prefix: 'facts-' | 'docs-'): void {
  const dir = dirname(file);
  const own = basename(file).slice(0, prefix.length + 9);
  const named = new RegExp(`^${prefix}[0-9a-f]{8}-[0-9a-f]{16}\\.json$`);
  const before = /^facts-[0-9a-f]{16}\.json$/;
  for (const name of readdirSync(dir)) {
    const ours = name.startsWith(own) && named.test(name);
    if ((ours || (prefix === 'facts-' && before.test(name))) && join(dir, name) !== file) {
      rmSync(join(dir, name), { force: true });
    }
  }
}

/** `matches` under the workspace's size limit, as both kinds of cache ask it. */
function keyHoldsIn(ws: Workspace): (key: string, unit: Unit) => boolean {
  return (key, unit) => matches(key, unit, ws.limits.maxFileBytes);
}

/**
 * Whether the key listed for a file names the bytes that were read: a file changed (or
 * gone) between the listing and the reading must not leave its result under the other
 * content's key. A file that could not be read has nothing to keep.
 */
function matches(key: string, unit: Unit, maxFileBytes: number): boolean {
  const read = unit.loaded.source.read;
  if (!read) return false;
  // Keyed by time, a file read within a tick of its last change is checked again next run.
  if (!key.startsWith('b:')) return key === read.stat && read.recent !== true;
  if (read.blob === undefined) return false;
  // A working copy with CRLF where git keeps LF is the blob git keys it by. One blob then
  // stands for two sizes, at most twice apart: a file that might be over the size limit
  // in one form and not in the other keeps no result, as it would be wrong for one.
  if (2 * unit.loaded.source.size > maxFileBytes) return false;
  return key === `b:${read.blob}` || (read.lfBlob !== undefined && key === `b:${read.lfBlob}`);
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
