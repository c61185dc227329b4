// Where registrations live, judged by path alone. Nothing but types is imported here,
// so that a thread that only reads files can ask without loading the rest of regkit.

import type { Draft } from '../findings/finding.js';

export function isYaml(name: string): boolean {
  return (name.endsWith('.yaml') || name.endsWith('.yml')) && !name.startsWith('.');
}

/**
 * Whether `registrationFiles` would name a file at `rel`, judged by its path alone: a
 * file under registrations/, at any depth, with no part hidden.
 */
export function isRegistrationPath(rel: string): boolean {
  // Read in place: it is asked of every file git tracks.
  if (!rel.startsWith('registrations/')) return false;
  for (let at = 'registrations/'.length; at < rel.length;) {
    if (rel[at] === '.' || rel[at] === '/') return false;
    const slash = rel.indexOf('/', at);
    if (slash < 0) return true;
    at = slash + 1;
  }
  return false;
}

/**
 * Why a file `registrationFiles` names is no registration, if it is not: `folder` when
 * it is not directly in a partner's folder, `name` when its name is not a YAML file's.
 */
export function misplaced(rel: string): 'folder' | 'name' | undefined {
  const parts = rel.split('/');
  if (parts.length !== 3 || parts[0] !== 'registrations') return 'folder';
  return isYaml(parts[2] ?? '') ? undefined : 'name';
}

/** The `id.location` finding of a file out of place, whatever reads it; none for a registration. */
export function locationDraft(rel: string): Draft | undefined {
  const why = misplaced(rel);
  if (why === undefined) return undefined;
  const key = why === 'name' ? 'id.location.name' : 'id.location';
  return { rule: 'id.location', key, path: [], params: { file: rel } };
}
