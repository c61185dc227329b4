import type { Repo } from './repo.js';

/**
 * Whether commit `a` is `b` or one of its ancestors; both are full object names. Not
 * `merge-base --is-ancestor`: it answers by exit code alone, which simple-git does not
 * report as a failure.
 */
export async function isAncestor(repo: Repo, a: string, b: string): Promise<boolean> {
  const base = await repo.git.raw(['merge-base', a, b]).catch(() => '');
  return base.trim() !== '' && base.trim() === a;
}
