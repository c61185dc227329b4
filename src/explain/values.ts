import type { Policy } from '../model/policy.js';

type Lister = (policy: Policy) => string[];

const titled = (items: readonly { id: string; title: string }[] | undefined): string[] =>
  (items ?? []).map((i) => `${i.id} (${i.title})`);
const keys = (map: Record<string, { title?: string }> | undefined): string[] =>
  Object.entries(map ?? {}).map(([id, v]) => (v.title ? `${id} (${v.title})` : id));
const codes =
  (...lists: string[]): Lister =>
  (policy) =>
    lists.flatMap((l) => (policy.reason_codes?.[l] ?? []).map((c) => `${c.code} (${c.title})`));
const currencies: Lister = (policy) => [
  policy.base_currency,
  ...Object.keys(policy.currencies ?? {}),
];

/** Registration fields whose values come from a list of the policy. */
const listers: Record<string, Lister> = {
  kind: (policy) => keys(policy.kinds),
  'products[].line': (policy) => titled(policy.product_lines),
  'plan.product_line': (policy) => titled(policy.product_lines),
  'customer.region': (policy) => policy.regions ?? [],
  'opportunity.regions[]': (policy) => policy.regions ?? [],
  'attachments[].type': (policy) => keys(policy.attachment_types),
  'opportunity.currency': currencies,
  'campaign.budget.currency': currencies,
  'plan.currency': currencies,
  'waivers[].rule': (policy) => keys(policy.waivable),
  'outcome.reason_code': codes('lost'),
  'decision.reason_code': codes('rejection', 'returned'),
};

/** The values the policy allows for a registration field, or none when it sets no list. */
export function policyValues(path: string, policy: Policy): string[] {
  const lister = Object.prototype.hasOwnProperty.call(listers, path) ? listers[path] : undefined;
  return lister ? lister(policy) : [];
}
