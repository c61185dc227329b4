import type { PrGuard } from './context.js';
import { isRegistrationFile } from './paths.js';

/** A registration's path is its id and its partner, which never change after merge. */
export const prRenamed: PrGuard = {
  rules: ['pr.renamed'],
  run({ changes }) {
    return changes
      .filter((c) => c.status === 'renamed' && c.from !== undefined && isRegistrationFile(c.from))
      .map((c) => ({
        rule: 'pr.renamed',
        file: c.file,
        path: [],
        params: { from: c.from ?? '', file: c.file },
      }));
  },
};
