import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { runGit, type Repo } from './repo.js';

/**
 * CI checks out one commit without history by default. Every git question regkit asks
 * goes through here first, so that a missing ref or a too shallow clone is explained
 * (which fetch is missing) instead of surfacing as git's own error.
 */
export async function isShallow(repo: Repo): Promise<boolean> {
  const out = await runGit(repo, ['rev-parse', '--is-shallow-repository']);
  return out.trim() === 'true';
}

/**
 * The commits at which a shallow clone's history stops: git shows each as if it had no
 * parent, so every file it holds looks added there. Empty in a full clone; `undefined`
 * when the clone is shallow but its list of those commits cannot be read.
 */
export async function shallowEnds(repo: Repo): Promise<Set<string> | undefined> {
  if (!(await isShallow(repo))) return new Set();
  const file = (await runGit(repo, ['rev-parse', '--git-path', 'shallow'])).trim();
  const text = await readFile(resolve(repo.top, file), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  return new Set(text.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line)));
}

/** Refuses a ref that git would read as one of its options (`--output=FILE`, say). */
export function refuseOptionRef(ref: string, name = ref): void {
  if (ref.startsWith('-'))
    throw new UserError(t('git.bad-ref', { ref: name }), t('git.bad-ref.hint'));
}

/** The commit a ref names; `origin/<ref>` is tried too, as CI has no local branch. */
export async function resolveCommit(
  repo: Repo,
  ref: string,
  role: 'base' | 'head',
): Promise<string> {
  refuseOptionRef(ref);
  for (const candidate of [ref, `origin/${ref}`]) {
    const sha = await verify(repo, candidate);
    if (sha !== undefined) return sha;
  }
  const shallow = await isShallow(repo);
  const roleName = t(role === 'base' ? 'git.role.base' : 'git.role.head');
  const params = { ref, role: roleName, branch: branchOf(ref) };
  if (shallow) throw new UserError(t('git.ref-shallow', params), t('git.ref-shallow.hint', params));
  throw new UserError(t('git.ref-missing', params), t('git.ref-missing.hint', params));
}

/** The merge base of two commits; a shallow clone that does not reach it is explained. */
export async function mergeBase(
  repo: Repo,
  base: string,
  head: string,
  refs: RefNames,
): Promise<string> {
  const out = await repo.git.raw(['merge-base', base, head]).catch(() => '');
  const sha = out.trim();
  if (sha !== '') return sha;
  const params = { base: refs.base, head: refs.head, branch: branchOf(refs.base) };
  if (await isShallow(repo)) {
    throw new UserError(t('git.base-shallow', params), t('git.base-shallow.hint', params));
  }
  throw new UserError(t('git.no-merge-base', params), t('git.no-merge-base.hint', params));
}

export interface RefNames {
  base: string;
  head: string;
}

async function verify(repo: Repo, ref: string): Promise<string | undefined> {
  const out = await repo.git
    .raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
    .catch(() => '');
  const sha = out.trim();
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

/** The branch to fetch for a ref, as `git fetch origin <branch>` wants it. */
export function branchOf(ref: string): string {
  return ref.replace(/^(?:refs\/remotes\/)?origin\//, '');
}
