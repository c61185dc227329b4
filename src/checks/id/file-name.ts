import { posix } from 'node:path';
import { str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

export const idFileName: RegistrationCheck = {
  rules: ['id.file-name'],
  run(unit) {
    const id = str(unit.data?.id);
    const name = posix.basename(unit.rel);
    const base = name.replace(/\.ya?ml$/, '');
    if (id === undefined || id === base) return [];
    return [{ rule: 'id.file-name', path: ['id'], at: 'value', params: { id, name } }];
  },
};
