import type { Draft, Segment } from '../../findings/finding.js';
import { get, list, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

export const productLineRef: RegistrationCheck = {
  rules: ['ref.product-line'],
  run(unit, { ws }) {
    const lines = new Set((ws.policy.product_lines ?? []).map((l) => l.id));
    const known = [...lines].join(', ');
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
