import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { statKey } from '../load/source.js';

const run = promisify(execFile);

/**
 * A key per registration file that changes whenever its content may have: the git blob
 * id when the working tree matches the index (so a fresh clone in CI hits the cache),
 * else size and modification time. Files that vanish between listing and keying get no
 * key and are simply loaded.
 */
export async function fileKeys(
  root: string,
  rels: readonly string[],
): Promise<Map<string, string>> {
  // Tracked files not among `rels` stay in the map; they are never asked for.
  const keys = await trackedBlobs(root);
  for (const rel of rels) {
    if (keys.has(rel)) continue;
    const key = statKeyOf(join(root, rel));
    if (key !== undefined) keys.set(rel, key);
  }
  return keys;
}

// TODO(cache): a file rewritten within one mtime tick at the same size keeps its key;
// git guards against that case with its racy-index check, which this does not repeat.
function statKeyOf(abs: string): string | undefined {
  try {
    const s = statSync(abs);
    return statKey(s.size, s.mtimeMs, s.ino);
  } catch {
    return undefined;
  }
}

/**
 * Keys (`b:` and the blob id) of registrations whose working copy is what the index
 * holds; none outside git.
 */
async function trackedBlobs(root: string): Promise<Map<string, string>> {
  const git = (args: string[]): Promise<string> =>
    run('git', args, { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' }).then((r) => r.stdout);
  let staged: string;
  let modified: string;
  try {
    [staged, modified] = await Promise.all([
      git(['ls-files', '-s', '-v', '-z', '--', 'registrations']),
      git(['ls-files', '-m', '-z', '--', 'registrations']),
    ]);
  } catch {
    return new Map();
  }
  const dirty = new Set(modified.split('\0'));
  const out = new Map<string, string>();
  // Read in place rather than split per entry: at 100,000 files the copies cost more
  // than git takes to list them.
  for (let at = 0; at < staged.length;) {
    const end = staged.indexOf('\0', at);
    const stop = end < 0 ? staged.length : end;
    // <tag> SP <mode> SP <object> SP <stage> TAB <path>. Only tag H is a file git
    // watches: for one marked assume-unchanged (lower case) or skip-worktree (S), git
    // would not list an edit, so it is keyed by its size and time instead.
    const tab = staged.indexOf('\t', at);
    if (tab > at && tab < stop && staged.startsWith('H ', at) && staged.startsWith(' 0', tab - 2)) {
      const object = staged.indexOf(' ', at + 2) + 1;
      const rel = staged.slice(tab + 1, stop);
      // The files are hashed as git's SHA-1 blobs; in a SHA-256 repository no blob id
      // could match, so its files are keyed by size and time as outside git.
      if (object > 0 && tab - 2 - object === 40 && !dirty.has(rel)) {
        out.set(rel, `b:${staged.slice(object, tab - 2)}`);
      }
    }
    at = stop + 1;
  }
  return out;
}
