import { str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

/** A registration lives in its partner's folder, which is what the partner may change. */
export const idFolder: RegistrationCheck = {
  rules: ['id.folder', 'id.location'],
  run(unit) {
    const parts = unit.rel.split('/');
    if (parts.length !== 3 || parts[0] !== 'registrations') {
      return [{ rule: 'id.location', path: [], params: { file: unit.rel } }];
    }
    const partner = str(unit.data?.partner);
    const folder = parts[1] ?? '';
    if (partner === undefined || partner === folder) return [];
    return [{ rule: 'id.folder', path: ['partner'], at: 'value', params: { partner, folder } }];
  },
};
