import type { Draft } from '../../findings/finding.js';
import { get, list, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

export const attachmentTypeRef: RegistrationCheck = {
  rules: ['ref.attachment-type'],
  run(unit, { ws }) {
    const types = ws.policy.attachment_types ?? {};
    const known = Object.keys(types).join(', ');
    const drafts: Draft[] = [];
    list(unit.data?.attachments).forEach((a, i) => {
      const type = str(get(a, 'type'));
      if (type === undefined || Object.prototype.hasOwnProperty.call(types, type)) return;
      drafts.push({ rule: 'ref.attachment-type', path: ['attachments', i, 'type'], at: 'value', params: { type, known } });
    });
    return drafts;
  },
};
