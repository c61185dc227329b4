import type { Policy, Tier } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { get, getPath, list, num, str } from '../model/read.js';
import { toBase, type BaseAmount } from './money.js';

/** Why a tier applies: the signal that reached its threshold. */
export type TierReason =
  | { signal: 'value'; amount: BaseAmount; threshold: number }
  | { signal: 'product_lines'; count: number; threshold: number }
  | { signal: 'regions'; count: number; threshold: number }
  | { signal: 'field'; path: string; value: string | number | boolean }
  | { signal: 'default' };

export interface TierDecision {
  tier: Tier;
  reasons: TierReason[];
  amount: BaseAmount | undefined;
}

/** The value a registration puts at stake, by kind: the deal, the campaign budget, the plan's forecast. */
export function amountOf(reg: Partial<Registration>, policy: Policy): BaseAmount | undefined {
  const opportunity = get(reg, 'opportunity');
  const budget = get(get(reg, 'campaign'), 'budget');
  const plan = get(reg, 'plan');
  const pick = (value: unknown, currency: unknown): BaseAmount | undefined => {
    const v = num(value);
    const c = str(currency);
    return v === undefined || c === undefined ? undefined : toBase(v, c, policy);
  };
  if (opportunity !== undefined) return pick(get(opportunity, 'value'), get(opportunity, 'currency'));
  if (budget !== undefined) return pick(get(budget, 'value'), get(budget, 'currency'));
  if (plan !== undefined) {
    const revenue = list(get(plan, 'forecast')).reduce<number>((sum, f) => sum + (num(get(f, 'revenue')) ?? 0), 0);
    return pick(revenue, get(plan, 'currency'));
  }
  return undefined;
}

export function productLinesOf(reg: Partial<Registration>): string[] {
  const lines = list(get(reg, 'products')).map((p) => str(get(p, 'line')));
  const planLine = str(get(get(reg, 'plan'), 'product_line'));
  return [...new Set([...lines, planLine].filter((l): l is string => l !== undefined))];
}

export function regionsOf(reg: Partial<Registration>): string[] {
  const customer = str(get(get(reg, 'customer'), 'region'));
  const delivery = list(get(get(reg, 'opportunity'), 'regions')).map(str);
  return [...new Set([customer, ...delivery].filter((r): r is string => r !== undefined))];
}

/** The highest tier any of whose signals holds; the first tier when none does. */
export function decideTier(reg: Partial<Registration>, policy: Policy): TierDecision {
  const amount = amountOf(reg, policy);
  const lines = productLinesOf(reg).length;
  const regions = regionsOf(reg).length;
  const tiers = policy.tiers;
  for (let i = tiers.length - 1; i > 0; i -= 1) {
    const tier = tiers[i] as Tier;
    const reasons = signals(tier, reg, amount, lines, regions);
    if (reasons.length > 0) return { tier, reasons, amount };
  }
  return { tier: tiers[0] as Tier, reasons: [{ signal: 'default' }], amount };
}

function signals(
  tier: Tier,
  reg: Partial<Registration>,
  amount: BaseAmount | undefined,
  lines: number,
  regions: number,
): TierReason[] {
  const out: TierReason[] = [];
  if (tier.min_value !== undefined && amount && amount.base >= tier.min_value) {
    out.push({ signal: 'value', amount, threshold: tier.min_value });
  }
  if (tier.min_product_lines !== undefined && lines >= tier.min_product_lines) {
    out.push({ signal: 'product_lines', count: lines, threshold: tier.min_product_lines });
  }
  if (tier.min_regions !== undefined && regions >= tier.min_regions) {
    out.push({ signal: 'regions', count: regions, threshold: tier.min_regions });
  }
  for (const [path, value] of Object.entries(tier.when_fields ?? {})) {
    if (getPath(reg, path) === value) out.push({ signal: 'field', path, value });
  }
  return out;
}
