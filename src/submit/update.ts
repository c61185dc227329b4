import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync, type Stats } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../cli/errors.js';
import { isAncestor } from '../git/ancestor.js';
import type { Repo } from '../git/repo.js';
import { t } from '../i18n/index.js';
import { firstLine } from './git.js';

/** What bringing the base in did: how far the branch moved and which files came with it. */
export interface Updated {
  /** Commits the branch moved by; 0 when it was up to date. */
  commits: number;
  /** Repository paths that came in (added or changed), in git's order. */
  files: string[];
  /**
   * Files that were in the working tree, untracked or changed, exactly as they came in:
   * what `reg submit` sent and a merge approved. They are now part of the branch.
   */
  adopted: string[];
}

/**
 * Moves the current branch forward to `target`, the freshly fetched base. Only a fast
 * forward: a partner's copy of the base has no commits of its own, since `reg submit`
 * commits beside it. The files `reg submit` sent stay in the working tree (untracked, or
 * changed where the registration was in the base already), and once merged they come
 * back in the base: git would stop on each of them. Those whose content is the incoming
 * one give way; any other file in the way of an incoming one, ignored files included,
 * stops the update before anything is touched.
 */
export async function fastForward(repo: Repo, branch: string, target: string): Promise<Updated> {
  const g = repo.git;
  const head = (await g.raw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
  if (head === '') throw new UserError(t('update.unborn', { branch }), t('update.unborn.hint'));
  await recoverAside(repo);
  if (await isAncestor(repo, target, head)) return { commits: 0, files: [], adopted: [] };
  if (!(await isAncestor(repo, head, target))) {
    throw new UserError(t('update.diverged', { branch }), t('update.diverged.hint', { branch }));
  }
  const commits = Number((await g.raw(['rev-list', '--count', `${head}..${target}`])).trim());
  const files = names(await g.raw(['diff', '--name-only', '--no-renames', '-z', head, target]));
  const incoming = new Set(files);

  // In the way: a file where one comes in that HEAD does not have (untracked, ignored or
  // only staged), and a file of HEAD changed or deleted here that the base changes too.
  const added = new Set(
    names(
      await g.raw(['diff', '--name-only', '--no-renames', '--diff-filter=A', '-z', head, target]),
    ),
  );
  const edited = names(await g.raw(['diff', '--name-only', '--no-renames', '-z', head]));
  const inWay = [
    ...new Set([
      ...[...added].flatMap((p) => blocking(repo, p)),
      ...edited.filter((p) => incoming.has(p)),
    ]),
  ];
  const same = await sameAsIncoming(repo, target, inWay);
  const differing = inWay.filter((p) => !same.has(p));
  if (differing.length > 0) {
    const changedHere = new Set(edited);
    const tracked = differing.some((p) => changedHere.has(p));
    throw new UserError(
      t(tracked ? 'update.local-changes' : 'update.differs', {
        files: differing.join(', '),
      }),
      t(tracked ? 'update.local-changes.hint' : 'update.differs.hint'),
    );
  }

  const aside = await setAside(repo, inWay, branch);
  let failure: unknown;
  try {
    await g.raw(['merge', '--ff-only', '--quiet', target]);
  } catch (error) {
    failure = error;
  }
  // simple-git reports no failure for a git that exited without a word on its error
  // output, or was killed: only where HEAD now is says whether the merge happened.
  const now = (await g.raw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
  if (now !== target) {
    aside.restore();
    throw new UserError(
      t('update.failed', { branch }),
      failure ? firstLine(failure, true) : undefined,
    );
  }
  aside.drop();
  return { commits, files, adopted: inWay };
}

/**
 * What stands where an incoming file goes: the path itself when something is there, or a
 * file (not a folder) in the place of one of its folders, which git would also replace.
 */
function blocking(repo: Repo, path: string): string[] {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i += 1) {
    const folder = parts.slice(0, i).join('/');
    const found = stat(join(repo.top, folder));
    if (found === undefined) return [];
    if (!found.isDirectory()) return [folder];
  }
  return stat(join(repo.top, path)) === undefined ? [] : [path];
}

function stat(abs: string): Stats | undefined {
  try {
    return lstatSync(abs);
  } catch {
    return undefined;
  }
}

/**
 * The paths whose working copy is a plain file holding, as git would store it (line ends
 * and other filters of the repository applied), the blob `target` has there. A link, a
 * folder or a missing file never is.
 */
async function sameAsIncoming(repo: Repo, target: string, paths: string[]): Promise<Set<string>> {
  const files = paths.filter((p) => stat(join(repo.top, p))?.isFile() === true);
  if (files.length === 0) return new Set();
  const local = (await repo.git.raw(['hash-object', '--', ...files])).trim().split('\n');
  // Paths as they are: a name starting with ":" is no pathspec magic here.
  const listed = await repo.git.raw([
    '--literal-pathspecs',
    'ls-tree',
    '-z',
    target,
    '--',
    ...files,
  ]);
  const theirs = new Map<string, string>();
  for (const entry of names(listed)) {
    // `<mode> <type> <id>\t<path>`
    const tab = entry.indexOf('\t');
    const [mode, type, id] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== '120000' && id !== undefined)
      theirs.set(entry.slice(tab + 1), id);
  }
  return new Set(files.filter((p, i) => local[i] !== undefined && theirs.get(p) === local[i]));
}

