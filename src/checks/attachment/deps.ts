import { get, list, str, type Doc } from '../../model/read.js';
import { resolveAttachment } from './resolve.js';

/**
 * How each attachment a registration lists resolves on disk: the one thing outside the
 * file itself that its own checks read, so a cached result holds only while these hold.
 */
export function attachmentDeps(root: string, reg: Doc | undefined): string[] {
  const out: string[] = [];
  for (const a of list(get(reg, 'attachments'))) {
    const path = str(get(a, 'path'));
    if (path !== undefined) out.push(dep(root, path));
  }
  return out;
}

/** Whether every recorded attachment still resolves as it did. */
export function depsHold(root: string, deps: readonly string[]): boolean {
  return deps.every((d) => dep(root, d.slice(0, d.indexOf('\0'))) === d);
}

function dep(root: string, path: string): string {
  const r = resolveAttachment(root, path);
  return `${path}\0${r.status === 'ok' ? `ok ${r.size}` : r.status}`;
}
