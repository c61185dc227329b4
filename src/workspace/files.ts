import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** Workspace-relative paths of partner profiles: partners/<id>.yaml. */
export function partnerFiles(root: string): string[] {
  return yamlIn(root, 'partners').map((name) => `partners/${name}`);
}

/** Workspace-relative paths of registrations: registrations/<partner>/<ID>.yaml. */
export function registrationFiles(root: string): string[] {
  const out: string[] = [];
  for (const dir of entries(join(root, 'registrations'))) {
    if (!dir.isDirectory() || dir.name.startsWith('.')) {
      if (dir.isFile() && isYaml(dir.name)) out.push(`registrations/${dir.name}`);
      continue;
    }
    for (const name of yamlIn(root, `registrations/${dir.name}`)) {
      out.push(`registrations/${dir.name}/${name}`);
    }
  }
  return out.sort();
}

function yamlIn(root: string, folder: string): string[] {
  return entries(join(root, folder))
    .filter((e) => e.isFile() && isYaml(e.name))
    .map((e) => e.name)
    .sort();
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

export function isYaml(name: string): boolean {
  return (name.endsWith('.yaml') || name.endsWith('.yml')) && !name.startsWith('.');
}
