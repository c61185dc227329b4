import { parseNameStatus, type ChangeStatus, type RawChange } from './name-status.js';
import { runGit, toWorkspacePath, type Repo } from './repo.js';
import { mergeBase, resolveCommit } from './shallow.js';

/** One file changed between the merge base and the head. */
export interface Change {
  status: ChangeStatus;
  /** Workspace-relative path at the head (for a deleted file: at the base). */
  file: string;
  /** Workspace-relative path at the base, for a renamed file. */
  from?: string;
}

/** What a pull request compares: the merge base of `--base` and the head. */
export interface Range {
  baseRef: string;
  headRef: string;
  /** The merge base commit: the registrations as they were before the change. */
  base: string;
  /** The head commit; `undefined` for the working tree (uncommitted files included). */
  head: string | undefined;
}

export async function resolveRange(repo: Repo, baseRef: string, headRef?: string): Promise<Range> {
  const baseTip = await resolveCommit(repo, baseRef, 'base');
  const head = await resolveCommit(repo, headRef ?? 'HEAD', 'head');
  const refs = { base: baseRef, head: headRef ?? 'HEAD' };
  const base = await mergeBase(repo, baseTip, head, refs);
  return { baseRef, headRef: refs.head, base, head: headRef === undefined ? undefined : head };
}

/**
 * Files changed between the range's ends, renames detected, in the whole repository:
 * CI files and CODEOWNERS may sit above a workspace in a subfolder.
 */
export async function changedFiles(repo: Repo, range: Range): Promise<Change[]> {
  const ends = range.head === undefined ? [range.base] : [range.base, range.head];
  const args = ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-color', ...ends];
  // Both look at every file of the working tree; they do so at the same time.
  const [out, added] = await Promise.all([
    runGit(repo, args),
    range.head === undefined ? untracked(repo) : [],
  ]);
  return [...parseNameStatus(out).map((c) => toWorkspace(repo, c)), ...added];
}

function toWorkspace(repo: Repo, raw: RawChange): Change {
  const file = toWorkspacePath(repo, raw.path);
  if (raw.from === undefined) return { status: raw.status, file };
  return { status: raw.status, file, from: toWorkspacePath(repo, raw.from) };
}

/** New files in the workspace not yet added to git, which a partner means to submit. */
async function untracked(repo: Repo): Promise<Change[]> {
  const scope = repo.prefix === '' ? '.' : repo.prefix;
  const args = ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', scope];
  const out = await runGit(repo, args);
  return out
    .split('\0')
    .filter((p) => p !== '')
    .map((path) => ({ status: 'added', file: toWorkspacePath(repo, path) }));
}
