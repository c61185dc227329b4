import type { Draft, Segment } from '../../findings/finding.js';
import { get, list, str } from '../../model/read.js';
import type { Policy } from '../../model/policy.js';
import type { RegistrationCheck } from '../context.js';

const byPolicy = new WeakMap<Policy, { lines: Set<string>; known: string }>();

/** The policy's product lines, worked out once per policy rather than once per file. */
function linesOf(policy: Policy): { lines: Set<string>; known: string } {
  let found = byPolicy.get(policy);
  if (!found) {
    const lines = new Set((policy.product_lines ?? []).map((l) => l.id));
    found = { lines, known: [...lines].join(', ') };
    byPolicy.set(policy, found);
  }
  return found;
}

export const productLineRef: RegistrationCheck = {
  rules: ['ref.product-line'],
  run(unit, { ws }) {
    const { lines, known } = linesOf(ws.policy);
    const drafts: Draft[] = [];
    const check = (line: string | undefined, path: Segment[]): void => {
      if (line !== undefined && !lines.has(line)) {
        drafts.push({ rule: 'ref.product-line', path, at: 'value', params: { line, known } });
      }
    };
    list(unit.data?.products).forEach((p, i) => check(str(get(p, 'line')), ['products', i, 'line']));
    check(str(get(unit.data?.plan, 'product_line')), ['plan', 'product_line']);
    return drafts;
  },
};
