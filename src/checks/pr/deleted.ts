import type { PrGuard } from './context.js';
import { isRegistrationFile } from './paths.js';

/** The history of a registration is the audit trail; it ends with an outcome, not a deletion. */
export const prDeleted: PrGuard = {
  rules: ['pr.deleted'],
  run({ changes }) {
    return changes
      .filter((c) => c.status === 'deleted' && isRegistrationFile(c.file))
      .map((c) => ({ rule: 'pr.deleted', file: c.file, path: [], params: { file: c.file } }));
  },
};
