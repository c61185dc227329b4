import { get } from '../../model/read.js';
import { actorParams, isApprover, type PrGuard } from './context.js';

/**
 * A partner records the outcome of its deal once; changing or removing a merged outcome
 * would reopen a closed deal behind the vendor's back, so only approvers may.
 */
export const prOutcome: PrGuard = {
  rules: ['pr.outcome'],
  run({ registrations, actor }) {
    if (isApprover(actor)) return [];
    return registrations.flatMap(({ change, before, after }) => {
      const was = get(before?.data, 'outcome');
      if (!after?.data || was === undefined) return [];
      const now = get(after.data, 'outcome');
      if (JSON.stringify(was) === JSON.stringify(now)) return [];
      const path = now === undefined ? [] : ['outcome'];
      return [{ rule: 'pr.outcome', file: change.file, path, params: actorParams(actor) }];
    });
  },
};
