import type { Draft, Segment } from '../../findings/finding.js';
import type { Condition } from '../../model/policy.js';
import { ownKeys, type PolicyCheck, type PolicyContext } from './check.js';

type Key = 'kind' | 'tier' | 'product_lines' | 'region';

/** How a registration writes its industry (customer.industry in the schema). */
const industryForm = /^[a-z]+(?:[ -][a-z]+)*$/;

/** `when` conditions name kinds, tiers, product lines and regions the policy defines. */
export const policyCondition: PolicyCheck = {
  rules: ['policy.condition'],
  run(ctx) {
    const drafts: Draft[] = [];
    (ctx.policy.requirements ?? []).forEach((r, i) =>
      check(r.when, ['requirements', i, 'when'], ctx, drafts),
    );
    (ctx.policy.extra_approvals ?? []).forEach((e, i) =>
      check(e.when, ['extra_approvals', i, 'when'], ctx, drafts),
    );
    return drafts;
  },
};

function check(
  when: Condition | undefined,
  at: Segment[],
  ctx: PolicyContext,
  drafts: Draft[],
): void {
  if (!when) return;
  // An industry no registration may be written with (the schema's pattern) would make
  // the condition never hold, silently.
  (when.industry ?? []).forEach((value, j) => {
    if (industryForm.test(value)) return;
    const params = { value };
    drafts.push({
      rule: 'policy.condition',
      key: 'policy.condition.industry',
      path: [...at, 'industry', j],
      at: 'value',
      params,
    });
  });
  for (const [key, known] of knownValues(ctx)) {
    if (known === undefined) continue;
    (when[key] ?? []).forEach((value, j) => {
      if (known.includes(value)) return;
      const params = { key, value, known: known.join(', ') || '-' };
      drafts.push({ rule: 'policy.condition', path: [...at, key, j], at: 'value', params });
    });
  }
}

/** The values each key may take; `undefined` where the policy sets no list (regions). */
function knownValues({ policy }: PolicyContext): [Key, string[] | undefined][] {
  return [
    ['kind', ownKeys(policy.kinds)],
    ['tier', policy.tiers.map((t) => t.id)],
    ['product_lines', (policy.product_lines ?? []).map((l) => l.id)],
    ['region', policy.regions],
  ];
}
