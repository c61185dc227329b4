import type { Draft } from '../../findings/finding.js';
import type { WorkspaceCheck } from '../context.js';
import { conflictsOf } from './shared.js';

/**
 * A customer name close to one registered earlier by another partner, for the same
 * product lines: perhaps a typing variant of the same company, which a reviewer decides.
 */
export const conflictSimilar: WorkspaceCheck = {
  rules: ['conflict.similar'],
  run(facts, ctx) {
    const drafts: Draft[] = [];
    for (const c of conflictsOf(facts, ctx)) {
      if (c.kind !== 'similar') continue;
      const params = { other: c.earlier.id, score: Math.round(c.score * 100) };
      const path = ['customer', 'name'];
      drafts.push({
        rule: 'conflict.similar',
        severity: 'warning',
        file: c.later.file,
        path,
        at: 'value',
        params,
      });
    }
    return drafts;
  },
};
