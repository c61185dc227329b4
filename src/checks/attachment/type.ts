import type { Draft } from '../../findings/finding.js';
import { get, list, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

/** The file's extension fits its declared type, so reviewers can open what they get. */
export const attachmentType: RegistrationCheck = {
  rules: ['attachment.type'],
  run(unit, { ws }) {
    const types = ws.policy.attachment_types ?? {};
    const drafts: Draft[] = [];
    list(unit.data?.attachments).forEach((a, i) => {
      const file = str(get(a, 'path'));
      const type = str(get(a, 'type'));
      if (file === undefined || type === undefined) return;
      if (!Object.prototype.hasOwnProperty.call(types, type)) return;
      const extensions = (types[type]?.extensions ?? []).map((e) => e.toLowerCase());
      if (extensions.length === 0 || extensions.some((e) => file.toLowerCase().endsWith(e))) return;
      const params = { file, type, extensions: extensions.join(', ') };
      drafts.push({ rule: 'attachment.type', path: ['attachments', i, 'path'], at: 'value', params });
    });
    return drafts;
  },
};
