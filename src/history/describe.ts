import { t } from '../i18n/index.js';
import type { Policy } from '../model/policy.js';
import type { Registration } from '../model/registration.js';
import { get, getPath, list, num, str, type Doc } from '../model/read.js';
import { formatMoney } from '../policy/money.js';
import { decideTier } from '../policy/tier.js';
import { fieldChanges } from './fields.js';

/** Lines about one aspect of a change, and the fields they speak for. */
interface Phrase {
  lines: string[];
  paths: readonly string[];
}

/**
 * What changed between two versions of a registration, in words a reviewer reads at a
 * glance: "value 800,000 → 1,200,000 CNY; tier standard → large". Fields without a phrase
 * of their own are named by their path, not their content.
 */
export function describeChange(
  before: Doc | undefined,
  after: Doc | undefined,
  policy: Policy,
): string[] {
  if (after === undefined) return [t('history.deleted')];
  if (before === undefined) return [registered(after, policy)];
  const phrases: Phrase[] = [
    { lines: amount(before, after), paths: [...moneyPaths(before), ...moneyPaths(after)] },
    scalar(before, after, 'opportunity.stage', 'stage'),
    scalar(before, after, 'opportunity.expected_close', 'expected_close'),
    scalar(before, after, 'submitted_on', 'submitted_on'),
    scalar(before, after, 'customer.name', 'customer'),
    { lines: tier(before, after, policy), paths: [] },
    { lines: products(before, after), paths: productPaths(before, after) },
    { lines: extensions(before, after), paths: ['extensions'] },
    { lines: status(before, after, 'outcome'), paths: ['outcome'] },
    { lines: status(before, after, 'decision'), paths: ['decision'] },
  ];
  // A phrase that said nothing covers nothing: products phrased by line and quantity stay
  // silent about a changed SKU, and that change must still be named.
  const said = phrases.filter((p) => p.lines.length > 0);
  const out = said.flatMap((p) => p.lines);
  out.push(...named(before, after, new Set(said.flatMap((p) => p.paths))));
  return out.length > 0 ? out : [t('history.no-change')];
}

function named(before: Doc, after: Doc, spoken: ReadonlySet<string>): string[] {
  const { changed, added, removed } = fieldChanges(before, after, spoken);
  const groups = [
    ['history.fields-changed', changed],
    ['history.fields-added', added],
    ['history.fields-removed', removed],
  ] as const;
  return groups
    .filter(([, paths]) => paths.length > 0)
    .map(([key, paths]) => t(key, { fields: paths.join(t('history.list')) }));
}

function registered(reg: Doc, policy: Policy): string {
  const kind = str(reg.kind) ?? '?';
  const tierId = decideTier(reg as Partial<Registration>, policy).tier.id;
  const money = moneyOf(reg);
  const value = money ? formatMoney(money.value, money.currency) : '—';
  return t('history.registered', { kind, tier: tierId, value });
}

function amount(before: Doc, after: Doc): string[] {
  const was = moneyOf(before);
  const now = moneyOf(after);
  if (same(was, now)) return [];
  const show = (m: Money | undefined): string => (m ? m.value.toLocaleString('en-US') : '—');
  if (was && now && was.currency === now.currency) {
    return [t('history.value', { was: show(was), now: `${show(now)} ${now.currency}` })];
  }
  const full = (m: Money | undefined): string => (m ? formatMoney(m.value, m.currency) : '—');
  return [t('history.value', { was: full(was), now: full(now) })];
}

interface Money {
  value: number;
  currency: string;
}

/** The deal's value, or a campaign's budget. */
function moneyOf(reg: Doc): Money | undefined {
  const from = getPath(reg, moneySource(reg));
  const value = num(get(from, 'value'));
  const currency = str(get(from, 'currency'));
  return value === undefined || currency === undefined ? undefined : { value, currency };
}

function moneySource(reg: Doc): string {
  return get(reg, 'opportunity') !== undefined ? 'opportunity' : 'campaign.budget';
}

function moneyPaths(reg: Doc): string[] {
  const source = moneySource(reg);
  return [`${source}.value`, `${source}.currency`];
}

function scalar(before: Doc, after: Doc, path: string, label: string): Phrase {
  const was = getPath(before, path);
  const now = getPath(after, path);
  const lines = same(was, now)
    ? []
    : [t('history.field', { field: label, was: shown(was), now: shown(now) })];
  return { lines, paths: [path] };
}

function tier(before: Doc, after: Doc, policy: Policy): string[] {
  const was = decideTier(before as Partial<Registration>, policy).tier.id;
  const now = decideTier(after as Partial<Registration>, policy).tier.id;
  return was === now ? [] : [t('history.field', { field: 'tier', was, now })];
}

/**
 * What the products phrase speaks for: each product's line and quantity, and products
 * added or removed whole. Anything else of a product (its SKU) is still named.
 */
function productPaths(before: Doc, after: Doc): string[] {
  const was = list(get(before, 'products'));
  const now = list(get(after, 'products'));
  // The list come or gone whole is the phrase's to tell.
  if (!Array.isArray(get(before, 'products')) || !Array.isArray(get(after, 'products'))) {
    return ['products'];
  }
  const out: string[] = [];
  for (let i = 0; i < Math.max(was.length, now.length); i += 1) {
    if (i >= was.length || i >= now.length) out.push(`products[${i}]`);
    else out.push(`products[${i}].line`, `products[${i}].quantity`);
  }
  return out;
}

function products(before: Doc, after: Doc): string[] {
  const text = (reg: Doc): string =>
    list(get(reg, 'products'))
      .map((p) => `${str(get(p, 'line')) ?? '?'}×${num(get(p, 'quantity')) ?? '?'}`)
      .join(', ') || '—';
  const was = text(before);
  const now = text(after);
  return was === now ? [] : [t('history.field', { field: 'products', was, now })];
}

function extensions(before: Doc, after: Doc): string[] {
  const was = list(get(before, 'extensions'));
  const now = list(get(after, 'extensions'));
  if (same(was, now)) return [];
  const appended = was.every((e, i) => same(e, now[i]));
  if (!appended) return [t('history.extensions-changed')];
  return now.slice(was.length).map((e) => {
    const days = num(get(e, 'days')) ?? 0;
    return t('history.extension', { days, date: str(get(e, 'requested_on')) ?? '—' });
  });
}

function status(before: Doc, after: Doc, field: 'outcome' | 'decision'): string[] {
  const was = get(before, field);
  const now = get(after, field);
  if (same(was, now)) return [];
  if (now === undefined) return [t('history.removed', { field })];
  const code = str(get(now, 'reason_code'));
  const value = `${str(get(now, 'status')) ?? '?'}${code ? ` (${code})` : ''}`;
  return [t('history.status', { field, value })];
}

function shown(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Deep equality of parsed YAML, blind to the order of keys. */
export function same(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stable((value as Doc)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
