import { addDays, daysBetween } from '../checks/date/calendar.js';
import type { Policy } from '../model/policy.js';
import { calendarOf } from '../policy/calendar.js';
import { states, type State } from '../policy/derive.js';
import type { EntrySummary } from './model.js';

/** States in which a registration is still in play, so its value counts as pipeline. */
const open: readonly State[] = ['pending', 'active', 'expiring'];

export interface SlaRow {
  tier: string;
  title: string;
  sla: number;
  /** Business days from submission to approval, one per approved registration. */
  days: number[];
  median: number | undefined;
  within: number;
}

export interface Totals {
  byState: Map<string, number>;
  byPartner: Map<string, number>;
  byTier: Map<string, number>;
  /** Value in the base currency of the open registrations, by tier. */
  pipelineByTier: Map<string, number>;
  pipeline: number;
  expiringSoon: { entry: EntrySummary; daysLeft: number }[];
  sla: SlaRow[] | undefined;
}

/**
 * The dashboard's numbers. `approvedOn` gives the date each registration (by file) came
 * onto the base branch; without it there is no time to approval to show.
 */
export function totalsOf(
  entries: readonly EntrySummary[],
  policy: Policy,
  today: string,
  approvedOn?: Map<string, string>,
): Totals {
  const byState = new Map<string, number>();
  const byPartner = new Map<string, number>();
  const byTier = new Map<string, number>(policy.tiers.map((t) => [t.id, 0]));
  const pipelineByTier = new Map<string, number>(policy.tiers.map((t) => [t.id, 0]));
  for (const e of entries) {
    bump(byState, e.state, 1);
    bump(byPartner, e.partner, 1);
    bump(byTier, e.tier.id, 1);
    if (open.includes(e.state)) bump(pipelineByTier, e.tier.id, e.amount?.base ?? 0);
  }
  const pipeline = [...pipelineByTier.values()].reduce((a, b) => a + b, 0);
  return {
    byState: new Map(states.filter((s) => byState.has(s)).map((s) => [s, byState.get(s) ?? 0])),
    byPartner: new Map([...byPartner].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
    byTier,
    pipelineByTier,
    pipeline,
    expiringSoon: expiringSoon(entries, policy, today),
    sla: approvedOn ? slaRows(entries, policy, approvedOn) : undefined,
  };
}

function expiringSoon(
  entries: readonly EntrySummary[],
  policy: Policy,
  today: string,
): Totals['expiringSoon'] {
  const horizon = addDays(today, policy.protection.warning_days);
  return entries
    .filter(
      (e) => (e.state === 'active' || e.state === 'expiring') && e.protectionEnd !== undefined,
    )
    .filter((e) => (e.protectionEnd ?? '') <= horizon)
    .map((entry) => ({ entry, daysLeft: daysBetween(today, entry.protectionEnd ?? today) }))
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

function slaRows(
  entries: readonly EntrySummary[],
  policy: Policy,
  approvedOn: Map<string, string>,
): SlaRow[] {
  const calendar = calendarOf(policy);
  // Registrations are submitted and merged on few distinct days: each span is counted once.
  const spans = new Map<string, number>();
  const between = (from: string, to: string): number => {
    const key = `${from}\0${to}`;
    let n = spans.get(key);
    if (n === undefined) {
      n = calendar.workingDaysBetween(from, to);
      spans.set(key, n);
    }
    return n;
  };
  const byTier = new Map<string, number[]>(policy.tiers.map((tier) => [tier.id, []]));
  for (const e of entries) {
    // Merged with a rejection, or returned: on the base branch, but never approved.
    if (e.state === 'rejected' || e.state === 'pending') continue;
    const approved = approvedOn.get(e.file);
    if (approved && e.submittedOn) byTier.get(e.tier.id)?.push(between(e.submittedOn, approved));
  }
  return policy.tiers.map((tier) => {
    const days = byTier.get(tier.id) ?? [];
    days.sort((a, b) => a - b);
    const within = days.filter((d) => d <= tier.sla_business_days).length;
    return {
      tier: tier.id,
      title: tier.title,
      sla: tier.sla_business_days,
      days,
      median: median(days),
      within,
    };
  });
}

function median(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}
