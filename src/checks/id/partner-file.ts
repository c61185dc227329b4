import { posix } from 'node:path';
import { str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

/** A partner profile's id is its file name, which is also its registrations folder. */
export const partnerFileName: RegistrationCheck = {
  rules: ['id.partner-file'],
  run(unit) {
    const id = str(unit.data?.id);
    const name = posix.basename(unit.rel);
    if (id === undefined || `${id}.yaml` === name || `${id}.yml` === name) return [];
    return [{ rule: 'id.partner-file', path: ['id'], at: 'value', params: { id, name } }];
  },
};
