import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { get, list, str, type Doc } from '../model/read.js';

/**
 * The files that belong to one registration, workspace-relative: the registration, the
 * attachments it lists, and everything in its own attachments folder.
 */
export function registrationFiles(root: string, rel: string, data: Doc | undefined): string[] {
  const out = new Set<string>([rel]);
  for (const attachment of list(get(data, 'attachments'))) {
    const path = str(get(attachment, 'path'));
    const inside = path === undefined ? undefined : insideWorkspace(root, path);
    if (inside && existsSync(join(root, inside)) && statSync(join(root, inside)).isFile())
      out.add(inside);
  }
  const partner = str(data?.partner);
  const id = str(data?.id);
  if (partner && id) for (const file of walk(root, `attachments/${partner}/${id}`)) out.add(file);
  return [...out].sort();
}

function insideWorkspace(root: string, path: string): string | undefined {
  if (isAbsolute(path)) return undefined;
  const rel = relative(root, join(root, normalize(path)))
    .split(sep)
    .join('/');
  return rel.startsWith('..') || rel === '' ? undefined : rel;
}

function walk(root: string, folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const rel = `${folder}/${e.name}`;
    if (e.isDirectory()) return walk(root, rel);
    return e.isFile() ? [rel] : [];
  });
}
