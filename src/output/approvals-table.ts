import { Chalk } from 'chalk';
import type { GroupStatus, RegistrationApprovals } from '../checks/approval/status.js';
import { t } from '../i18n/index.js';
import type { ApprovalReason } from '../policy/approvers.js';
import { visible } from './escape.js';

/** For people: each registration with its tier and every group it needs, and their state. */
export function approvalsTable(rows: readonly RegistrationApprovals[], color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  if (rows.length === 0) return `${t('approval.none')}\n`;
  const out: string[] = [];
  for (const row of rows) {
    out.push(
      `${c.bold(visible(row.id))}  ${t('approval.reason.tier', { tier: visible(row.tier) })}`,
    );
    if (row.groups.length === 0)
      out.push(`  ${c.green(t('approval.auto', { tier: visible(row.tier) }))}`);
    const width = Math.max(...row.groups.map((g) => g.group.length), 0);
    for (const group of row.groups) out.push(groupLine(group, width, c));
  }
  return `${out.join('\n')}\n`;
}

function groupLine(g: GroupStatus, width: number, c: InstanceType<typeof Chalk>): string {
  const who = g.members.map((m) => `@${m}`).join(', ') || '—';
  const reasons = g.reasons.map(reasonText).join('; ');
  const name = visible(g.group).padEnd(width);
  if (g.satisfied === true) {
    const by = g.approvedBy.map((m) => `@${m}`).join(', ');
    const state = c.green(t('approval.ok', { who: by }));
    return `  ${c.green('✔')} ${name}  ${state}  ${c.dim(reasons)}`;
  }
  const mark = g.satisfied === false ? c.red('✘') : c.yellow('•');
  const state = g.satisfied === false ? c.red(t('approval.wanted')) : c.yellow(t('approval.open'));
  return `  ${mark} ${name}  ${state}: ${visible(who)}  ${c.dim(reasons)}`;
}

function reasonText(reason: ApprovalReason): string {
  switch (reason.source) {
    case 'tier':
      return t('approval.reason.tier', { tier: visible(reason.tier) });
    case 'waiver':
      return t('approval.reason.waiver', { rule: visible(reason.rule) });
    case 'extra':
      return t('approval.reason.extra', { id: visible(reason.id) });
    case 'decision':
      return t(`approval.reason.${reason.status}`, { tier: visible(reason.tier) });
  }
}
