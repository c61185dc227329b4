import { posix } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';

/** The git repository that holds a workspace. */
export interface Repo {
  git: SimpleGit;
  /** Absolute path of the repository's top folder. */
  top: string;
  /** The workspace's folder inside the repository: '' or a path ending in '/'. */
  prefix: string;
}

const options = { trimmed: false, config: ['core.quotepath=off'] };

/** The repository around the workspace; git missing or no repository is a UserError. */
export async function openRepo(root: string): Promise<Repo> {
  const git = simpleGit({ ...options, baseDir: root });
  let out: string;
  try {
    out = await git.raw(['rev-parse', '--show-toplevel', '--show-prefix']);
  } catch (error) {
    throw openFailure(error, root);
  }
  const [top = root, prefix = ''] = out.split('\n');
  // From the top, every path git prints or reads is relative to the repository.
  return { git: simpleGit({ ...options, baseDir: top }), top, prefix };
}

/**
 * Stops a command that reads the history in a repository with no commit yet, whose
 * every git call would fail on HEAD in git's own words.
 */
export async function requireCommits(repo: Repo, command: string): Promise<void> {
  // simple-git takes a failure that prints nothing (--quiet) for success: the answer is
  // the commit printed, or nothing.
  const head = await repo.git
    .raw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])
    .catch(() => '');
  if (head.trim() === '') {
    throw new UserError(t('git.no-commits'), t('git.no-commits.hint', { command }));
  }
}

/**
 * Git for the same repository with its own environment. simple-git's `env` changes the
 * instance it is called on, so an environment set on `repo.git` would stay with every
 * later call of the run.
 */
export function gitWithEnv(repo: Repo, env: Record<string, string>): SimpleGit {
  return simpleGit({ ...options, baseDir: repo.top }).env(env);
}

/** The repository, or `undefined` when git is missing or the workspace is not in one. */
export async function findRepo(root: string): Promise<Repo | undefined> {
  try {
    return await openRepo(root);
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

/** Runs git; a failure becomes a UserError with git's own first line, never a stack. */
export async function runGit(repo: Repo, args: string[]): Promise<string> {
  try {
    return await repo.git.raw(args);
  } catch (error) {
    throw gitFailure(error, args);
  }
}

/** A repository path as a workspace path; outside the workspace it starts with `../`. */
export function toWorkspacePath(repo: Repo, repoPath: string): string {
  if (repoPath.startsWith(repo.prefix)) return repoPath.slice(repo.prefix.length);
  return posix.relative(repo.prefix, repoPath);
}

export function toRepoPath(repo: Repo, rel: string): string {
  return posix.normalize(`${repo.prefix}${rel}`);
}

function openFailure(error: unknown, root: string): UserError {
  const text = error instanceof Error ? error.message : String(error);
  if (/ENOENT/.test(text)) return new UserError(t('git.missing'), t('git.missing.hint'));
  if (/not a git repository/i.test(text)) {
    return new UserError(t('git.no-repo', { dir: root }), t('git.no-repo.hint'));
  }
  return gitFailure(error, ['rev-parse']);
}

function gitFailure(error: unknown, args: readonly string[]): UserError {
  const text = error instanceof Error ? error.message : String(error);
  if (/ENOENT/.test(text)) return new UserError(t('git.missing'), t('git.missing.hint'));
  const detail = text.split('\n').find((line) => line.trim() !== '') ?? text;
  const command = `git ${args[0] ?? ''}`;
  return new UserError(t('git.failed', { command, detail: detail.trim() }), t('git.failed.hint'));
}
