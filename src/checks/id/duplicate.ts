import type { Draft } from '../../findings/finding.js';
import type { WorkspaceCheck } from '../context.js';
import type { Facts } from '../facts.js';

/** Ids are unique across the workspace; every file sharing one is told of the others. */
export const idDuplicate: WorkspaceCheck = {
  rules: ['id.duplicate'],
  run(facts) {
    const byId = new Map<string, Facts[]>();
    for (const one of facts) {
      if (one.id === undefined) continue;
      const group = byId.get(one.id);
      if (group) group.push(one);
      else byId.set(one.id, [one]);
    }
    const drafts: Draft[] = [];
    for (const [id, group] of byId) {
      if (group.length < 2) continue;
      for (const one of group) {
        const other = group.filter((f) => f !== one).map((f) => f.file).join(', ');
        drafts.push({ rule: 'id.duplicate', file: one.file, path: ['id'], at: 'value', params: { id, other } });
      }
    }
    return drafts;
  },
};
