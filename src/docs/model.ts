import { language, t } from '../i18n/index.js';
import type { Policy, Tier } from '../model/policy.js';
import { formatMoney } from '../policy/money.js';
import { phraseCondition } from '../policy/why.js';
import { fieldText } from '../schema/fields.js';
import { requiredForKinds } from '../schema/required.js';
import { validator } from '../schema/validator.js';
import { inlineCode, markdownText } from '../templates/markdown.js';
import { materials } from './materials.js';

const md = markdownText;
const code = inlineCode;

/** Everything the process template shows, with the policy's own text still unescaped. */
export function processModel(policy: Policy, marker: string): object {
  const locale = language() === 'zh-CN' ? 'zh-CN' : 'en-US';
  const rates = Object.entries(policy.currencies ?? {}).map(
    ([c, r]) => `1 ${c} = ${r} ${policy.base_currency}`,
  );
  return {
    marker,
    program: policy.program,
    kinds: Object.entries(policy.kinds).map(([id, k]) => ({ id, ...k })),
    baseCurrency: policy.base_currency,
    ratesText:
      rates.length > 0
        ? t('docs.tiers.rates', { rates: rates.join(', ') })
        : t('docs.tiers.no-rates'),
    tiers: policy.tiers.map((tier, i) => tierRow(tier, i, policy, locale)),
    holidays: (policy.calendar?.holidays ?? []).length,
    workdays: (policy.calendar?.workdays ?? []).join(', ') || t('docs.calendar.none'),
    approvers: Object.entries(policy.approvers ?? {}).map(([id, g]) => ({
      id,
      ...g,
      membersMd: g.members.map(code).join(', '),
    })),
    extra: (policy.extra_approvals ?? []).map((e) => ({
      ...e,
      whenMd: md(phraseCondition(e.when)),
      approversMd: e.approvers.map(code).join(', '),
    })),
    materials: materials(policy),
    lines: (policy.product_lines ?? []).map((l) => ({
      ...l,
      regulatedText: t(l.regulated ? 'docs.yes' : 'docs.no'),
    })),
    types: Object.entries(policy.attachment_types ?? {}).map(([id, a]) => ({
      id,
      ...a,
      extensionsMd: a.extensions.map(code).join(' '),
    })),
    waivable: Object.entries(policy.waivable ?? {}).map(([rule, w]) => ({
      rule,
      ...w,
      approversMd: w.approvers.map(code).join(', '),
    })),
    protection: policy.protection,
    reasons: reasonGroups(policy),
    fields: fieldRows(policy),
  };
}

function tierRow(tier: Tier, index: number, policy: Policy, locale: string): object {
  const signals: string[] = [];
  if (tier.min_value !== undefined) {
    signals.push(
      t('docs.tiers.value', { value: formatMoney(tier.min_value, policy.base_currency, locale) }),
    );
  }
  if (tier.min_product_lines !== undefined)
    signals.push(t('docs.tiers.lines', { count: tier.min_product_lines }));
  if (tier.min_regions !== undefined)
    signals.push(t('docs.tiers.regions', { count: tier.min_regions }));
  for (const [field, value] of Object.entries(tier.when_fields ?? {})) {
    signals.push(t('docs.tiers.field', { field: code(field), value: code(String(value)) }));
  }
  return {
    ...tier,
    signalsMd:
      index === 0 || signals.length === 0
        ? t('docs.tiers.first')
        : signals.join(t('docs.tiers.or')),
    approversMd: tier.approvers
      .map((g) => `${code(g)} ${md(policy.approvers?.[g]?.title ?? '')}`.trim())
      .join('<br>'),
    autoText: t(tier.auto_approve ? 'docs.tiers.auto.yes' : 'docs.tiers.auto.no'),
  };
}

function reasonGroups(policy: Policy): object[] {
  const groups = ['rejection', 'returned', 'lost'] as const;
  return groups
    .map((group) => ({
      title: t(`docs.reasons.${group}`),
      codes: policy.reason_codes?.[group] ?? [],
    }))
    .filter((g) => g.codes.length > 0);
}

function fieldRows(policy: Policy): object[] {
  const { fields, schema } = validator('registration');
  const kinds = Object.keys(policy.kinds);
  return [...fields.values()]
    .filter((f) => f.path !== '')
    .map((f) => {
      const required = requiredForKinds(schema, f.path, kinds);
      const requiredText =
        required.length === 0
          ? t('docs.required.none')
          : required.length === kinds.length
            ? t('docs.required.all')
            : required.join(', ');
      return { path: f.path, ...fieldText(f), requiredText };
    });
}
