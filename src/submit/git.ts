import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../cli/errors.js';
import { gitWithEnv, type Repo } from '../git/repo.js';
import { t } from '../i18n/index.js';

/** The remote's address as configured, before any `insteadOf` rewriting. */
export async function remoteUrl(repo: Repo, remote: string): Promise<string> {
  const url = await repo.git.raw(['config', '--get', `remote.${remote}.url`]).catch(() => '');
  if (url.trim() === '') {
    const known = (await repo.git.getRemotes()).map((r) => r.name).join(', ') || '—';
    throw new UserError(t('submit.no-remote', { remote, known }), t('submit.no-remote.hint'));
  }
  return url.trim();
}

export interface Remote {
  remote: string;
  url: string;
}

/**
 * The remote the pull request goes into when the partner works in a fork: `--upstream`,
 * else a remote named `upstream` when there is one.
 */
export async function upstreamOf(
  repo: Repo,
  name: string | undefined,
): Promise<Remote | undefined> {
  if (name !== undefined) return { remote: name, url: await remoteUrl(repo, name) };
  const names = (await repo.git.getRemotes()).map((r) => r.name);
  return names.includes('upstream')
    ? { remote: 'upstream', url: await remoteUrl(repo, 'upstream') }
    : undefined;
}

/** The remote's default branch when git knows it, else `main`. */
export async function defaultBase(repo: Repo, remote: string): Promise<string> {
  const head = await repo.git
    .raw(['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`])
    .catch(() => '');
  const prefix = `refs/remotes/${remote}/`;
  return head.trim().startsWith(prefix) ? head.trim().slice(prefix.length) : 'main';
}

/**
 * Fetches the base so the branch starts from what the code host has now. The answer is
 * the remote-tracking ref the fetch writes, not FETCH_HEAD: a fetch that fails without a
 * word (which simple-git does not report) leaves FETCH_HEAD as an earlier fetch left it,
 * which may be a pull request's branch, where the tracking ref at worst is the base as
 * last fetched.
 */
export async function fetchBase(repo: Repo, remote: string, base: string): Promise<string> {
  try {
    return await fetchTracking(repo, remote, base);
  } catch (error) {
    throw new UserError(t('submit.base', { remote, base }), firstLine(error));
  }
}

/** Fetches a branch of the remote into its remote-tracking ref and gives its commit. */
async function fetchTracking(repo: Repo, remote: string, branch: string): Promise<string> {
  const ref = `refs/remotes/${remote}/${branch}`;
  await repo.git.raw(['fetch', '--quiet', remote, `+refs/heads/${branch}:${ref}`]);
  return (await repo.git.raw(['rev-parse', '--verify', `${ref}^{commit}`])).trim();
}

/** The tip of the branch on the remote when it is there: a registration sent before. */
export async function fetchExisting(
  repo: Repo,
  remote: string,
  branch: string,
): Promise<string | undefined> {
  if ((await remoteTip(repo, remote, branch)) === undefined) return undefined;
  // Into a ref of its own rather than FETCH_HEAD, as for the base (see fetchBase).
  try {
    return await fetchTracking(repo, remote, branch);
  } catch (error) {
    throw new UserError(t('submit.fetch-branch', { remote, branch }), firstLine(error));
  }
}

/** The commit `branch` points at on the remote now, asked without fetching. */
export async function remoteTip(
  repo: Repo,
  remote: string,
  branch: string,
): Promise<string | undefined> {
  // The full name: ls-remote matches a pattern against the end of each ref, so a bare
  // `registration/X` would also find `refs/heads/old/registration/X`.
  const listed = await repo.git
    .raw(['ls-remote', '--heads', remote, `refs/heads/${branch}`])
    .catch(() => '');
  const sha = listed.split('\t')[0]?.trim() ?? '';
  return sha === '' ? undefined : sha;
}

/**
 * A commit on top of `base` holding exactly the base's tree plus `paths` as they are in the
 * working tree. It is built in a temporary index, so the user's index, working tree and
 * current branch stay as they are.
 */
export async function commitOnly(
  repo: Repo,
  base: string,
  paths: string[],
  message: string,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'regkit-submit-'));
  const git = gitWithEnv(repo, { ...plainEnv(), GIT_INDEX_FILE: join(dir, 'index') });
  try {
    await git.raw(['read-tree', base]);
    await git.raw(['add', '--', ...paths]);
    const changed = (await git.raw(['diff', '--cached', '--name-only', base])).trim();
    if (changed === '') throw new UserError(t('submit.nothing'), t('submit.nothing.hint'));
    const tree = (await git.raw(['write-tree'])).trim();
    return (await git.raw(['commit-tree', tree, '-p', base, '-m', message])).trim();
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(t('submit.commit'), firstLine(error));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The local branch's commit, or `undefined` when there is none. A branch of that name that
 * `reg submit` did not make (its last subject is not `ours`) is refused, before anything
 * is pushed.
 */
export async function ownBranch(
  repo: Repo,
  branch: string,
  ours: string,
): Promise<string | undefined> {
  const ref = `refs/heads/${branch}`;
  const old = (
    await repo.git.raw(['rev-parse', '--verify', '--quiet', ref]).catch(() => '')
  ).trim();
  if (old === '') return undefined;
  const subject = (await repo.git.raw(['log', '-1', '--format=%s', old])).trim();
  if (!subject.startsWith(ours))
    throw new UserError(t('submit.branch-exists', { branch }), t('submit.branch-exists.hint'));
  return old;
}

/**
 * Points the local branch at what was pushed, from where `ownBranch` found it. It moves
 * only after the push, so that a refused push leaves it as it was.
 */
export async function moveBranch(
  repo: Repo,
  branch: string,
  commit: string,
  old: string | undefined,
): Promise<void> {
  const ref = `refs/heads/${branch}`;
  await repo.git.raw(['update-ref', ref, commit, ...(old ? [old] : [])]);
}

/** Pushes `commit` as `branch`; never forced, so a branch moved meanwhile refuses it. */
export async function push(
  repo: Repo,
  remote: string,
  commit: string,
  branch: string,
): Promise<void> {
  await repo.git.raw(['push', remote, `${commit}:refs/heads/${branch}`]);
}

/**
 * The environment for the temporary index, without the variables simple-git refuses to
 * pass on (editors, pagers, ssh and config overrides); none of them matter for a commit
 * built from the index.
 */
function plainEnv(): Record<string, string> {
  const git =
    'askpass|config.*|editor|exec_path|external_diff|pager|proxy_command|template_dir|' +
    'sequence_editor|ssh|ssh_command';
  const refused = new RegExp(`^(editor|pager|prefix|ssh_askpass|git_(${git}))$`, 'i');
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !refused.test(key)) out[key] = value;
  }
  return out;
}

/** git's own words for a failure: its first line, or with `all` its first six. */
export function firstLine(error: unknown, all = false): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (all ? lines.slice(0, 6).join(' | ') : lines[0]) ?? '';
}
