import type { Draft } from '../../findings/finding.js';
import type { PolicyCheck } from './check.js';

/** Tiers are listed lowest first, so value thresholds must rise from tier to tier. */
export const policyTierOrder: PolicyCheck = {
  rules: ['policy.tier-order'],
  run({ policy }) {
    const drafts: Draft[] = [];
    let previous: { id: string; value: number } | undefined;
    policy.tiers.forEach((tier, i) => {
      if (tier.min_value === undefined) return;
      if (previous && tier.min_value <= previous.value) {
        const params = {
          tier: tier.id,
          value: tier.min_value,
          lower: previous.id,
          lowerValue: previous.value,
        };
        drafts.push({
          rule: 'policy.tier-order',
          path: ['tiers', i, 'min_value'],
          at: 'value',
          params,
        });
      }
      previous = { id: tier.id, value: tier.min_value };
    });
    return drafts;
  },
};
