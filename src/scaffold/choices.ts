import type { Partner } from '../model/partner.js';
import type { Policy } from '../model/policy.js';
import type { Choice } from './prompter.js';
import type { Question } from './plan.js';
import { t } from '../i18n/index.js';

/** The values a question may take when they form a list: enums and the policy's ids. */
export function choicesFor(
  q: Question,
  policy: Policy,
  partner: Partner | undefined,
): Choice[] | undefined {
  const schema = q.info.schema;
  if (Array.isArray(schema.enum)) {
    return schema.enum.map((value) => ({ value: String(value), name: String(value) }));
  }
  if (q.path === 'products[].line' || q.path === 'plan.product_line')
    return productLines(policy, partner);
  if (q.key === 'region' && policy.regions && policy.regions.length > 0) {
    return policy.regions.map((region) => ({ value: region, name: region }));
  }
  if (q.key === 'currency') {
    const codes = [policy.base_currency, ...Object.keys(policy.currencies ?? {})];
    return [...new Set(codes)].map((code) => ({ value: code, name: code }));
  }
  return undefined;
}

function productLines(policy: Policy, partner: Partner | undefined): Choice[] | undefined {
  const lines = policy.product_lines ?? [];
  if (lines.length === 0) return undefined;
  const held = new Set((partner?.certifications ?? []).map((c) => c.id));
  return lines.map((line) => {
    const needs = line.certification !== undefined && !held.has(line.certification);
    const description = needs
      ? t('new.line.needs', { certification: line.certification ?? '' })
      : undefined;
    return { value: line.id, name: `${line.id} — ${line.title}`, description };
  });
}
