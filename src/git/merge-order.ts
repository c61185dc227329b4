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
 * such a tie turns up. A file added more than once counts from its latest addition; a
 * file moved keeps the place of the file it was, also where git sees the move as a
 * deletion and an addition of the same name; a file HEAD does not hold (new in the
 * working tree, or deleted and made again) comes after every merged one. `undefined`
 * where the order is unknown: no git, no repository, no commit yet, or a shallow clone,
 * whose oldest commit would seem to add everything at once.
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
  commitsOf(out, prefix).forEach((changes, i) => {
    // A move git does not see as one (most of the file rewritten) is a deletion and an
    // addition of the same file name, the registration's id: it keeps its place too.
    const gone = new Map<string, number>();
    for (const { status, from, to } of changes) {
      const was = from === undefined ? undefined : rank.get(from);
      if (from !== undefined) rank.delete(from);
      if (status === 'D' && was !== undefined) gone.set(basename(from ?? ''), was);
      if (to !== undefined) rank.set(to, (status === 'R' ? was : undefined) ?? i + 1);
    }
    for (const { status, to } of changes) {
      const was = status === 'A' && to !== undefined ? gone.get(basename(to)) : undefined;
      if (to !== undefined && was !== undefined) rank.set(to, was);
    }
  });
  return (file) => rank.get(file) ?? Number.POSITIVE_INFINITY;
}

/** One file's change in a commit: what it was (`from`) and what it is (`to`). */
interface Change {
  status: 'A' | 'D' | 'R';
  from?: string;
  to?: string;
}

/**
 * The log's commits, oldest first, each as its changes to files of the workspace.
 * NUL-separated, newest first: a field `\x1e` starts a commit, then a status and its
 * paths per file. A path always starts with the folder asked for, so it is never the
 * mark itself, whatever characters it holds.
 */
function commitsOf(out: string, prefix: string): Change[][] {
  const inside = (path: string | undefined): string | undefined =>
    path !== undefined && path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
  const commits: Change[][] = [];
  const fields = out.split('\0');
  for (let at = 0; at < fields.length; at += 1) {
    const field = fields[at] ?? '';
    if (field === record) {
      commits.push([]);
      continue;
    }
    const status = field.replace(/^\n/, '').charAt(0);
    const changes = commits[commits.length - 1];
    if (status === 'R') {
      changes?.push({ status, from: inside(fields[at + 1]), to: inside(fields[at + 2]) });
      at += 2;
    } else if (status === 'A' || status === 'D') {
      const path = inside(fields[(at += 1)]);
      changes?.push(status === 'A' ? { status, to: path } : { status, from: path });
    }
  }
  return commits.reverse();
}
