import type { Policy } from '../model/policy.js';
import type { Workspace } from '../workspace/workspace.js';

// TODO(init): write docs/PROCESS.md with `reg docs` (src/templates/render.ts) and
// .github/CODEOWNERS with `reg codeowners` once those land on main; until then these two
// short placeholders are generated from the policy here, and say how to regenerate them.

/** A short process document from the policy: kinds, tiers with approvers and SLAs. */
export function processPlaceholder(ws: Workspace): string {
  const p = ws.policy;
  const lines = [
    `# ${p.program.name}: how to register`,
    '',
    '> Placeholder written by `reg init`. Regenerate it with `reg docs --out docs/PROCESS.md`.',
    '',
    '## What you can register',
    '',
    ...Object.entries(p.kinds).map(
      ([id, k]) => `- **${k.title}** (\`${id}\`)${k.description ? `: ${k.description}` : ''}`,
    ),
    '',
    '## Who approves, and how fast',
    '',
    '| tier | from | approvers | SLA (business days) |',
    '| --- | --- | --- | --- |',
    ...p.tiers.map(
      (tier) =>
        `| ${tier.title} | ${threshold(tier.min_value, p)} | ${groups(tier.approvers, p)} ` +
        `| ${tier.sla_business_days} |`,
    ),
    '',
    '## Protection',
    '',
    `An approved registration protects the customer for ${p.protection.days} days from its` +
      ' submission date.' +
      (p.protection.extensions
        ? ` It can be extended ${p.protection.extensions.max_count} time(s) by up to` +
          ` ${p.protection.extensions.max_days} days.`
        : ''),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

function threshold(min: number | undefined, p: Policy): string {
  return min === undefined ? '—' : `${min} ${p.base_currency}`;
}

function groups(ids: readonly string[], p: Policy): string {
  return ids.map((id) => p.approvers?.[id]?.title ?? id).join(', ');
}

/** Owners from the policy: admins own the policy files, approvers the registrations. */
export function codeownersPlaceholder(ws: Workspace): string {
  const p = ws.policy;
  const at = (handles: readonly string[]): string => handles.map((h) => `@${h}`).join(' ');
  const admins = at(p.admins ?? []);
  const approvers = at([...new Set(Object.values(p.approvers ?? {}).flatMap((g) => g.members))]);
  const lines = [
    '# Placeholder written by `reg init`.',
    '# Regenerate it with `reg codeowners > .github/CODEOWNERS`.',
    `* ${approvers}`,
    ...[
      '/reg.config.yaml',
      '/schemas/',
      '/templates/',
      '/partners/',
      '/.github/',
      '/.gitlab-ci.yml',
    ].map((path) => `${path} ${admins}`),
    ...[...ws.partners.values()].flatMap((partner) => {
      const own = at(partner.handles ?? []);
      return ['registrations', 'attachments'].map((folder) =>
        `/${folder}/${partner.id}/ ${own} ${approvers}`.trimEnd(),
      );
    }),
  ];
  return `${lines.join('\n')}\n`;
}
