import type { Draft } from '../../findings/finding.js';
import { get, list, str } from '../../model/read.js';
import type { RegistrationCheck } from '../context.js';

/**
 * Attachments belong under attachments/<partner>/<ID>/: that is the folder a partner's
 * pull request may touch, and `reg submit` commits.
 */
export const attachmentFolder: RegistrationCheck = {
  rules: ['attachment.folder'],
  run(unit) {
    const partner = str(unit.data?.partner);
    const id = str(unit.data?.id);
    if (partner === undefined || id === undefined) return [];
    const folder = `attachments/${partner}/${id}/`;
    const drafts: Draft[] = [];
    list(unit.data?.attachments).forEach((a, i) => {
      const file = str(get(a, 'path'));
      if (file === undefined || file.replace(/\\/g, '/').startsWith(folder)) return;
      if (file.startsWith('/') || file.includes('..')) return;
      const params = { file, folder };
      drafts.push({ rule: 'attachment.folder', severity: 'warning', path: ['attachments', i, 'path'], at: 'value', params });
    });
    return drafts;
  },
};
