import type { ErrorObject } from 'ajv';
import localizeModule from 'ajv-i18n/localize/zh/index.js';
import type { Language } from '../../i18n/index.js';

// A CommonJS function export; its typings describe it as an ES default.
const localizeZh = localizeModule as unknown as (errors: ErrorObject[]) => void;

/** ajv's own wording of an error, in the chosen language, for keywords we do not phrase. */
export function localizeDetail(error: ErrorObject, lang: Language): string {
  const copy: ErrorObject = { ...error };
  if (lang === 'zh-CN') localizeZh([copy]);
  return copy.message ?? error.keyword;
}
