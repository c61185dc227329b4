import type { Draft } from '../../findings/finding.js';
import { str } from '../../model/read.js';
import type { WorkspaceCheck } from '../context.js';
import type { Unit } from '../unit.js';

/** Ids are unique across the workspace; every file sharing one is told of the others. */
export const idDuplicate: WorkspaceCheck = {
  rules: ['id.duplicate'],
  run(units) {
    const byId = new Map<string, Unit[]>();
    for (const unit of units) {
      const id = str(unit.data?.id);
      if (id === undefined) continue;
      const group = byId.get(id);
      if (group) group.push(unit);
      else byId.set(id, [unit]);
    }
    const drafts: Draft[] = [];
    for (const [id, group] of byId) {
      if (group.length < 2) continue;
      for (const unit of group) {
        const other = group.filter((u) => u !== unit).map((u) => u.rel).join(', ');
        drafts.push({ rule: 'id.duplicate', file: unit.rel, path: ['id'], at: 'value', params: { id, other } });
      }
    }
    return drafts;
  },
};
