import type { PrGuard } from './context.js';
import { folderPartner, isPolicyFile } from './paths.js';

/**
 * A change of the rules is reviewed on its own: mixed into a registration's pull
 * request, a looser rule could be approved together with the deal that needs it.
 */
export const prPolicyMixed: PrGuard = {
  rules: ['pr.policy-mixed'],
  run({ changes }) {
    const policy = changes.filter(
      (c) => isPolicyFile(c.file) || (c.from !== undefined && isPolicyFile(c.from)),
    );
    const registrations = changes.filter((c) => folderPartner(c.file) !== undefined);
    if (policy.length === 0 || registrations.length === 0) return [];
    const count = registrations.length;
    return policy.map((c) => ({
      rule: 'pr.policy-mixed',
      // English counts one file otherwise than several.
      ...(count === 1 ? { key: 'pr.policy-mixed.one' } : {}),
      file: c.file,
      path: [],
      params: { file: c.file, count },
    }));
  },
};
