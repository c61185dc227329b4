import { lstatSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { statKey } from '../load/source.js';
import { isRegistrationPath } from '../workspace/files.js';
import {
  gitIn,
  lookAtWorktree,
  registrationsTree,
  worktreeState,
  type WorktreeLook,
} from '../git/worktree.js';

/** What `fileKeys` lists: a key per file, and the tree they were all read from, if one. */
export interface Keys {
  keys: Map<string, string>;
  /**
   * The git tree of `registrations/` at HEAD, when the index held exactly that tree
   * before and after the listing, git watches every entry and registrations/ is a
   * folder: every `b:` key is then that tree's blob of its file, which lets a later run
   * vouch for them without listing them (see `sinceTree`), once a cache holds an entry
   * for each of `registrations`.
   */
  tree: string | undefined;
  /** The paths git tracks that a listing of registrations would name. */
  registrations: readonly string[];
}

/**
 * A key per registration file that changes whenever its content may have: the git blob
 * id when the working tree matches the index (so a fresh clone in CI hits the cache),
 * else size, times of change and inode. Files that vanish between listing and keying get no
 * key and are simply loaded.
 */
export async function fileKeys(root: string, rels: readonly string[]): Promise<Keys> {
  const before = registrationsTree(root);
  // Tracked files not among `rels` stay in the map; they are never asked for.
  const { blobs: keys, registrations, watched } = await tracked(root);
  const tree = await before;
  // Asked again while the other files are keyed.
  const after = tree === undefined ? undefined : registrationsTree(root);
  for (const rel of rels) {
    if (keys.has(rel)) continue;
    const key = statKeyOf(join(root, rel));
    if (key !== undefined) keys.set(rel, key);
  }
  // registrations/ as a link would keep git from seeing the files behind it.
  const stands = watched && (await after) === tree && isFolder(join(root, 'registrations'));
  return { keys, tree: stands ? tree : undefined, registrations };
}

/** Whether `path` is a folder itself, not a link to one. */
export function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What changed in the working tree since a tree `fileKeys` named, when it still stands. */
export interface SinceTree {
  /** Tracked files whose working copy differs from the index, or is gone. */
  dirty: Set<string>;
  /** Files git does not track, as paths relative to the workspace. */
  untracked: string[];
  /**
   * Whether git is told to ignore case: it then takes a file for another whose name
   * differs in case only, and would report neither a file renamed so nor its new name,
   * so the names must come from a listing of the folders.
   */
  ignoreCase: boolean;
  /**
   * Whether HEAD and the index still hold the tree when asked again after the listing:
   * a commit or a staged change made while git listed the files voids the listing.
   * Asked while the caller works on what was listed.
   */
  stands: Promise<boolean>;
}

/**
 * Whether HEAD and the index still hold `tree` in `registrations/`, with every file
 * watched by git (none assumed unchanged or skipped), and if so what changed in the
 * working tree since: with that, the keys of a listing made under `tree` still hold for
 * every file not changed, and no listing of all files is needed. `look` is git's look
 * at the working tree, when the run shares one.
 */
export async function sinceTree(
  root: string,
  tree: string,
  look: WorktreeLook = lookAtWorktree(root),
): Promise<SinceTree | undefined> {
  try {
    const [now, tags, listing, ignoreCase] = await Promise.all([
      // Asked as the look began, and again once it is done (`stands`).
      look.tree,
      // Every entry git tracks, by its tag. A long answer, which is read only after the
      // cache: asked apart from the look, so that the walk of the working tree never
      // waits for it to be read.
      gitIn(root, ['ls-files', '-v', '-z', '--', 'registrations']),
      look.listing,
      gitIn(root, ['config', '--get', '--bool', 'core.ignorecase']).catch(() => 'false'),
    ]);
    if (now !== tree || !allWatched(tags)) return undefined;
    const state = listing === undefined ? undefined : worktreeState(listing, 'registrations/');
    // A repository inside (listed as a folder) hides its files from git.
    if (state === undefined || state.untracked.some((rel) => rel.endsWith('/'))) {
      return undefined;
    }
    const dirty = new Set([...state.touched, ...state.gone]);
    const stands = registrationsTree(root).then((after) => after === tree);
    return { dirty, untracked: state.untracked, ignoreCase: ignoreCase.trim() === 'true', stands };
  } catch {
    return undefined;
  }
}

/** Whether every entry `ls-files -v` lists is tagged H: tracked, and not told to be ignored. */
function allWatched(listing: string): boolean {
  // Looked at entry by entry: a pattern run over the listing of 100,000 files costs more.
  for (let at = 0; at < listing.length;) {
    if (!listing.startsWith('H ', at)) return false;
    const end = listing.indexOf('\0', at);
    if (end < 0) break;
    at = end + 1;
  }
  return true;
}

/**
 * A file rewritten within one tick of its time at the same size keeps this key; a result
 * is kept under it only for a file read more than a tick after its last change
 * (load/source.ts `racyMs`), as git treats racily clean index entries.
 */
function statKeyOf(abs: string): string | undefined {
  try {
    const s = statSync(abs);
    return statKey(s);
  } catch {
    return undefined;
  }
}

/** What git's index says of `registrations/` (see `tracked`). */
interface Tracked {
  /** Keys (`b:` and the blob id) of files whose working copy is what the index holds. */
  blobs: Map<string, string>;
  /** Tracked paths that a listing of registrations would name, were the files there. */
  registrations: string[];
  /** Whether git watches every entry: tag H, merged, and none a submodule. */
  watched: boolean;
}

/** The index's entries under registrations/; none outside git. */
async function tracked(root: string): Promise<Tracked> {
  let staged: string;
  let modified: string;
  try {
    [staged, modified] = await Promise.all([
      gitIn(root, ['ls-files', '-s', '-v', '-z', '--', 'registrations']),
      gitIn(root, ['ls-files', '-m', '-z', '--', 'registrations']),
    ]);
  } catch {
    return { blobs: new Map(), registrations: [], watched: false };
  }
  const dirty = new Set(modified.split('\0'));
  const blobs = new Map<string, string>();
  const registrations: string[] = [];
  let watched = true;
  // Read in place rather than split per entry: at 100,000 files the copies cost more
  // than git takes to list them.
  for (let at = 0; at < staged.length;) {
    const end = staged.indexOf('\0', at);
    const stop = end < 0 ? staged.length : end;
    // <tag> SP <mode> SP <object> SP <stage> TAB <path>. Only tag H is a file git
    // watches: for one marked assume-unchanged (lower case) or skip-worktree (S), git
    // would not list an edit, so it is keyed by its size and time instead.
    const tab = staged.indexOf('\t', at);
    if (tab < at || tab > stop) {
      watched = false;
      at = stop + 1;
      continue;
    }
    const rel = staged.slice(tab + 1, stop);
    const plain = staged.startsWith('H ', at) && staged.startsWith(' 0', tab - 2);
    // A submodule hides its files from git, and a link is no file a listing names.
    if (!plain || staged.startsWith('160000 ', at + 2) || staged.startsWith('120000 ', at + 2)) {
      watched = false;
    }
    if (isRegistrationPath(rel)) registrations.push(rel);
    if (plain) {
      const object = staged.indexOf(' ', at + 2) + 1;
      // The files are hashed as git's SHA-1 blobs; in a SHA-256 repository no blob id
      // could match, so its files are keyed by size and time as outside git.
      if (object > 0 && tab - 2 - object === 40 && !dirty.has(rel)) {
        blobs.set(rel, `b:${staged.slice(object, tab - 2)}`);
      }
    }
    at = stop + 1;
  }
  return { blobs, registrations, watched };
}
