import { UserError } from '../cli/errors.js';
import type { Globals } from '../cli/globals.js';
import { openRepo, type Repo } from '../git/repo.js';
import { t } from '../i18n/index.js';
import { defaultBase, fetchBase, remoteUrl } from '../submit/git.js';
import { fastForward } from '../submit/update.js';
import { findRoot } from '../workspace/find.js';

export interface UpdateFlags {
  remote?: string;
  base?: string;
}

/**
 * `reg update`: brings the approved registrations (the base branch as the code host has
 * it) into the partner's copy, including those the partner sent, which `reg submit` left
 * untracked in the working tree. Only the workspace's root is looked for: a policy
 * that does not load here may be what the update brings in fixed.
 */
export async function updateCommand(flags: UpdateFlags, g: Globals): Promise<number> {
  const repo = await openRepo(findRoot(g.cwd));
  const remote = flags.remote ?? (await defaultRemote(repo));
  await remoteUrl(repo, remote);
  const base = flags.base ?? (await defaultBase(repo, remote));
  const branch = await currentBranch(repo, base);
  await ensureTracks(repo, branch, remote, base);
  const target = await fetchBase(repo, remote, base);
  const done = await fastForward(repo, branch, target);
  const from = `${remote}/${base}`;
  const lines =
    done.commits === 0
      ? [t('update.current', { branch, from })]
      : [t('update.done', { branch, from, commits: done.commits, count: done.files.length })];
  if (done.adopted.length > 0) {
    lines.push(t('update.adopted', { branch, count: done.adopted.length }));
    lines.push(...done.adopted.map((p) => `  ${p}`));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** Where approved registrations are merged: `upstream` in a fork, else `origin`. */
async function defaultRemote(repo: Repo): Promise<string> {
  const names = (await repo.git.getRemotes()).map((r) => r.name);
  return names.includes('upstream') ? 'upstream' : 'origin';
}

async function currentBranch(repo: Repo, base: string): Promise<string> {
  const name = await repo.git.raw(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '');
  if (name.trim() === '') {
    throw new UserError(t('update.detached'), t('update.detached.hint', { base }));
  }
  return name.trim();
}

/**
 * The branch checked out must be the base itself or follow it: moving some other branch
 * to the base would lose what that branch is for.
 */
async function ensureTracks(
  repo: Repo,
  branch: string,
  remote: string,
  base: string,
): Promise<void> {
  if (branch === base) return;
  const upstream = await repo.git
    .raw(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'])
    .catch(() => '');
  if (upstream.trim() === `${remote}/${base}`) return;
  throw new UserError(
    t('update.other-branch', { branch, base }),
    t('update.other-branch.hint', { base }),
  );
}
