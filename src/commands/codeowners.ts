import { handlesOf } from '../checks/pr/actor.js';
import type { Globals } from '../cli/globals.js';
import { findRepo } from '../git/repo.js';
import { t } from '../i18n/index.js';
import type { Policy } from '../model/policy.js';
import { openWorkspace } from '../workspace/load.js';
import type { Workspace } from '../workspace/workspace.js';

const handle = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const team =
  /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\/[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
const partnerId = /^[a-z0-9][a-z0-9-]{1,31}$/;

/**
 * CODEOWNERS lines: each partner's folders to its handles and the approver groups, the
 * policy files to the admins. Printed, never written: the user decides where they go.
 */
export async function codeownersCommand(g: Globals): Promise<number> {
  const ws = openWorkspace(g.cwd);
  const prefix = (await findRepo(ws.root))?.prefix ?? '';
  process.stdout.write(codeownersText(ws, prefix));
  return 0;
}

/** The CODEOWNERS text of a workspace at `prefix` (`''` or `dir/`) in its repository. */
export function codeownersText(ws: Workspace, prefix: string): string {
  const admins = owners(ws.policy.admins ?? []);
  const approvers = approverOwners(ws.policy);
  const lines = [`# ${t('codeowners.header')}`, ''];

  const inWorkspace = ['reg.config.yaml', 'schemas/', 'templates/', 'partners/'];
  for (const path of inWorkspace) lines.push(line(`/${prefix}${path}`, admins));
  for (const path of ['.github/', '.gitlab/', '.gitlab-ci.yml', 'CODEOWNERS'])
    lines.push(line(`/${path}`, admins));
  lines.push('');

  const ids = [...ws.partners.keys()].filter((id) => partnerId.test(id)).sort();
  for (const id of ids) {
    const partner = owners(handlesOf(ws.partners.get(id)));
    const who = [...new Set([...partner, ...approvers])];
    lines.push(
      line(`/${prefix}registrations/${id}/`, who),
      line(`/${prefix}attachments/${id}/`, who),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A group by its code-host team when the policy names one, else by its members. */
function approverOwners(policy: Policy): string[] {
  const out: string[] = [];
  for (const group of Object.values(policy.approvers ?? {})) {
    if (group.team !== undefined && team.test(group.team)) out.push(`@${group.team}`);
    else out.push(...owners(group.members ?? []));
  }
  return [...new Set(out)];
}

function owners(handles: readonly string[]): string[] {
  return [...new Set(handles.filter((h) => handle.test(h)).map((h) => `@${h}`))];
}

function line(path: string, who: readonly string[]): string {
  return `${path} ${who.join(' ')}`.trimEnd();
}
