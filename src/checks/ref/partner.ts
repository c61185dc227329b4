import { str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

export const partnerRef: RegistrationCheck = {
  rules: ['ref.partner'],
  run(unit, { ws }) {
    const partner = str(unit.data?.partner);
    if (partner === undefined || ws.partners.has(partner)) return [];
    const known = [...ws.partners.keys()].join(', ');
    return [{ rule: 'ref.partner', path: ['partner'], at: 'value', params: { partner, known } }];
  },
};
