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
export async function fileKeys(root: string, rels: readonly string[]): Promise<Map<string, string>> {
  const blobs = await trackedBlobs(root);
  const keys = new Map<string, string>();
  for (const rel of rels) {
    const blob = blobs.get(rel);
    const key = blob === undefined ? statKeyOf(join(root, rel)) : `b:${blob}`;
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

/** Blob ids of registrations whose working copy is what the index holds; none outside git. */
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
  for (const entry of staged.split('\0')) {
    // <tag> SP <mode> SP <object> SP <stage> TAB <path>. Only tag H is a file git
    // watches: for one marked assume-unchanged (lower case) or skip-worktree (S), git
    // would not list an edit, so it is keyed by its size and time instead.
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [tag, , blob, stage] = entry.slice(0, tab).split(' ');
    const rel = entry.slice(tab + 1);
    if (tag === 'H' && blob !== undefined && stage === '0' && !dirty.has(rel)) out.set(rel, blob);
  }
  return out;
}
