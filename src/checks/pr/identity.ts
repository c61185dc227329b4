import type { Draft, Segment } from '../../findings/finding.js';
import { get } from '../../model/read.js';
import type { PrGuard, RegistrationChange } from './context.js';

/** The fields that say which deal a registration protects and since when. */
export const identityFields: readonly (readonly string[])[] = [
  ['id'],
  ['partner'],
  ['submitted_on'],
  ['customer', 'name'],
  ['customer', 'registration_number'],
  ['customer', 'domain'],
];

/**
 * After merge a registration keeps its identity: a changed customer would move the
 * protection to another deal, an earlier submitted_on would win conflicts it lost.
 */
export const prIdentity: PrGuard = {
  rules: ['pr.identity'],
  run({ registrations }) {
    return registrations.flatMap(changedIdentity);
  },
};

function changedIdentity({ change, before, after }: RegistrationChange): Draft[] {
  if (!before?.data || !after?.data) return [];
  const drafts: Draft[] = [];
  for (const path of identityFields) {
    const was = at(before.data, path);
    const now = at(after.data, path);
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    const params = { field: path.join('.'), was: shown(was), now: shown(now) };
    const backdated = path[0] === 'submitted_on' && earlier(now, was);
    const key = backdated ? 'pr.identity.backdated' : 'pr.identity';
    drafts.push({
      rule: 'pr.identity',
      key,
      file: change.file,
      path: [...path] as Segment[],
      at: 'value',
      params,
    });
  }
  return drafts;
}

function at(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((current, key) => get(current, key), value);
}

function earlier(now: unknown, was: unknown): boolean {
  return typeof now === 'string' && typeof was === 'string' && now < was;
}

function shown(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
