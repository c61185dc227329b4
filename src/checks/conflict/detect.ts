import type { Policy } from '../../model/policy.js';
import { nameSearch, type NameSearch } from '../../policy/similarity.js';
import type { Facts } from '../facts.js';
import { before, claimOf, overlap, type Claim } from './claims.js';

/** Names this close after normalisation, but not equal, are shown to the reviewer. */
export const similarThreshold = 0.8;

export type MatchedField = 'registration_number' | 'domain' | 'name';

/** A later registration that collides with an earlier, protecting one. */
export interface Conflict {
  kind: 'customer' | 'similar';
  later: Claim;
  earlier: Claim;
  field: MatchedField;
  /** Similarity of the normalised names, for `similar`. */
  score: number;
}

/**
 * Conflicts among registrations, through an index by normalised key (and a bigram
 * index for similar names): the cost grows with the number of registrations and of
 * matches, never with the number of pairs.
 */
export function detectConflicts(
  inputs: readonly Facts[],
  policy: Policy,
  today: string,
  reported: (file: string) => boolean = () => true,
): Conflict[] {
  const claims: Claim[] = [];
  for (const input of inputs) {
    const claim = claimOf(input, policy, today);
    if (claim) claims.push(claim);
  }
  const protecting = claims.filter((c) => c.blocks);
  const exact = exactIndex(protecting);
  const names = nameIndexes(protecting);

  const out: Conflict[] = [];
  for (const later of claims) {
    if (!later.open || !reported(later.file)) continue;
    const found = exactFor(later, exact);
    out.push(...found);
    if (later.name !== undefined) out.push(...similarFor(later, names, found));
  }
  return out;
}

const fields: readonly MatchedField[] = ['registration_number', 'domain', 'name'];

function keysOf(claim: Claim): [MatchedField, string][] {
  const values = { registration_number: claim.number, domain: claim.domain, name: claim.name };
  const out: [MatchedField, string][] = [];
  for (const field of fields) {
    const value = values[field];
    if (value !== undefined) out.push([field, `${field}:${value}`]);
  }
  return out;
}

function exactIndex(claims: readonly Claim[]): Map<string, Claim[]> {
  const index = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const [, key] of keysOf(claim)) {
      const bucket = index.get(key);
      if (bucket) bucket.push(claim);
      else index.set(key, [claim]);
    }
  }
  return index;
}

function collides(later: Claim, earlier: Claim): boolean {
  return (
    earlier !== later &&
    earlier.partner !== later.partner &&
    before(earlier, later) &&
    overlap(earlier, later)
  );
}

function exactFor(later: Claim, index: Map<string, Claim[]>): Conflict[] {
  const out = new Map<Claim, Conflict>();
  for (const [field, key] of keysOf(later)) {
    for (const earlier of index.get(key) ?? []) {
      if (out.has(earlier) || !collides(later, earlier)) continue;
      out.set(earlier, { kind: 'customer', later, earlier, field, score: 1 });
    }
  }
  return [...out.values()];
}

/**
 * Names are similar only when they hold the same numbers: 华东三厂 2 and 华东三厂 3 are
 * two companies. So names are indexed apart by their digits, which also keeps each
 * bigram index small where names are numbered.
 */
function nameIndexes(claims: readonly Claim[]): (digits: string) => NameSearch<Claim> | undefined {
  const groups = new Map<string, { item: Claim; name: string }[]>();
  for (const claim of claims) {
    if (claim.name === undefined) continue;
    const key = digitsOf(claim.name);
    const group = groups.get(key);
    if (group) group.push({ item: claim, name: claim.name });
    else groups.set(key, [{ item: claim, name: claim.name }]);
  }
  // Each group is indexed on its first search: a run that reports on a few files
  // indexes only the groups their names fall in.
  const built = new Map<string, NameSearch<Claim>>();
  return (digits) => {
    const items = groups.get(digits);
    if (!items) return undefined;
    let index = built.get(digits);
    if (!index) {
      index = nameSearch(items, similarThreshold);
      built.set(digits, index);
    }
    return index;
  };
}

function digitsOf(name: string): string {
  return (name.match(/\p{Nd}+/gu) ?? []).join(' ');
}

function similarFor(
  later: Claim,
  names: (digits: string) => NameSearch<Claim> | undefined,
  exact: readonly Conflict[],
): Conflict[] {
  const index = names(digitsOf(later.name ?? ''));
  if (!index) return [];
  const known = new Set(exact.map((c) => c.earlier));
  const out: Conflict[] = [];
  for (const { item: earlier, score } of index.search(later.name ?? '')) {
    if (earlier.name === later.name || known.has(earlier) || !collides(later, earlier)) continue;
    out.push({ kind: 'similar', later, earlier, field: 'name', score });
  }
  return out;
}
