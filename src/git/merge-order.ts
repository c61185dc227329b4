import { execFileSync } from 'node:child_process';

/** Where a registration came onto HEAD's first-parent line: a lower number came first. */
export type MergeRank = (file: string) => number;

const record = '\x1e';

/**
 * The order in which the workspace's registrations were merged, for the rule that of two
 * registrations of one customer submitted on the same day the one merged first wins. It
 * is one `git log` of the registrations folder along HEAD's first parent, made only when
 * such a tie turns up. A file added more than once counts from its latest addition, and
 * a file HEAD does not hold (new in the working tree) comes after every merged one.
 * `undefined` where the order is unknown: no git, no repository, no commit yet, or a
 * shallow clone, whose oldest commit would seem to add everything at once.
 */
export function mergeOrder(root: string): MergeRank | undefined {
  const git = (args: string[]): string =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 30,
    });
  let prefix: string;
  let out: string;
  try {
    const [shallow = '', inside = ''] = git([
      'rev-parse',
      '--is-shallow-repository',
      '--show-prefix',
    ]).split('\n');
    if (shallow.trim() === 'true') return undefined;
    prefix = inside.trim();
    // Newest first; each commit is a record of the files it added, NUL-separated.
    const args = ['log', '--first-parent', '--no-renames', '--diff-filter=A', '--name-only'];
    // `%x1e`, as git reads a format without a placeholder as the name of one of its own.
    out = git([...args, '-z', '--format=%x1e', 'HEAD', '--', 'registrations/']);
  } catch {
    return undefined;
  }
  const commits = out.split(record).slice(1);
  const rank = new Map<string, number>();
  commits.forEach((names, i) => {
    for (const name of names.split('\0')) {
      const path = name.replace(/^\n/, '');
      if (path === '' || !path.startsWith(prefix)) continue;
      const file = path.slice(prefix.length);
      if (!rank.has(file)) rank.set(file, commits.length - i);
    }
  });
  return (file) => rank.get(file) ?? Number.POSITIVE_INFINITY;
}
