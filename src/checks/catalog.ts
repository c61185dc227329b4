import { approvalMissing } from './approval/missing.js';
import { policyChecks } from './policy/index.js';
import { prGuards } from './pr/guards.js';
import { partnerChecks, registrationChecks, workspaceChecks } from './registry.js';
import { schemaRules } from './schema/map-errors.js';
import { waiverRules } from './waiver/step.js';

/** The rules of the YAML loader (src/load/): syntax, limits, encoding. */
export const yamlRules = [
  'yaml.syntax',
  'yaml.duplicate-key',
  'yaml.tab',
  'yaml.limits',
  'yaml.aliases',
  'yaml.empty',
  'yaml.multiple-documents',
  'yaml.encoding',
  'yaml.too-large',
  'yaml.unreadable',
] as const;

/** Every rule id any check can yield, in the order of the pipeline. */
export function ruleIds(): readonly string[] {
  return [
    ...new Set([
      ...yamlRules,
      ...schemaRules,
      ...registrationChecks.flatMap((c) => c.rules),
      ...workspaceChecks.flatMap((c) => c.rules),
      ...partnerChecks.flatMap((c) => c.rules),
      ...waiverRules,
      ...prGuards.flatMap((g) => g.rules),
      ...approvalMissing.rules,
      ...policyChecks.flatMap((c) => c.rules),
    ]),
  ];
}

/** Rules whose findings are warnings: they fail a run only with --strict. */
export const warningRules: ReadonlySet<string> = new Set([
  'ref.contact-name',
  'attachment.folder',
  'date.close-passed',
  'conflict.similar',
  'waiver.unused',
]);

/** Rules whose findings are notices: information for the reviewers, never a failure. */
export const noticeRules: ReadonlySet<string> = new Set(['approval.required']);

export function family(rule: string): string {
  return rule.split('.')[0] ?? rule;
}
