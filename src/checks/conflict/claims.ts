import type { MergeRank } from '../../git/merge-order.js';
import type { Policy } from '../../model/policy.js';
import { blocks, protectionEndOf, stateOfRegistration } from '../../policy/derive.js';
import { dateOfDay, dayOf } from '../date/calendar.js';
import { stateInputs, type Facts } from '../facts.js';

/** What one registration claims for conflicts: a customer, product lines, a priority. */
export interface Claim {
  file: string;
  id: string;
  partner: string;
  submittedOn: string;
  /** A registration names one product line or a few: a list is searched faster than a set is made. */
  lines: readonly string[];
  name: string | undefined;
  /** The name with lookalike letters made Latin, which the similarity check compares. */
  lookalike: string | undefined;
  domain: string | undefined;
  number: string | undefined;
  /** Protects its customer against later registrations (active or expiring). */
  blocks: boolean;
  /** Still undecided or protected, so that a conflict matters to it. */
  open: boolean;
  /**
   * The last day of protection, as a day number (see `dayOf`), or as the date derive
   * works out where its dates are not plain (see `stateByDerive`); read by `protectionEndText`.
   */
  protectionEnd: number | string | undefined;
}

/** The last day a claim protects its customer, `YYYY-MM-DD`. */
export function protectionEndText(claim: Claim): string | undefined {
  const end = claim.protectionEnd;
  return typeof end === 'number' ? dateOfDay(end) : end;
}

/**
 * `today` as a day number, for `claimOf`; undefined where it is no plain date, which
 * sends every claim the way derive works its state out.
 */
export function dayOfToday(today: string): number | undefined {
  const day = dayOf(today);
  return day !== undefined && dateOfDay(day) === today ? day : undefined;
}

/** Day numbers that `dateOfDay` writes with four digits of year and compare as their dates do. */
const plainDays = [dayOf('0000-01-01') ?? 0, dayOf('9999-12-31') ?? 0] as const;

export function claimOf(
  facts: Facts,
  policy: Policy,
  today: string,
  todayDay: number | undefined = dayOfToday(today),
): Claim | undefined {
  const { id, partner, submittedOn } = facts;
  if (!facts.hasCustomer || !id || !partner || !submittedOn) return undefined;
  const state = stateOfFacts(facts, policy, today, todayDay);
  if (state === undefined) return undefined;

  return {
    file: facts.file,
    id,
    partner,
    submittedOn,
    lines: facts.lines,
    name: facts.name,
    lookalike: facts.lookalike,
    domain: facts.domain,
    number: facts.number,
    blocks: state.blocks,
    open: true,
    protectionEnd: state.end,
  };
}

interface OpenState {
  /** Active or expiring rather than pending. */
  blocks: boolean;
  end: number | string | undefined;
}

/**
 * The state of derive's `stateOfRegistration`, for the registration behind `facts`, or
 * undefined where it is closed or expired and so neither protects nor can be refused.
 * Conflict detection asks it of every registration, so a plain date is worked out in
 * day numbers, without the document and the date strings derive goes through; whether
 * a registration is expiring does not matter here. Anything else goes to derive.
 */
function stateOfFacts(
  facts: Facts,
  policy: Policy,
  today: string,
  todayDay: number | undefined,
): OpenState | undefined {
  const { outcome, decision } = facts;
  if (outcome === 'won' || outcome === 'lost' || outcome === 'withdrawn') return undefined;
  if (decision === 'rejected') return undefined;
  const start = facts.submittedOn === undefined ? undefined : dayOf(facts.submittedOn);
  const end =
    start === undefined ? undefined : start + policy.protection.days + facts.extensionDays;
  const plain =
    end === undefined || (Number.isInteger(end) && end >= plainDays[0] && end <= plainDays[1]);
  if (todayDay === undefined || !plain) {
    return stateByDerive(facts, policy, today);
  }
  if (decision === 'returned' || end === undefined) return { blocks: false, end };
  if (todayDay > end) return undefined;
  return { blocks: true, end };
}

function stateByDerive(facts: Facts, policy: Policy, today: string): OpenState | undefined {
  const reg = stateInputs(facts);
  const end = protectionEndOf(reg, policy);
  const state = stateOfRegistration(reg, policy, { today }, end);
  if (state !== 'pending' && !blocks(state)) return undefined;
  return { blocks: blocks(state), end };
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
  for (const line of a.lines) if (b.lines.includes(line)) return true;
  return false;
}
