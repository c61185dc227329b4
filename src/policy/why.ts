import { language, t } from '../i18n/index.js';
import type { Condition } from '../model/policy.js';
import type { ConditionReason } from './condition.js';
import { formatMoney } from './money.js';
import type { TierDecision, TierReason } from './tier.js';

/** "tier large applies because 1,200,000 CNY is at least 500,000 CNY", in the current language. */
export function phraseTier(decision: TierDecision): string {
  const because = decision.reasons.map(phraseTierReason).join(t('reason.tier-signals.and'));
  return t('reason.tier', { tier: decision.tier.id, because });
}

export function phraseTierReason(reason: TierReason): string {
  const locale = language() === 'zh-CN' ? 'zh-CN' : 'en-US';
  switch (reason.signal) {
    case 'value': {
      const { amount } = reason;
      const threshold = formatMoney(reason.threshold, amount.baseCurrency, locale);
      const base = formatMoney(amount.base, amount.baseCurrency, locale);
      if (amount.currency === amount.baseCurrency) {
        return t('reason.tier.value', { amount: base, threshold });
      }
      const original = formatMoney(amount.value, amount.currency, locale);
      return t('reason.tier.value-converted', { amount: original, base, threshold });
    }
    case 'product_lines':
      return t('reason.tier.product-lines', { count: reason.count, threshold: reason.threshold });
    case 'regions':
      return t('reason.tier.regions', { count: reason.count, threshold: reason.threshold });
    case 'field':
      return t('reason.tier.field', { path: reason.path, value: String(reason.value) });
    case 'default':
      return t('reason.tier.default');
  }
}

/** Why a condition holds, as one clause; the sentence case is the caller's. */
export function phraseReasons(reasons: readonly ConditionReason[]): string {
  if (reasons.length === 0) return t('reason.always');
  const clauses = reasons.map(phraseReason);
  const last = clauses.pop() ?? '';
  return clauses.length === 0
    ? last
    : `${clauses.join(t('reason.comma'))}${t('reason.and')}${last}`;
}

function phraseReason(reason: ConditionReason): string {
  switch (reason.key) {
    case 'tier':
      return phraseTier(reason.decision);
    case 'kind':
      return t('reason.kind', { value: reason.value });
    case 'industry':
      return t('reason.industry', { value: reason.value });
    case 'region':
      return t('reason.region', { value: reason.value });
    case 'product_lines':
      return t('reason.product-lines', { value: reason.value });
  }
}

/** Capitalises the first letter, for clauses that open an English sentence. */
export function sentence(clause: string): string {
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

const conditionKeys = ['kind', 'tier', 'industry', 'region', 'product_lines'] as const;

/** A policy condition in words, e.g. "the kind is deal and the tier is large or strategic". */
export function phraseCondition(when: Condition | undefined): string {
  const clauses = conditionKeys
    .filter((key) => when?.[key] !== undefined)
    .map((key) => t(`reason.when.${key}`, { values: (when?.[key] ?? []).join(t('reason.or')) }));
  if (clauses.length === 0) return t('reason.always');
  const last = clauses.pop() ?? '';
  return clauses.length === 0
    ? last
    : `${clauses.join(t('reason.comma'))}${t('reason.and')}${last}`;
}
