import { addDays } from '../checks/date/calendar.js';
import { isDate } from '../checks/date/future.js';
import type { Policy } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { get, list, num, str } from '../model/read.js';
import { calendarOf } from './calendar.js';
import { decideTier, type TierDecision } from './tier.js';

export const states = [
  'pending',
  'active',
  'expiring',
  'expired',
  'won',
  'lost',
  'withdrawn',
  'rejected',
] as const;
export type State = (typeof states)[number];

/** What follows from a registration and the policy; never written by hand. */
export interface Derived {
  tier: TierDecision;
  /** Approver groups the tier asks for (waivers and extra rules add more, see approvals). */
  approvers: string[];
  slaDue: string | undefined;
  autoApprove: boolean;
  protectionEnd: string | undefined;
  state: State;
}

export interface DeriveOptions {
  today: string;
  /** Whether the registration is on the base branch; unknown counts as merged. */
  merged?: boolean;
}

export function derive(
  reg: Partial<Registration>,
  policy: Policy,
  options: DeriveOptions,
): Derived {
  const tier = decideTier(reg, policy);
  const submitted = str(get(reg, 'submitted_on'));
  // A registration whose date is not one (a time added, say) is still reported on.
  const slaDue =
    submitted !== undefined && isDate(submitted)
      ? calendarOf(policy).addWorkingDays(submitted, tier.tier.sla_business_days)
      : undefined;
  const protectionEnd = protectionEndOf(reg, policy);
  return {
    tier,
    approvers: [...tier.tier.approvers],
    slaDue,
    autoApprove: tier.tier.auto_approve === true,
    protectionEnd,
    state: stateOf(reg, policy, protectionEnd, options),
  };
}

/**
 * submitted_on + the policy's protection days + the days of every extension; none where
 * that is no `YYYY-MM-DD` date (a year past 9999), so the registration stays pending.
 */
export function protectionEndOf(reg: Partial<Registration>, policy: Policy): string | undefined {
  const submitted = str(get(reg, 'submitted_on'));
  if (submitted === undefined || !plainDate.test(submitted)) return undefined;
  const end = addDays(submitted, policy.protection.days + extensionDaysOf(reg));
  return plainDate.test(end) ? end : undefined;
}

const plainDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The days a registration's extensions add. A count that is no whole number adds none:
 * the schema reports it, and the dates of every other registration are still worked out.
 * The total stops at a bound far past any date of four digits, so that it stays a whole
 * number however many huge counts there are, and reads the same once stored in facts.
 */
export function extensionDaysOf(reg: Partial<Registration> | undefined): number {
  return list(get(reg, 'extensions')).reduce<number>((sum, e) => {
    const days = num(get(e, 'days'));
    if (days === undefined || !Number.isSafeInteger(days)) return sum;
    return Math.max(-extensionBound, Math.min(extensionBound, sum + days));
  }, 0);
}

const extensionBound = 100_000_000;

/** The state alone, without the tier and SLA that derive() works out as well. */
export function stateOfRegistration(
  reg: Partial<Registration>,
  policy: Policy,
  options: DeriveOptions,
  protectionEnd: string | undefined = protectionEndOf(reg, policy),
): State {
  return stateOf(reg, policy, protectionEnd, options);
}

function stateOf(
  reg: Partial<Registration>,
  policy: Policy,
  protectionEnd: string | undefined,
  options: DeriveOptions,
): State {
  const outcome = str(get(get(reg, 'outcome'), 'status'));
  if (outcome === 'won' || outcome === 'lost' || outcome === 'withdrawn') return outcome;
  const decision = str(get(get(reg, 'decision'), 'status'));
  if (decision === 'rejected') return 'rejected';
  if (options.merged === false || decision === 'returned') return 'pending';
  if (protectionEnd === undefined) return 'pending';
  if (options.today > protectionEnd) return 'expired';
  const warning = addDays(protectionEnd, -policy.protection.warning_days);
  return options.today > warning ? 'expiring' : 'active';
}

/** States in which a registration protects its customer against other partners. */
export function blocks(state: State): boolean {
  return state === 'active' || state === 'expiring';
}