/** Where files wait during an update: inside the repository's git folder, out of sight. */
async function asideRoot(repo: Repo): Promise<string> {
  const gitDir = (await repo.git.raw(['rev-parse', '--absolute-git-dir'])).trim();
  return join(gitDir, 'regkit-update');
}

/**
 * Moves files out of the merge's way into the git folder: a rename is atomic and keeps
 * the bytes on disk, so an update stopped halfway loses nothing, and no later
 * `reg submit` can take the copies for attachments.
 */
async function setAside(
  repo: Repo,
  paths: string[],
  branch: string,
): Promise<{ restore(): void; drop(): void }> {
  const folder = join(await asideRoot(repo), randomBytes(4).toString('hex'));
  const moved: [string, string][] = [];
  const restore = (): void => {
    const stuck: string[] = [];
    for (const [abs, kept] of moved) {
      // Where the merge already wrote the file, it holds the same content.
      if (stat(abs) !== undefined) rmSync(kept, { force: true });
      else if (!tryRename(kept, abs)) stuck.push(relative(repo.top, abs));
    }
    if (stuck.length > 0) {
      throw new UserError(
        t('update.stuck', { files: stuck.join(', ') }),
        t('update.stuck.hint', { folder }),
      );
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    for (const p of paths) {
      const abs = join(repo.top, p);
      const kept = join(folder, p);
      mkdirSync(dirname(kept), { recursive: true });
      renameSync(abs, kept);
      moved.push([abs, kept]);
    }
  } catch (error) {
    restore();
    throw new UserError(t('update.failed', { branch }), firstLine(error, true));
  }
  return {
    restore,
    // A copy left behind is harmless there, and the next update clears it.
    drop: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/**
 * An update killed while its files were set aside left them in the git folder: each goes
 * back where it is still missing, and is dropped where the merge already put the file.
 */
async function recoverAside(repo: Repo): Promise<void> {
  const root = await asideRoot(repo);
  for (const run of entries(root)) {
    const folder = join(root, run);
    for (const rel of filesUnder(folder)) {
      const abs = join(repo.top, rel);
      if (stat(abs) === undefined) {
        mkdirSync(dirname(abs), { recursive: true });
        renameSync(join(folder, rel), abs);
      }
    }
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Paths of the files under `folder`, relative to it, with `/`. */
function filesUnder(folder: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(folder, rel));
    else out.push(rel);
  }
  return out;
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function tryRename(from: string, to: string): boolean {
  try {
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
    return true;
  } catch {
    return false;
  }
}

function names(out: string): string[] {
  return out.split('\0').filter((n) => n !== '');
}
