import type { Derived } from './derive.js';

/** Values a column may name besides a dotted path into the registration. */
export const derivedFields: Record<string, (d: Derived) => unknown> = {
  tier: (d) => d.tier.tier.id,
  tier_title: (d) => d.tier.tier.title,
  state: (d) => d.state,
  protection_end: (d) => d.protectionEnd,
  sla_due: (d) => d.slaDue,
  value_base: (d) => d.tier.amount?.base,
};
