import { UserError } from '../cli/errors.js';
import { findRepo, type Repo } from './repo.js';
import { resolveCommit } from './shallow.js';
import { filesAt } from './show.js';

/** The base branch when none is named: the current branch's upstream, else `main`. */
export async function defaultBase(repo: Repo): Promise<string> {
  const args = ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'];
  const out = await repo.git.raw(args).catch(() => '');
  const upstream = out.trim();
  return upstream === '' || upstream.startsWith('-') ? 'main' : upstream;
}

/** The base branch `defaultBase` names, as a commit of the repository around `root`. */
export interface FoundBase {
  repo: Repo;
  ref: string;
  commit: string;
}

/**
 * The base that says what is merged when none is named. Without git, a repository or
 * that branch in the clone there is none, and every registration counts as merged:
 * nothing then says otherwise.
 */
export async function findDefaultBase(root: string): Promise<FoundBase | undefined> {
  const repo = await findRepo(root);
  if (repo === undefined) return undefined;
  const ref = await defaultBase(repo);
  try {
    return { repo, ref, commit: await resolveCommit(repo, ref, 'base') };
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

/** As `reg list` decides: a registration not on the default base branch is not merged. */
export async function mergedOnDefaultBase(
  root: string,
): Promise<((rel: string) => boolean) | undefined> {
  const found = await findDefaultBase(root);
  if (found === undefined) return undefined;
  const onBase = await filesAt(found.repo, found.commit, 'registrations');
  return (rel) => onBase.has(rel);
}
