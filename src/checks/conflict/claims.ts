import type { MergeRank } from '../../git/merge-order.js';
import type { Policy } from '../../model/policy.js';
import { blocks, protectionEndOf, stateOfRegistration } from '../../policy/derive.js';
import { stateInputs, type Facts } from '../facts.js';

/** What one registration claims for conflicts: a customer, product lines, a priority. */
export interface Claim {
  file: string;
  id: string;
  partner: string;
  submittedOn: string;
  lines: ReadonlySet<string>;
  name: string | undefined;
  /** The name with lookalike letters made Latin, which the similarity check compares. */
  lookalike: string | undefined;
  domain: string | undefined;
  number: string | undefined;
  /** Protects its customer against later registrations (active or expiring). */
  blocks: boolean;
  /** Still undecided or protected, so that a conflict matters to it. */
  open: boolean;
  protectionEnd: string | undefined;
}

export function claimOf(facts: Facts, policy: Policy, today: string): Claim | undefined {
  const { id, partner, submittedOn } = facts;
  if (!facts.hasCustomer || !id || !partner || !submittedOn) return undefined;

  const reg = stateInputs(facts);
  const protectionEnd = protectionEndOf(reg, policy);
  const state = stateOfRegistration(reg, policy, { today }, protectionEnd);
  const open = state === 'pending' || blocks(state);
  // A closed or expired registration neither protects nor can be refused: skip the keys.
  if (!open) return undefined;

  return {
    file: facts.file,
    id,
    partner,
    submittedOn,
    lines: new Set(facts.lines),
    name: facts.name,
    lookalike: facts.lookalike,
    domain: facts.domain,
    number: facts.number,
    blocks: blocks(state),
    open,
    protectionEnd,
  };
}

/**
 * The merge order of the registrations, asked for only when two dates are equal (see
 * git/merge-order.ts); `undefined` where it is unknown.
 */
export type MergedFirst = () => MergeRank | undefined;

/**
 * Whether `a` has priority over `b`: the earlier `submitted_on`; on the same day the one
 * merged first, where git knows the order; then the lower id and the file's path, so
 * that the answer never depends on the order the files were read in.
 */
export function before(a: Claim, b: Claim, merged?: MergedFirst): boolean {
  if (a.submittedOn !== b.submittedOn) return a.submittedOn < b.submittedOn;
  const rank = merged?.();
  if (rank) {
    const [ra, rb] = [rank(a.file), rank(b.file)];
    if (ra !== rb) return ra < rb;
  }
  if (a.id !== b.id) return a.id < b.id;
  // Two files of one id (a copy) still have an order, so that one of them is told.
  return a.file < b.file;
}

export function overlap(a: Claim, b: Claim): boolean {
  const [small, large] = a.lines.size <= b.lines.size ? [a.lines, b.lines] : [b.lines, a.lines];
  for (const line of small) if (large.has(line)) return true;
  return false;
}
