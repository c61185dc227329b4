import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** Workspace-relative paths of partner profiles: partners/<id>.yaml. */
export function partnerFiles(root: string): string[] {
  return yamlIn(root, 'partners').map((name) => `partners/${name}`);
}

/**
 * The registrations of a run, listed once when first asked for (`list`), or told by
 * whoever learnt them otherwise (`listed`); `count` says how many, for a progress bar.
 */
export interface RegistrationList {
  list: () => string[];
  listed: (count: number) => void;
  count: () => number;
}

export function registrationList(root: string): RegistrationList {
  let rels: string[] | undefined;
  let known = 0;
  return {
    list: () => {
      rels ??= registrationFiles(root);
      known = rels.length;
      return rels;
    },
    listed: (count) => {
      known = count;
    },
    count: () => known,
  };
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

/**
 * Whether `registrationFiles` would name a file at `rel`, judged by its path alone: a
 * YAML file in a partner's folder, or directly in registrations/, with no part hidden.
 */
export function isRegistrationPath(rel: string): boolean {
  // Read in place: it is asked of every file git tracks.
  if (!rel.startsWith('registrations/')) return false;
  const start = 'registrations/'.length;
  const slash = rel.indexOf('/', start);
  if (slash < 0) return isYaml(rel.slice(start));
  return (
    rel.indexOf('/', slash + 1) < 0 &&
    rel[start] !== '.' &&
    slash > start &&
    isYaml(rel.slice(slash + 1))
  );
}
