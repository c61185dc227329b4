import type { Repo } from './repo.js';

/** The base branch when none is named: the current branch's upstream, else `main`. */
export async function defaultBase(repo: Repo): Promise<string> {
  const args = ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'];
  const out = await repo.git.raw(args).catch(() => '');
  const upstream = out.trim();
  return upstream === '' || upstream.startsWith('-') ? 'main' : upstream;
}
