import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';

export type Resolved =
  | { status: 'outside' }
  | { status: 'missing' }
  | { status: 'ok'; abs: string; size: number };

/**
 * Where an attachment path leads. It must stay inside the workspace as written and
 * after symbolic links are followed, so that CI never reads or publishes a file from
 * elsewhere on the machine.
 */
export function resolveAttachment(root: string, written: string): Resolved {
  const path = written.replace(/\\/g, '/');
  if (isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.includes('\0')) return { status: 'outside' };
  const normal = posix.normalize(path);
  if (normal === '..' || normal.startsWith('../')) return { status: 'outside' };

  const abs = join(root, normal);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return { status: 'missing' };
  }
  if (!inside(realpathSync(root), real)) return { status: 'outside' };
  const stat = statSync(real);
  if (!stat.isFile()) return { status: 'missing' };
  return { status: 'ok', abs: real, size: stat.size };
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
