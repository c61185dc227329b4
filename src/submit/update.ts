import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../cli/errors.js';
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
   * Files that were in the working tree, untracked, exactly as they came in: what
   * `reg submit` sent and a merge approved. They are now tracked.
   */
  adopted: string[];
}

/**
 * Moves the current branch forward to `target`, the freshly fetched base. Only a fast
 * forward: a partner's copy of the base has no commits of its own, since `reg submit`
 * commits beside it. The files `reg submit` sent stay in the working tree untracked, and
 * once merged they come back in the base: git would stop on each of them ("untracked
 * working tree files would be overwritten"). Those whose content is the incoming one are
 * set aside before the merge and dropped after it; any other untracked file or local
 * change in the way stops the update before anything is touched.
 */
export async function fastForward(repo: Repo, branch: string, target: string): Promise<Updated> {
  const g = repo.git;
  if (await isAncestor(repo, target, 'HEAD')) return { commits: 0, files: [], adopted: [] };
  if (!(await isAncestor(repo, 'HEAD', target))) {
    throw new UserError(t('update.diverged', { branch }), t('update.diverged.hint', { branch }));
  }
  const commits = Number((await g.raw(['rev-list', '--count', `HEAD..${target}`])).trim());
  const files = names(await g.raw(['diff', '--name-only', '--no-renames', '-z', 'HEAD', target]));
  const incoming = new Set(files);

  const edited = names(await g.raw(['diff', '--name-only', '--no-renames', '-z', 'HEAD']));
  const overwritten = edited.filter((p) => incoming.has(p));
  if (overwritten.length > 0) {
    throw new UserError(
      t('update.local-changes', { count: overwritten.length, files: overwritten.join(', ') }),
      t('update.local-changes.hint'),
    );
  }

  const untracked = names(await g.raw(['ls-files', '--others', '--exclude-standard', '-z']));
  const inWay = untracked.filter((p) => incoming.has(p));
  const same = await sameAsIncoming(repo, target, inWay);
  const differing = inWay.filter((p) => !same.has(p));
  if (differing.length > 0) {
    throw new UserError(
      t('update.differs', { count: differing.length, files: differing.join(', ') }),
      t('update.differs.hint'),
    );
  }

  const aside = setAside(repo, inWay, branch);
  try {
    await g.raw(['merge', '--ff-only', '--quiet', target]);
  } catch (error) {
    aside.restore();
    throw new UserError(t('update.failed', { branch }), firstLine(error, true));
  }
  aside.drop();
  return { commits, files, adopted: inWay };
}

/**
 * Whether `a` is an ancestor of `b` (or the same commit). Not `merge-base --is-ancestor`:
 * it answers by exit code alone, which simple-git does not report as a failure.
 */
async function isAncestor(repo: Repo, a: string, b: string): Promise<boolean> {
  const [base, first] = await Promise.all([
    repo.git.raw(['merge-base', a, b]).catch(() => ''),
    repo.git.raw(['rev-parse', '--verify', `${a}^{commit}`]),
  ]);
  return base.trim() !== '' && base.trim() === first.trim();
}

/**
 * The paths whose working copy is, as git would store it (line ends and other filters of
 * the repository applied), the blob `target` holds there.
 */
async function sameAsIncoming(repo: Repo, target: string, paths: string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  const local = (await repo.git.raw(['hash-object', '--', ...paths])).trim().split('\n');
  const listed = await repo.git.raw(['ls-tree', '-z', target, '--', ...paths]);
  const theirs = new Map<string, string>();
  for (const entry of names(listed)) {
    // `<mode> <type> <id>\t<path>`
    const tab = entry.indexOf('\t');
    const [, type, id] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && id !== undefined) theirs.set(entry.slice(tab + 1), id);
  }
  return new Set(paths.filter((p, i) => local[i] !== undefined && theirs.get(p) === local[i]));
}

/**
 * Renames files out of the merge's way, beside themselves: a rename is atomic and keeps
 * the bytes on disk, so an update stopped halfway loses nothing.
 */
function setAside(repo: Repo, paths: string[], branch: string): { restore(): void; drop(): void } {
  const moved: [string, string][] = [];
  const tag = randomBytes(4).toString('hex');
  try {
    for (const p of paths) {
      const abs = join(repo.top, p);
      const temp = join(dirname(abs), `.${basename(abs)}.reg-update-${tag}`);
      renameSync(abs, temp);
      moved.push([abs, temp]);
    }
  } catch (error) {
    restore();
    throw new UserError(t('update.failed', { branch }), firstLine(error, true));
  }
  function restore(): void {
    for (const [abs, temp] of moved) {
      // Where the merge already wrote the file, it holds the same content.
      if (existsSync(abs)) rmSync(temp, { force: true });
      else renameSync(temp, abs);
    }
  }
  return {
    restore,
    drop: () => moved.forEach(([, temp]) => rmSync(temp, { force: true })),
  };
}

function names(out: string): string[] {
  return out.split('\0').filter((n) => n !== '');
}
