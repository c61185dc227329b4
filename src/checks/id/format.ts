import type { Draft } from '../../findings/finding.js';
import { str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

export const idPattern = /^([A-Z0-9][A-Z0-9-]{1,31})-([0-9]{4})-([0-9]{4})$/;

/** The id carries its partner and year, so that ids never collide across partners. */
export const idFormat: RegistrationCheck = {
  rules: ['id.format', 'id.partner', 'id.year'],
  run(unit, { today }) {
    const id = str(unit.data?.id);
    if (id === undefined) return [];
    const match = idPattern.exec(id);
    const partner = str(unit.data?.partner);
    const prefix = (partner ?? 'PARTNER').toUpperCase();
    if (!match) {
      const example = `${prefix}-${today.slice(0, 4)}-0001`;
      return [{ rule: 'id.format', path: ['id'], at: 'value', params: { id, example } }];
    }
    const drafts: Draft[] = [];
    if (partner !== undefined && match[1] !== prefix) {
      drafts.push({ rule: 'id.partner', path: ['id'], at: 'value', params: { id, prefix } });
    }
    const submitted = str(unit.data?.submitted_on)?.slice(0, 4);
    if (submitted !== undefined && /^\d{4}$/.test(submitted) && match[2] !== submitted) {
      const params = { id, year: match[2] ?? '', submitted };
      drafts.push({ rule: 'id.year', path: ['id'], at: 'value', params });
    }
    return drafts;
  },
};
