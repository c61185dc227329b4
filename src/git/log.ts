import { runGit, toRepoPath, toWorkspacePath, type Repo } from './repo.js';

/** One commit that touched a file, with the file's path in that commit. */
export interface FileCommit {
  commit: string;
  /** ISO 8601 in UTC. */
  time: string;
  author: string;
  email: string;
  subject: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Workspace-relative path of the file after this commit (before it, when deleted). */
  file: string;
  from?: string;
}

const record = '\x1e';
const unit = '\x1f';
// A commit message may hold the separators too; a record starts only where a hash follows.
// eslint-disable-next-line no-control-regex -- git's separators are control characters
const recordStart = /\x1e(?=[0-9a-f]{40,64}\x1f)/;

/** Every commit that touched the file, oldest first, following renames. */
export async function fileLog(repo: Repo, rel: string): Promise<FileCommit[]> {
  const format = `--format=${record}%H${unit}%at${unit}%an${unit}%ae${unit}%s`;
  const args = [
    'log',
    '--follow',
    '--topo-order',
    '--name-status',
    '-z',
    '-M',
    '--no-color',
    format,
  ];
  const out = await runGit(repo, [...args, 'HEAD', '--', toRepoPath(repo, rel)]);
  const newestFirst = out
    .split(recordStart)
    .map((chunk) => parseCommit(chunk, repo))
    .filter((c): c is Parsed => c !== undefined);
  // A registration started as a near copy of another (the same template, the same
  // customer) is taken by --follow for that one's copy, and its history would go on with
  // the other's commits and authors. Its own history starts where it was copied.
  const copied = newestFirst.findIndex((c) => c.copied);
  const own = copied < 0 ? newestFirst : newestFirst.slice(0, copied + 1);
  return own.map(({ copied: _copied, ...commit }) => commit).reverse();
}

type Parsed = FileCommit & { copied?: boolean };

function parseCommit(chunk: string, repo: Repo): Parsed | undefined {
  const end = chunk.indexOf('\0');
  if (end < 0) return undefined;
  const [commit = '', seconds = '0', author = '', email = '', ...rest] = chunk
    .slice(0, end)
    .split(unit);
  const subject = rest.join(unit);
  const fields = chunk
    .slice(end + 1)
    .replace(/^\n/, '')
    .split('\0');
  const code = fields[0]?.charAt(0) ?? '';
  const time = new Date(Number(seconds) * 1000).toISOString();
  const base = { commit, time, author, email, subject };
  if (code === 'C') {
    const file = toWorkspacePath(repo, fields[2] ?? '');
    return { ...base, status: 'added', file, copied: true };
  }
  if (code === 'R') {
    const from = toWorkspacePath(repo, fields[1] ?? '');
    return { ...base, status: 'renamed', from, file: toWorkspacePath(repo, fields[2] ?? '') };
  }
  const status = code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified';
  return { ...base, status, file: toWorkspacePath(repo, fields[1] ?? '') };
}

/** The last path a registration had in the history, for one that is no longer on disk. */
export async function lastPathOf(repo: Repo, id: string): Promise<string | undefined> {
  const spec = `:(glob)${toRepoPath(repo, 'registrations')}/*/${id}.y*ml`;
  const out = await runGit(repo, [
    'log',
    '-1',
    '--format=',
    '--name-only',
    '-z',
    'HEAD',
    '--',
    spec,
  ]);
  const path = out.replace(/^\n+/, '').split('\0')[0];
  return path === undefined || path === '' ? undefined : toWorkspacePath(repo, path);
}
