import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';

const { basename } = posix;

/** Where a registration came onto HEAD's first-parent line: a lower number came first. */
export type MergeRank = (file: string) => number;

const record = '\x1e';

/**
 * The order in which the workspace's registrations were merged, for the rule that of two
 * registrations of one customer submitted on the same day the one merged first wins. It
 * is one `git log` of the registrations folder along HEAD's first parent, made only when
 * such a tie turns up. A file added more than once counts from its latest addition, a
 * file moved keeps the place of the file it was (also where git sees the move as a
 * deletion and an addition of the same name), and a file HEAD does not hold (new in the
 * working tree, or deleted and made again) comes after every merged one. `undefined` where the order is
 * unknown: no git, no repository, no commit yet, or a shallow clone, whose oldest commit
 * would seem to add everything at once.
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
    // Whatever the user's configuration: paths from the top, the root commit's files
    // too, no signatures in the way. `%x1e`, as git reads a format without a placeholder
    // as the name of one of its own.
    const settings = ['-c', 'diff.relative=false', '-c', 'log.showSignature=false'];
    const log = ['log', '--first-parent', '--root', '-M', '--diff-filter=ADR', '--name-status'];
    out = git([...settings, ...log, '-z', '--format=%x1e', 'HEAD', '--', 'registrations/']);
  } catch {
    return undefined;
  }
  const rank = new Map<string, number>();
  const inside = (path: string | undefined): string | undefined =>
    path !== undefined && path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
  // Newest first, NUL-separated: a field `\x1e` starts a commit, then a status and its
  // paths per file. A path always starts with the folder asked for, so it is never the
  // mark itself, whatever characters it holds.
  const commits: string[][] = [];
  for (const field of out.split('\0')) {
    if (field === record) commits.push([]);
    else commits[commits.length - 1]?.push(field);
  }
  commits.reverse().forEach((fields, i) => {
    // A move git does not see as one (most of the file rewritten) is a deletion and an
    // addition of the same file name, the registration's id: it keeps its place too.
    const gone = new Map<string, number>();
    for (let at = 0; at < fields.length; at += 1) {
      const status = (fields[at] ?? '').replace(/^\n/, '');
      if (status.startsWith('R')) {
        const from = inside(fields[(at += 1)]);
        const to = inside(fields[(at += 1)]);
        if (to === undefined) continue;
        rank.set(to, (from === undefined ? undefined : rank.get(from)) ?? i + 1);
        if (from !== undefined) rank.delete(from);
        continue;
      }
      const file = inside(fields[(at += 1)]);
      if (file === undefined) continue;
      if (status.startsWith('D')) {
        const was = rank.get(file);
        if (was !== undefined) gone.set(basename(file), was);
        rank.delete(file);
      } else if (status.startsWith('A')) {
        rank.set(file, i + 1);
      }
    }
    for (let at = 0; at < fields.length; at += 1) {
      const status = (fields[at] ?? '').replace(/^\n/, '');
      if (status.startsWith('R')) at += 2;
      else if (status.startsWith('A')) {
        const file = inside(fields[(at += 1)]);
        const was = file === undefined ? undefined : gone.get(basename(file));
        if (file !== undefined && was !== undefined) rank.set(file, was);
      } else at += 1;
    }
  });
  return (file) => rank.get(file) ?? Number.POSITIVE_INFINITY;
}
