import type { Draft } from '../../findings/finding.js';
import { isRegistrationPath, locationDraft } from '../../workspace/place.js';
import type { PrGuard } from './context.js';

/**
 * A pull request brings nothing into registrations/ but registrations in their place.
 * The finding is the one `reg validate` gives such a file, so that the two commands
 * speak of it alike; it is raised here too because the other guards look only at
 * registrations, and a file they never see would otherwise pass the pull request.
 */
export const prLocation: PrGuard = {
  rules: ['id.location'],
  run({ changes }) {
    return changes.flatMap((change): Draft[] => {
      if (change.status === 'deleted' || !isRegistrationPath(change.file)) return [];
      const location = locationDraft(change.file);
      return location === undefined ? [] : [{ ...location, file: change.file }];
    });
  },
};
