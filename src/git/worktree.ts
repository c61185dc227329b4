import { execFile } from 'node:child_process';

/**
 * Git's one look at a workspace's registrations and partner profiles in the working
 * tree, against the index (`ls-files -v -m -d -o`): each file whose working copy
 * differs or is gone (C), each one gone (R) and each file git does not track (?),
 * ignored or not. It is the part of a `--changed` run that reads every file's status
 * from disk; the list of changed files and the facts cache both need it, so a run
 * starts it once and hands it to both. Undefined where git cannot answer.
 */
export interface WorktreeLook {
  listing: Promise<string | undefined>;
  /**
   * The tree of `registrations/` that HEAD and the index held as the look began (see
   * `registrationsTree`), asked together with it: the cache trusts the look only for
   * that tree.
   */
  tree: Promise<string | undefined>;
}

export function lookAtWorktree(root: string): WorktreeLook {
  const tree = registrationsTree(root);
  const args = ['ls-files', '-v', '-m', '-d', '-o', '-z', '--', 'registrations', 'partners'];
  const listing = gitIn(root, args).catch(() => undefined);
  return { listing, tree };
}

/**
 * The tree of `registrations/` at HEAD when the index holds the same, else undefined:
 * outside git, before the first commit, or with changes staged.
 */
export async function registrationsTree(root: string): Promise<string | undefined> {
  try {
    const [listed] = await Promise.all([
      gitIn(root, ['ls-tree', 'HEAD', '--', 'registrations']),
      // Fails (exit 1) when anything under registrations/ is staged.
      gitIn(root, ['diff', '--cached', '--quiet', 'HEAD', '--', 'registrations']),
    ]);
    // <mode> SP <type> SP <object> TAB <path>. A tree: registrations/ as a link would
    // keep git from seeing the files behind it.
    const [mode, type, id] = listed.split('\t')[0]?.split(' ') ?? [];
    return mode === '040000' && type === 'tree' && /^[0-9a-f]{40,64}$/.test(id ?? '')
      ? id
      : undefined;
  } catch {
    return undefined;
  }
}

/** What a look at the working tree found, as paths relative to the workspace. */
export interface WorktreeState {
  /** Tracked files whose working copy differs from the index, or is gone. */
  touched: Set<string>;
  /** Tracked files gone from the working tree. */
  gone: Set<string>;
  /** Files git does not track, ignored ones included. */
  untracked: string[];
}

/**
 * The files of a look at the working tree whose paths start with `under`; undefined
 * for a tag no such listing should hold, which leaves the question to a slower way.
 */
export function worktreeState(listing: string, under = ''): WorktreeState | undefined {
  const state: WorktreeState = { touched: new Set(), gone: new Set(), untracked: [] };
  for (let at = 0; at < listing.length;) {
    const end = listing.indexOf('\0', at);
    const stop = end < 0 ? listing.length : end;
    if (listing.charCodeAt(at + 1) !== 0x20) return undefined;
    if (listing.startsWith(under, at + 2)) {
      const path = listing.slice(at + 2, stop);
      // In lower case for a file assumed unchanged.
      const tag = listing.charAt(at).toUpperCase();
      if (tag === 'C') state.touched.add(path);
      else if (tag === 'R') state.gone.add(path);
      else if (tag === '?') state.untracked.push(path);
      else return undefined;
    }
    at = stop + 1;
  }
  return state;
}

/** Those of `paths` (files git does not track) that git is told to ignore. */
export function ignoredOf(
  root: string,
  paths: readonly string[],
): Promise<Set<string> | undefined> {
  if (paths.length === 0) return Promise.resolve(new Set());
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      ['check-ignore', '-z', '--stdin'],
      options(root),
      (error, stdout) => {
        // Exit 1 says that none is ignored; anything else is a failure.
        if (error && error.code !== 1) resolve(undefined);
        else resolve(new Set(stdout.split('\0').filter((path) => path !== '')));
      },
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(paths.map((path) => `${path}\0`).join(''));
  });
}

export function gitIn(root: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, options(root), (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
}

function options(root: string): { cwd: string; maxBuffer: number; encoding: 'utf8' } {
  return { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' };
}
