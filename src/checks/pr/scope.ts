import type { Draft } from '../../findings/finding.js';
import type { Change } from '../../git/changes.js';
import { actorParams, type Actor, type PrGuard } from './context.js';
import { folderPartner, isPolicyFile } from './paths.js';

/**
 * A partner's pull request stays inside its own folders; approvers may touch any
 * partner's, and only admins the policy files. Without `--actor` no identity is known,
 * so only a pull request spanning several partners' folders can be refused.
 */
export const prScope: PrGuard = {
  rules: ['pr.scope'],
  run({ actor, changes }) {
    if (actor.admin) return [];
    if (actor.handle === undefined) return several(changes);
    return changes.flatMap((change) => outOfScope(change, actor));
  },
};

function outOfScope(change: Change, actor: Actor): Draft[] {
  const files = change.from === undefined ? [change.file] : [change.from, change.file];
  const refuse = (key: string, extra: Record<string, string> = {}): Draft[] => {
    const params = { ...actorParams(actor), file: change.file, ...extra };
    return [{ rule: 'pr.scope', key, file: change.file, path: [], params }];
  };
  if (actor.partners.length === 0 && actor.groups.length === 0) return refuse('pr.scope.unknown');
  if (files.some(isPolicyFile)) return refuse('pr.scope.policy');
  if (actor.groups.length > 0) return [];

  const own = actor.partners.join(', ');
  const folders = files.map(folderPartner);
  if (folders.some((p) => p === undefined)) return refuse('pr.scope.outside', { partner: own });
  const foreign = folders.find((p) => p !== undefined && !actor.partners.includes(p));
  return foreign === undefined ? [] : refuse('pr.scope', { partner: own, folder: foreign });
}

function several(changes: readonly Change[]): Draft[] {
  const partners = new Set<string>();
  for (const change of changes) {
    for (const file of [change.file, change.from]) {
      const partner = file === undefined ? undefined : folderPartner(file);
      if (partner !== undefined) partners.add(partner);
    }
  }
  if (partners.size < 2) return [];
  const list = [...partners].sort().join(', ');
  return changes
    .filter((c) => folderPartner(c.file) !== undefined)
    .map((c) => ({
      rule: 'pr.scope',
      key: 'pr.scope.several',
      file: c.file,
      path: [],
      params: { partners: list },
    }));
}
