import { isRegistrationPath } from '../workspace/place.js';
import { parseNameStatus } from './name-status.js';
import { gitIn, ignoredOf, lookAtWorktree, worktreeState, type WorktreeLook } from './worktree.js';

const partnerProfile = /^partners\/[^/]+\.ya?ml$/;

/**
 * The files a full run would check: partner profiles, and every file `registrationFiles`
 * lists, those out of place included, so that a changed run reports them as a full one.
 */
function checked(file: string): boolean {
  return isRegistrationPath(file) || partnerProfile.test(file);
}

/**
 * `--changed --base REF`: the registrations and partner profiles that differ from the
 * merge base of REF, in the working tree (new files not yet added to git included).
 *
 * Git is asked at once, in calls started before this returns, so that git looks at the
 * working tree while the caller reads its cache; `look` is that look, when the caller
 * shares it with the cache. Where git cannot answer so (REF known only as `origin/REF`,
 * a clone too shallow, two merge bases, a git older than 2.30, no repository at all),
 * the repository is asked step by step, which explains what is missing.
 */
export async function changedWorkspaceFiles(
  root: string,
  base: string,
  look?: WorktreeLook,
): Promise<string[]> {
  const files = (await changedAtOnce(root, base, look)) ?? (await changedStepByStep(root, base));
  return [...new Set(files.filter(checked))].sort();
}

/**
 * The workspace's registrations and partner profiles that differ from the merge base of
 * `base`, or that git does not track and is not told to ignore; undefined where git
 * refuses a call. Not filtered to registrations.
 *
 * The index is compared with the merge base, and the working tree with the index, so
 * that the one look at the working tree serves the cache too. A file edited and then
 * put back as the merge base had it, without the edit undone in the index, counts as
 * changed, where comparing the working tree with the merge base would not count it.
 */
export async function changedAtOnce(
  root: string,
  base: string,
  look: WorktreeLook = lookAtWorktree(root),
): Promise<string[] | undefined> {
  // An option in place of a ref is refused, with the reason, step by step.
  if (base.startsWith('-')) return undefined;
  // A rename is reported by its new path either way, and listing it as added and deleted
  // spares git comparing contents. Paths are relative to the workspace, and files outside
  // it are left out.
  const diff = ['diff', '--name-status', '-z', '--no-renames', '--no-ext-diff', '--relative'];
  const [staged, listing] = await Promise.all([
    gitIn(root, [...diff, '--cached', '--merge-base', base, '--']).catch(() => undefined),
    look.listing,
  ]);
  const state = listing === undefined ? undefined : worktreeState(listing);
  if (staged === undefined || state === undefined) return undefined;
  const ignored = await ignoredOf(root, state.untracked);
  if (ignored === undefined) return undefined;
  const files = parseNameStatus(staged)
    .filter((change) => change.status !== 'deleted')
    .map((change) => change.path);
  for (const path of state.touched) files.push(path);
  for (const path of state.untracked) if (!ignored.has(path)) files.push(path);
  return files.filter((file) => !state.gone.has(file));
}

/** The same list, through the merge base resolved as `check-pr` resolves it. */
export async function changedStepByStep(root: string, base: string): Promise<string[]> {
  const [{ openRepo }, { changedFiles, resolveRange }] = await Promise.all([
    import('./repo.js'),
    import('./changes.js'),
  ]);
  const repo = await openRepo(root);
  const range = await resolveRange(repo, base);
  const changes = await changedFiles(repo, range);
  return changes.filter((c) => c.status !== 'deleted').map((c) => c.file);
}
