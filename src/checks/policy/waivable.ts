import type { Draft } from '../../findings/finding.js';
import { suggest } from '../../findings/suggest.js';
import { isKnownRule } from '../waiver/waivers.js';
import { ownKeys, type PolicyCheck } from './check.js';

/**
 * Families no waiver can reach: a file that does not parse has no waivers to read,
 * waivers and the policy cannot waive themselves, and the pull-request guards and the
 * approvals protect the process that would judge the waiver.
 */
const fixed = ['yaml', 'waiver', 'policy', 'pr', 'approval'];

/** A waivable rule is a rule the checks yield, or a group of them. */
export const policyWaivable: PolicyCheck = {
  rules: ['policy.waivable'],
  run({ policy, rules }) {
    const drafts: Draft[] = [];
    for (const rule of ownKeys(policy.waivable)) {
      const path = ['waivable', rule];
      const family = rule.split('.')[0] ?? '';
      if (fixed.includes(family)) {
        drafts.push({
          rule: 'policy.waivable',
          key: 'policy.waivable.fixed',
          path,
          params: { rule, family },
        });
      } else if (!isKnownRule(rule, rules)) {
        const close = suggest(rule, rules).join(', ') || '-';
        drafts.push({ rule: 'policy.waivable', path, params: { rule, close } });
      }
    }
    return drafts;
  },
};
