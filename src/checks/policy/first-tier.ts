import type { PolicyCheck } from './check.js';

const signals = ['min_value', 'min_product_lines', 'min_regions', 'when_fields'] as const;

/** The first tier is where every registration starts, so no signal may lead to it. */
export const policyFirstTier: PolicyCheck = {
  rules: ['policy.first-tier'],
  run({ policy }) {
    const first = policy.tiers[0];
    if (!first) return [];
    return signals
      .filter((signal) => first[signal] !== undefined)
      .map((signal) => ({
        rule: 'policy.first-tier',
        path: ['tiers', 0, signal],
        params: { tier: first.id, signal },
      }));
  },
};
