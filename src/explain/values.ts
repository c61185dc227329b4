import type { Policy } from '../model/policy.js';

/** A value the policy allows, and how `reg explain` shows it. */
export interface PolicyValue {
  id: string;
  label: string;
}

type Lister = (policy: Policy) => PolicyValue[];

const titled = (items: readonly { id: string; title: string }[] | undefined): PolicyValue[] =>
  (items ?? []).map((i) => ({ id: i.id, label: `${i.id} (${i.title})` }));
const keys = (map: Record<string, { title?: string }> | undefined): PolicyValue[] =>
  Object.entries(map ?? {}).map(([id, v]) => ({ id, label: v.title ? `${id} (${v.title})` : id }));
const plain = (values: readonly string[] | undefined): PolicyValue[] =>
  (values ?? []).map((id) => ({ id, label: id }));
const codes =
  (...lists: string[]): Lister =>
  (policy) =>
    lists.flatMap((l) =>
      (policy.reason_codes?.[l] ?? []).map((c) => ({
        id: c.code,
        label: `${c.code} (${c.title})`,
      })),
    );
const currencies: Lister = (policy) =>
  plain([policy.base_currency, ...Object.keys(policy.currencies ?? {})]);

/** Registration fields whose values come from a list of the policy. */
const listers: Record<string, Lister> = {
  kind: (policy) => keys(policy.kinds),
  'products[].line': (policy) => titled(policy.product_lines),
  'plan.product_line': (policy) => titled(policy.product_lines),
  'customer.region': (policy) => plain(policy.regions),
  'opportunity.regions[]': (policy) => plain(policy.regions),
  'attachments[].type': (policy) => keys(policy.attachment_types),
  'opportunity.currency': currencies,
  'campaign.budget.currency': currencies,
  'plan.currency': currencies,
  'waivers[].rule': (policy) => keys(policy.waivable),
  'outcome.reason_code': codes('lost'),
  'decision.reason_code': codes('rejection', 'returned'),
};

/** The values the policy allows for a registration field, or none when it sets no list. */
export function policyValues(path: string, policy: Policy): PolicyValue[] {
  const lister = Object.prototype.hasOwnProperty.call(listers, path) ? listers[path] : undefined;
  return lister ? lister(policy) : [];
}
