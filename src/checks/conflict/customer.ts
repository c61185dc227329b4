import type { Draft } from '../../findings/finding.js';
import type { WorkspaceCheck } from '../context.js';
import { protectionEndText } from './claims.js';
import { conflictsOf } from './shared.js';

/**
 * 撞单: another partner registered the same customer for an overlapping product line
 * earlier, and its registration still protects the customer. The finding names the
 * earlier registration by id and protection end only: nothing else of another
 * partner's deal may reach this partner.
 */
export const conflictCustomer: WorkspaceCheck = {
  rules: ['conflict.customer'],
  run(facts, ctx) {
    const drafts: Draft[] = [];
    for (const c of conflictsOf(facts, ctx)) {
      if (c.kind !== 'customer') continue;
      const params = { other: c.earlier.id, until: protectionEndText(c.earlier) ?? '-' };
      const path = ['customer', c.field];
      drafts.push({ rule: 'conflict.customer', file: c.later.file, path, at: 'value', params });
    }
    return drafts;
  },
};
