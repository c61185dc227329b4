import type { Policy } from '../../model/policy.js';
import { dice } from '../../policy/similarity.js';
import type { Facts } from '../facts.js';
import { claimOf, dayOfToday, type Claim, type MergedFirst } from './claims.js';
import {
  collides,
  exactFor,
  exactIndex,
  prepare,
  similarThreshold,
  tokensOf,
  type Conflict,
  type Prepared,
} from './detect.js';

/**
 * Conflicts of a few reported registrations (a pull request's) with all the others,
 * without working out the claim of every registration: a first pass over the facts
 * keeps those that share a key with a reported one, or could be similar to one, and
 * only those become claims. The comparison of similar names is exhaustive here, where
 * the index of a full run passes over tokens shared by very many names.
 */
export function conflictsOfFew(
  reported: readonly Facts[],
  inputs: readonly Facts[],
  policy: Policy,
  today: string,
  merged?: MergedFirst,
): Conflict[] {
  const todayDay = dayOfToday(today);
  const later = reported
    .map((f) => claimOf(f, policy, today, todayDay))
    .filter((c): c is Claim => c?.open === true)
    .map(prepare);
  if (later.length === 0) return [];
  const near = candidates(later);
  const earlier = inputs
    .filter((f) => near(f))
    .map((f) => claimOf(f, policy, today, todayDay))
    .filter((c): c is Claim => c?.blocks === true)
    .map(prepare);
  const exact = exactIndex(earlier);
  const out: Conflict[] = [];
  for (const one of later) {
    const found = exactFor(one, exact, merged);
    out.push(...found, ...similarTo(one, earlier, found, merged));
  }
  return out;
}

/**
 * Whether a registration could conflict with a reported one. For similar names: a Dice
 * score of t over m grams needs at least ⌈t/(2−t)·m⌉ of them shared, so a similar name
 * contains one of any m − ⌈t/(2−t)·m⌉ + 1 of them.
 */
function candidates(later: readonly Prepared[]): (f: Facts) => boolean {
  const keys = {
    number: new Set(later.map((p) => p.claim.number).filter((v) => v !== undefined)),
    domain: new Set(later.map((p) => p.claim.domain).filter((v) => v !== undefined)),
    name: new Set(later.map((p) => p.claim.name).filter((v) => v !== undefined)),
  };
  const jaccard = similarThreshold / (2 - similarThreshold);
  const probes = later.flatMap((p) => {
    const tokens = tokensOf(p);
    return tokens.slice(0, tokens.length - Math.ceil(jaccard * tokens.length - 1e-9) + 1);
  });
  return (f) =>
    (f.number !== undefined && keys.number.has(f.number)) ||
    (f.domain !== undefined && keys.domain.has(f.domain)) ||
    (f.name !== undefined && keys.name.has(f.name)) ||
    (f.lookalike !== undefined && probes.some((t) => (f.lookalike as string).includes(t)));
}

function similarTo(
  later: Prepared,
  earlier: readonly Prepared[],
  exact: readonly Conflict[],
  merged?: MergedFirst,
): Conflict[] {
  if (later.claim.name === undefined || later.claim.lookalike === undefined) return [];
  const out: Conflict[] = [];
  const tokens = tokensOf(later);
  for (const other of earlier) {
    const claim = other.claim;
    if (claim.lookalike === undefined || claim.name === later.claim.name) continue;
    if (other.digits !== later.digits || exact.some((c) => c.earlier === claim)) continue;
    const score = dice(tokens, tokensOf(other));
    if (score >= similarThreshold && collides(later.claim, claim, merged)) {
      out.push({ kind: 'similar', later: later.claim, earlier: claim, field: 'name', score });
    }
  }
  return out;
}
