import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { join } from 'node:path';
import { errorCode } from './error-code.js';
import { folderUnreadable } from './read-error.js';
import { isYaml, misplaced } from './place.js';

export { isRegistrationPath, isYaml, misplaced } from './place.js';

/** Workspace-relative paths of partner profiles: partners/<id>.yaml. */
export function partnerFiles(root: string): string[] {
  return entries(root, 'partners')
    .filter((e) => e.isFile() && isYaml(e.name))
    .map((e) => `partners/${e.name}`)
    .sort();
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

/**
 * Workspace-relative paths of every file in registrations/, at any depth: the
 * registrations (registrations/<partner>/<ID>.yaml) and whatever else was put there,
 * which the loader turns into an `id.location` finding (see `misplaced`). Listing only
 * the registrations would let a file in the wrong place pass CI unseen.
 *
 * Hidden files and folders (a name starting with a dot) are left out: `reg init` keeps
 * the empty folder in git with registrations/.gitkeep, and systems and editors drop
 * their own (.DS_Store, swap files) there. Links are listed and refused when
 * read; other special files are left out, as reading one could never end.
 */
export function registrationFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of entries(root, folder)) {
      if (entry.name.startsWith('.')) continue;
      const rel = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      // A link is listed, not followed: reading it refuses it (load/source.ts), so that it
      // is a finding rather than a file CI never looked at.
      else if (entry.isFile() || entry.isSymbolicLink()) out.push(rel);
    }
  };
  // registrations/ itself a link would have every registration read from wherever it
  // leads, out of the workspace too: refused as the links inside it are.
  if (isLinkAt(join(root, 'registrations'))) {
    throw new UserError(t('read.registrations-link'), t('read.registrations-link.hint'));
  }
  walk('registrations');
  return out.sort();
}

function isLinkAt(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The registrations proper, for commands that read them: the listing less what is astray. */
export function registrationsInPlace(root: string): string[] {
  return registrationFiles(root).filter((rel) => misplaced(rel) === undefined);
}

/**
 * A folder's entries; none when it is not there. A folder that is there but cannot be
 * read is a UserError: taken for empty, it would let a run pass without checking it.
 */
function entries(root: string, folder: string): Dirent[] {
  try {
    return readdirSync(join(root, folder), { withFileTypes: true });
  } catch (error) {
    // Gone, or never made: a workspace need not have every folder.
    if (errorCode(error) === 'ENOENT') return [];
    throw folderUnreadable(join(root, folder), error);
  }
}
