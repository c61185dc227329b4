import type { Policy } from '../../model/policy.js';
import { grams, nameSearch, type NameSearch } from '../../policy/similarity.js';
import type { Facts } from '../facts.js';
import { before, claimOf, dayOfToday, overlap, type Claim, type MergedFirst } from './claims.js';
import { conflictsOfFew } from './targeted.js';

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
  merged?: MergedFirst,
): Conflict[] {
  const wanted = inputs.filter((f) => reported(f.file));
  if (wanted.length * fewReported < inputs.length) {
    return conflictsOfFew(wanted, inputs, policy, today, merged);
  }
  const todayDay = dayOfToday(today);
  const prepared: Prepared[] = [];
  for (const input of inputs) {
    const claim = claimOf(input, policy, today, todayDay);
    if (claim) prepared.push(prepare(claim));
  }
  const protecting = prepared.filter((p) => p.claim.blocks);
  const exact = exactIndex(protecting);
  const names = nameIndexes(protecting);

  const out: Conflict[] = [];
  for (const later of prepared) {
    if (!later.claim.open || !reported(later.claim.file)) continue;
    const found = exactFor(later, exact, merged);
    out.push(...found);
    if (later.claim.name !== undefined) out.push(...similarFor(later, names, found, merged));
  }
  return out;
}

/**
 * Below one reported file in this many, the files are compared with the others one by
 * one (see targeted.ts) rather than through indexes of every registration.
 */
const fewReported = 50;

/** A claim with what the indexes need of it, worked out once. */
export interface Prepared {
  claim: Claim;
  digits: string;
  /** The name's grams, made when its group is first searched (see `tokensOf`). */
  grams: string[] | undefined;
}

/** A run that reports on a few files never makes the grams of names it does not compare. */
export function tokensOf(p: Prepared): string[] {
  const name = p.claim.lookalike ?? '';
  p.grams ??= name === '' ? [] : grams(name);
  return p.grams;
}

export function prepare(claim: Claim): Prepared {
  // Lookalike letters count as the letters they imitate, for similarity only.
  return { claim, digits: digitsOf(claim.lookalike ?? ''), grams: undefined };
}

const fields: readonly MatchedField[] = ['registration_number', 'domain', 'name'];

function keyOf(claim: Claim, field: MatchedField): string | undefined {
  return field === 'name' ? claim.name : field === 'domain' ? claim.domain : claim.number;
}

/**
 * The protecting claims by each of their normalised keys, a map per field. Nearly every
 * key is one claim's alone, and such a claim stands for itself rather than in a list.
 */
export type ExactIndex = Readonly<Record<MatchedField, Map<string, Claim | Claim[]>>>;

export function exactIndex(prepared: readonly Prepared[]): ExactIndex {
  const index: ExactIndex = { registration_number: new Map(), domain: new Map(), name: new Map() };
  for (const { claim } of prepared) {
    for (const field of fields) {
      const key = keyOf(claim, field);
      if (key === undefined) continue;
      const map = index[field];
      const bucket = map.get(key);
      if (bucket === undefined) map.set(key, claim);
      else if (Array.isArray(bucket)) bucket.push(claim);
      else map.set(key, [bucket, claim]);
    }
  }
  return index;
}

export function collides(later: Claim, earlier: Claim, merged?: MergedFirst): boolean {
  return (
    earlier !== later &&
    earlier.partner !== later.partner &&
    before(earlier, later, merged) &&
    overlap(earlier, later)
  );
}

const none: readonly Conflict[] = [];

export function exactFor(
  { claim: later }: Prepared,
  index: ExactIndex,
  merged?: MergedFirst,
): readonly Conflict[] {
  let out: Conflict[] | undefined;
  const consider = (earlier: Claim, field: MatchedField): void => {
    if (out?.some((c) => c.earlier === earlier) || !collides(later, earlier, merged)) return;
    (out ??= []).push({ kind: 'customer', later, earlier, field, score: 1 });
  };
  for (const field of fields) {
    const key = keyOf(later, field);
    const bucket = key === undefined ? undefined : index[field].get(key);
    if (bucket === undefined || bucket === later) continue;
    if (Array.isArray(bucket)) for (const earlier of bucket) consider(earlier, field);
    else consider(bucket, field);
  }
  return out ?? none;
}

/**
 * Names (with lookalike letters made Latin) are similar only when they hold the same numbers: 华东三厂 2 and 华东三厂 3 are
 * two companies. So names are indexed apart by their digits, which also keeps each
 * index small where names are numbered.
 */
function nameIndexes(
  prepared: readonly Prepared[],
): (later: Prepared) => NameSearch<Claim> | undefined {
  const groups = new Map<string, Prepared[]>();
  for (const p of prepared) {
    if (p.claim.lookalike === undefined) continue;
    const group = groups.get(p.digits);
    if (group) group.push(p);
    else groups.set(p.digits, [p]);
  }
  // Each group is indexed on its first search: a run that reports on a few files
  // indexes only the groups their names fall in.
  const built = new Map<string, NameSearch<Claim>>();
  return (later) => {
    const digits = later.digits;
    const items = groups.get(digits);
    // A name alone with its numbers has nothing to be similar to, and needs no grams.
    if (!items || (items.length === 1 && items[0] === later)) return undefined;
    let index = built.get(digits);
    if (!index) {
      index = nameSearch(
        items.map((p) => ({ item: p.claim, grams: tokensOf(p) })),
        similarThreshold,
      );
      built.set(digits, index);
    }
    return index;
  };
}

export function digitsOf(name: string): string {
  if (!/\p{Nd}/u.test(name)) return '';
  return (name.match(/\p{Nd}+/gu) ?? []).join(' ');
}

function similarFor(
  later: Prepared,
  names: (later: Prepared) => NameSearch<Claim> | undefined,
  exact: readonly Conflict[],
  merged?: MergedFirst,
): readonly Conflict[] {
  const index = names(later);
  if (!index) return none;
  const out: Conflict[] = [];
  for (const { item: earlier, score } of index.search(tokensOf(later), later.claim)) {
    if (earlier.name === later.claim.name || exact.some((c) => c.earlier === earlier)) continue;
    if (collides(later.claim, earlier, merged)) {
      out.push({ kind: 'similar', later: later.claim, earlier, field: 'name', score });
    }
  }
  return out;
}
