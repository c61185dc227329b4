import { str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

/** The schema knows every kind regkit supports; the policy may offer fewer. */
export const kindRef: RegistrationCheck = {
  rules: ['ref.kind'],
  run(unit, { ws }) {
    const kind = str(unit.data?.kind);
    const kinds = ws.policy.kinds;
    if (kind === undefined || Object.prototype.hasOwnProperty.call(kinds, kind)) return [];
    const params = { kind, known: Object.keys(kinds).join(', ') };
    return [{ rule: 'ref.kind', path: ['kind'], at: 'value', params }];
  },
};
