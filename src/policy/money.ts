import type { Policy } from '../model/policy.js';

/** An amount converted into the policy's base currency. */
export interface BaseAmount {
  value: number;
  currency: string;
  base: number;
  baseCurrency: string;
}

/** `undefined` for a currency the policy has no rate for (reported as ref.currency). */
export function toBase(value: number, currency: string, policy: Policy): BaseAmount | undefined {
  const baseCurrency = policy.base_currency;
  if (currency === baseCurrency) return { value, currency, base: value, baseCurrency };
  const rates = policy.currencies ?? {};
  if (!Object.prototype.hasOwnProperty.call(rates, currency)) return undefined;
  const rate = rates[currency];
  if (typeof rate !== 'number' || !(rate > 0)) return undefined;
  return { value, currency, base: Math.round(value * rate * 100) / 100, baseCurrency };
}

/** One number format per locale: making one costs more than formatting a thousand numbers. */
const formats = new Map<string, Intl.NumberFormat>();

export function formatMoney(value: number, currency: string, locale = 'en-US'): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    formats.set(locale, format);
  }
  return `${format.format(value)} ${currency}`;
}
