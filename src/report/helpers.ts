import type Handlebars from 'handlebars';
import { visible } from '../output/escape.js';
import { hasMessage, language, t } from '../i18n/index.js';
import type { Params } from '../findings/finding.js';
import { formatMoney, type BaseAmount } from '../policy/money.js';
import { csvRow } from './escape/csv.js';
import { markdownCode, markdownHtml, markdownText } from './escape/markdown.js';

export type Target = 'markdown' | 'html' | 'csv' | 'text';

type Env = typeof Handlebars;
interface HelperOptions {
  hash: Record<string, unknown>;
  fn?: (context: unknown) => string;
  inverse?: (context: unknown) => string;
}

/** Plain text on one line, for digests sent by mail or chat. */
export function plainText(value: unknown): string {
  return visible(String(value ?? '')).replace(/\r\n?|\n/g, ' ');
}

const escapes: Record<Target, (text: string) => string> = {
  markdown: markdownText,
  // Handlebars escapes a helper's string result in HTML templates itself.
  html: (text) => visible(text),
  csv: (text) => text,
  text: plainText,
};

/** The helpers every template of `target` may use; user text goes through one of them. */
export function registerHelpers(env: Env, target: Target): void {
  const esc = escapes[target];
  env.registerHelper('t', (key: unknown, options: HelperOptions) =>
    esc(message(key, options.hash)),
  );
  env.registerHelper('money', (amount: unknown, which: unknown) => esc(money(amount, which)));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  env.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  env.registerHelper('len', (value: unknown) => (Array.isArray(value) ? value.length : 0));
  env.registerHelper('join', (value: unknown, sep: unknown) =>
    esc((Array.isArray(value) ? value : []).map(String).join(typeof sep === 'string' ? sep : ', ')),
  );
  if (target === 'markdown') {
    env.registerHelper('md', (value: unknown) => markdownText(String(value ?? '')));
    env.registerHelper('mdHtml', (value: unknown) => markdownHtml(String(value ?? '')));
    env.registerHelper('code', (value: unknown) => markdownCode(String(value ?? '')));
    env.registerHelper('tHtml', (key: unknown, options: HelperOptions) =>
      markdownHtml(message(key, options.hash)),
    );
  }
  if (target === 'csv') {
    env.registerHelper('csvRow', (...args: unknown[]) => csvRow(args.slice(0, -1)));
  }
  if (target === 'text') env.registerHelper('plain', (value: unknown) => plainText(value));
}

function message(key: unknown, hash: Record<string, unknown>): string {
  const name = String(key);
  if (!hasMessage(name)) return name;
  const params: Params = {};
  for (const [k, v] of Object.entries(hash)) {
    params[k] = typeof v === 'number' ? v : String(v ?? '');
  }
  return t(name, params);
}

/** `original` (default) or `base` amount of a BaseAmount, formatted for the language. */
function money(amount: unknown, which: unknown): string {
  if (typeof amount !== 'object' || amount === null) return '';
  const a = amount as BaseAmount;
  const locale = language() === 'zh-CN' ? 'zh-CN' : 'en-US';
  return which === 'base'
    ? formatMoney(a.base, a.baseCurrency, locale)
    : formatMoney(a.value, a.currency, locale);
}
