import { noticeRules, warningRules } from '../checks/catalog.js';
import { hasMessage, t } from '../i18n/index.js';
import type { Policy } from '../model/policy.js';
import { phraseCondition } from '../policy/why.js';

/** `reg explain RULE`: what the rule checks and why, how to fix it, and what the policy adds. */
export function explainRule(rule: string, policy: Policy | undefined): string[] {
  const severity = warningRules.has(rule)
    ? t('explain.label.warning')
    : noticeRules.has(rule)
      ? t('explain.label.notice')
      : t('explain.label.error');
  const key = `explain.${rule}`;
  const lines = [`${rule} — ${t('explain.label.rule')}, ${severity}`, ''];
  lines.push(hasMessage(key) ? t(key) : rule);
  if (!policy) return lines;

  lines.push('');
  const waivable = policy.waivable?.[rule];
  lines.push(
    waivable
      ? t('explain.label.waivable', { approvers: waivable.approvers.join(', ') })
      : t('explain.label.not-waivable'),
  );
  const requirements = requirementLines(rule, policy);
  if (requirements.length > 0) lines.push('', t('explain.label.requirements'), ...requirements);
  return lines;
}

/** The policy's requirements behind a completeness rule, one line each. */
function requirementLines(rule: string, policy: Policy): string[] {
  const pick =
    rule === 'completeness.field'
      ? 'fields'
      : rule === 'completeness.attachment'
        ? 'attachments'
        : undefined;
  if (!pick) return [];
  return (policy.requirements ?? [])
    .filter((r) => (r[pick] ?? []).length > 0)
    .map((r) => {
      const params = {
        id: r.id,
        title: r.title,
        when: phraseCondition(r.when),
        asks: (r[pick] ?? []).join(', '),
      };
      return `  - ${t('explain.label.requirement', params)}`;
    });
}
