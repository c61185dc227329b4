import { simpleGit, type SimpleGit } from 'simple-git';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';

// TODO(report): the git branch brings src/git/ (repository, changed files, the commit that
// added each registration); switch to it once it is on main and drop this module.

/** The git repository around a workspace, with the workspace's folder inside it. */
export interface History {
  git: SimpleGit;
  /** '' or a path ending in '/': where the workspace sits in the repository. */
  prefix: string;
}

export async function openHistory(root: string): Promise<History> {
  const git = simpleGit({ baseDir: root, trimmed: false, config: ['core.quotepath=off'] });
  try {
    const out = await git.raw(['rev-parse', '--show-prefix']);
    return { git, prefix: out.trim() };
  } catch (error) {
    throw failure(error, 'rev-parse');
  }
}

/** The repository, or `undefined` when the workspace is not in one. */
export async function maybeHistory(root: string): Promise<History | undefined> {
  return openHistory(root).catch(() => undefined);
}

export async function gitRaw(h: History, args: string[]): Promise<string> {
  try {
    return await h.git.raw(args);
  } catch (error) {
    throw failure(error, args[0] ?? '');
  }
}

/** Workspace-relative files under `folder` in commit `ref`. */
export async function filesAt(h: History, ref: string, folder: string): Promise<Set<string>> {
  const out = await gitRaw(h, ['ls-tree', '-r', '-z', '--name-only', ref, '--', `${folder}/`]);
  return new Set(split0(out).map((p) => p));
}

/** Registrations changed since the merge base with `base`, the working tree included. */
export async function changedSince(h: History, base: string): Promise<string[]> {
  const fork = (await gitRaw(h, ['merge-base', base, 'HEAD'])).trim();
  const args = ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', '--relative'];
  const diff = await gitRaw(h, [...args, fork]);
  const fresh = await gitRaw(h, ['ls-files', '-z', '--others', '--exclude-standard']);
  const files = [...split0(diff), ...split0(fresh)].filter((f) => f.startsWith('registrations/'));
  return [...new Set(files)].sort();
}

/**
 * When each registration came onto `ref`: the first-parent commit that added it (the
 * merge of its pull request), as a UTC date. One `git log` for the whole folder.
 */
export async function approvalDates(h: History, ref: string): Promise<Map<string, string>> {
  const args = ['log', '--first-parent', '--no-renames', '--diff-filter=A', '--name-only', '-z'];
  const out = await gitRaw(h, [
    ...args,
    '--relative',
    '--format=%x1e%cI',
    ref,
    '--',
    'registrations/',
  ]);
  const found = new Map<string, string>();
  for (const chunk of out.split('\x1e')) {
    const [head = '', ...names] = chunk.split('\n');
    const date = head.slice(0, 10);
    for (const name of names.join('\n').split('\0')) {
      const file = name.trim();
      if (file !== '' && !found.has(file)) found.set(file, date);
    }
  }
  return found;
}

export function split0(out: string): string[] {
  return out.split('\0').filter((p) => p !== '');
}

function failure(error: unknown, command: string): UserError {
  const text = error instanceof Error ? error.message : String(error);
  if (/ENOENT/.test(text)) return new UserError(t('report.git.missing'), t('report.git.hint'));
  const detail =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? text;
  return new UserError(
    t('report.git.failed', { command: `git ${command}`, detail }),
    t('report.git.hint'),
  );
}
