import type { Draft } from '../../findings/finding.js';
import { get, list, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';
import { resolveAttachment } from './resolve.js';

const defaultMaxBytes = 10 * 1024 * 1024;

/** Every listed attachment exists inside the workspace and is within the size limit. */
export const attachmentFiles: RegistrationCheck = {
  rules: ['attachment.missing', 'attachment.outside', 'attachment.too-large'],
  run(unit, { ws }) {
    const limit = ws.policy.limits?.max_attachment_bytes ?? defaultMaxBytes;
    const partner = str(unit.data?.partner) ?? '<partner>';
    const id = str(unit.data?.id) ?? '<ID>';
    const drafts: Draft[] = [];

    list(unit.data?.attachments).forEach((a, i) => {
      const file = str(get(a, 'path'));
      if (file === undefined) return;
      const path = ['attachments', i, 'path'];
      const resolved = resolveAttachment(ws.root, file);
      if (resolved.status === 'outside') {
        drafts.push({ rule: 'attachment.outside', path, at: 'value', params: { file, partner, id } });
      } else if (resolved.status === 'missing') {
        drafts.push({ rule: 'attachment.missing', path, at: 'value', params: { file } });
      } else if (resolved.size > limit) {
        const params = { file, size: resolved.size, limit };
        drafts.push({ rule: 'attachment.too-large', path, at: 'value', params });
      }
    });
    return drafts;
  },
};
