import { get, str } from '../../model/read.js';
import { actorParams, isApprover, type PrGuard } from './context.js';

/**
 * A decision is the vendor's answer to a registration: only a member of an approver
 * group or an admin may set, change or remove it, never the partner that registered,
 * with one exception: a returned registration comes back to the partner to complete, so
 * the partner resubmits it by removing the return. A rejection stays.
 */
export const prDecision: PrGuard = {
  rules: ['pr.decision'],
  run({ registrations, actor }) {
    if (isApprover(actor)) return [];
    return registrations.flatMap(({ change, before, after }) => {
      if (!after?.data) return [];
      const was = get(before?.data, 'decision');
      const now = get(after.data, 'decision');
      if (JSON.stringify(was) === JSON.stringify(now)) return [];
      if (now === undefined && str(get(was, 'status')) === 'returned') return [];
      const key = actor.handle === undefined ? 'pr.decision.no-actor' : 'pr.decision';
      const path = now === undefined ? [] : ['decision'];
      return [{ rule: 'pr.decision', key, file: change.file, path, params: actorParams(actor) }];
    });
  },
};
