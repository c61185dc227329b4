import { catalog, type MessageKey } from './catalog.js';
import type { Params } from '../findings/finding.js';

export type Language = 'en' | 'zh-CN';
export const languages: readonly Language[] = ['en', 'zh-CN'];

let current: Language = 'en';

export function setLanguage(language: Language): void {
  current = language;
}

export function language(): Language {
  return current;
}

/** The language asked for by `--lang`, else by the locale variables, else English. */
export function pickLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
  if (flag !== undefined) return flag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalog, key);
}

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params: Params = {}, lang: Language = current): string {
  const template = catalog[key][lang === 'en' ? 0 : 1];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(value, lang);
  });
}

function formatParam(value: string | number, lang: Language): string {
  if (typeof value === 'string') return value;
  return Number.isInteger(value) && Math.abs(value) >= 10000
    ? value.toLocaleString(lang === 'zh-CN' ? 'zh-CN' : 'en-US')
    : String(value);
}

/** Nouns with a counted form in messages/count.ts. */
export type CountNoun =
  'file' | 'problem' | 'registration' | 'registration-file' | 'required-field';

/** A number with its noun, in the form the number takes: "1 file", "2 files". */
export function countOf(noun: CountNoun, n: number, lang: Language = current): string {
  return t(n === 1 ? `count.${noun}.one` : `count.${noun}.other`, { n }, lang);
}

export type { MessageKey };
