import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import type { Workspace } from '../workspace/workspace.js';

/**
 * Where reg keeps its cache: the folder the policy names (`cache.dir`), else under the
 * repository's git folder, so that it is never committed, else `.reg-cache` in the
 * workspace. The folder is made when the cache is first written.
 */
export function cacheFolder(ws: Workspace): string {
  const named = ws.policy.cache?.dir;
  if (named !== undefined) return namedFolder(ws.root, named);
  try {
    const out = execFileSync('git', ['rev-parse', '--absolute-git-dir'], {
      cwd: ws.root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return join(out.trim(), 'regkit');
  } catch {
    return resolve(ws.root, '.reg-cache');
  }
}

/** The policy checks keep the name inside the workspace; a link must not lead out either. */
function namedFolder(root: string, dir: string): string {
  const folder = resolve(root, dir);
  const real = realPathOf(folder);
  const rel = relative(realpathSync(root), real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new UserError(t('cache.outside', { dir, real }), t('cache.outside.hint'));
  }
  return folder;
}

/** The real path of a folder that may not exist yet: its nearest existing parent's, resolved. */
function realPathOf(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, path));
}
