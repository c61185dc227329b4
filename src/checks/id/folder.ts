import { str } from '../../model/read.js';
import { locationDraft } from '../../workspace/place.js';
import type { RegistrationCheck } from '../context.js';

/** A registration lives in its partner's folder, which is what the partner may change. */
export const idFolder: RegistrationCheck = {
  rules: ['id.folder', 'id.location'],
  run(unit) {
    // The loader reports a file out of place without parsing it (load/source.ts
    // `readRegistration`); a document that reaches the checks another way is told alike.
    const location = locationDraft(unit.rel);
    if (location !== undefined) return [location];
    const parts = unit.rel.split('/');
    const partner = str(unit.data?.partner);
    const folder = parts[1] ?? '';
    if (partner === undefined || partner === folder) return [];
    return [{ rule: 'id.folder', path: ['partner'], at: 'value', params: { partner, folder } }];
  },
};
