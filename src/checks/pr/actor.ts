import { get, list } from '../../model/read.js';
import type { Workspace } from '../../workspace/workspace.js';
import type { Actor } from './context.js';

/**
 * Maps a code-host handle to what the workspace says about it: the partners whose
 * profiles name it, the approver groups it belongs to, whether it is an admin.
 * Code hosts treat user names case-insensitively, and so does this.
 */
export function resolveActor(handle: string | undefined, ws: Workspace): Actor {
  if (handle === undefined || handle.replace(/^@/, '') === '') {
    return { handle: undefined, partners: [], groups: [], admin: false };
  }
  const name = handle.replace(/^@/, '');
  const same = (other: unknown): boolean =>
    typeof other === 'string' && other.toLowerCase() === name.toLowerCase();

  const partners = [...ws.partners.values()]
    .filter((p) => handlesOf(p).some(same))
    .map((p) => p.id);
  const groups = Object.entries(ws.policy.approvers ?? {})
    .filter(([, group]) => Array.isArray(group.members) && group.members.some(same))
    .map(([id]) => id);
  const admin = (ws.policy.admins ?? []).some(same);
  return { handle: name, partners, groups, admin };
}

/** The handles that may act for a partner: its `handles` and its contacts' handles. */
export function handlesOf(partner: unknown): string[] {
  const own = list(get(partner, 'handles'));
  const contacts = list(get(partner, 'contacts')).map((c) => get(c, 'handle'));
  return [...own, ...contacts].filter((h): h is string => typeof h === 'string');
}
