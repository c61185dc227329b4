import { language, t } from '../i18n/index.js';
import { formatMoney } from '../policy/money.js';
import type { TierReason } from '../policy/tier.js';

/** Why a registration has its tier, as one short phrase per signal. */
export function reasonText(reason: TierReason): string {
  const locale = language() === 'zh-CN' ? 'zh-CN' : 'en-US';
  switch (reason.signal) {
    case 'value': {
      const { amount } = reason;
      const base = formatMoney(amount.base, amount.baseCurrency, locale);
      const threshold = formatMoney(reason.threshold, amount.baseCurrency, locale);
      return t('report.reason.value', { amount: base, threshold });
    }
    case 'product_lines':
      return t('report.reason.product-lines', { count: reason.count, threshold: reason.threshold });
    case 'regions':
      return t('report.reason.regions', { count: reason.count, threshold: reason.threshold });
    case 'field':
      return t('report.reason.field', { path: reason.path, value: String(reason.value) });
    case 'default':
      return t('report.reason.default');
  }
}
