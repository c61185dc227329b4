import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';

/**
 * The ids git already knows to be taken on the code host, without asking it: those of the
 * remote-tracking `registration/<ID>` branches (other submissions, fetched by `reg submit`
 * or `git fetch`) and the partner's files on each remote's base branch as last fetched
 * (`reg update` fetches it), which the working tree may not hold yet. Only local refs are
 * read, so this works offline; no git, no repository or no remote gives none.
 */
export function knownIds(root: string, partner: string): string[] {
  const refs = run(root, ['for-each-ref', '--format=%(refname)%00%(symref)', 'refs/remotes/']);
  if (refs === undefined) return [];
  const ids: string[] = [];
  const heads = new Map<string, string>();
  const mains = new Map<string, string>();
  for (const line of refs.split('\n')) {
    const [ref = '', symref = ''] = line.split('\0');
    const branch = /^refs\/remotes\/.+\/registration\/([^/]+)$/.exec(ref);
    if (branch?.[1]) ids.push(branch[1]);
    const remote = /^refs\/remotes\/(.+)\/(HEAD|main)$/.exec(ref);
    if (remote?.[1] && remote[2] === 'HEAD' && symref !== '') heads.set(remote[1], symref);
    if (remote?.[1] && remote[2] === 'main') mains.set(remote[1], ref);
  }
  // A remote's default branch when git knows it, else its main, as `reg submit` takes it.
  const bases = new Set(heads.values());
  for (const [remote, ref] of mains) if (!heads.has(remote)) bases.add(ref);
  for (const base of bases) ids.push(...filesOn(root, base, partner));
  return ids;
}

/** The ids of the partner's registration files on `ref`; paths are relative to `root`. */
function filesOn(root: string, ref: string, partner: string): string[] {
  const out = run(root, ['ls-tree', '-z', '--name-only', ref, '--', `registrations/${partner}/`]);
  if (out === undefined) return [];
  return out
    .split('\0')
    .map((path) => /^(.+)\.ya?ml$/.exec(posix.basename(path))?.[1])
    .filter((id): id is string => id !== undefined);
}

function run(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 30,
    });
  } catch {
    return undefined;
  }
}
