import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { Language } from '../../i18n/index.js';

type Localize = (errors: ErrorObject[]) => void;

let localizeZh: Localize | undefined;

/** Loaded on first use: a run in English never pays for ajv-i18n's Chinese phrasing. */
function zh(): Localize {
  localizeZh ??= createRequire(import.meta.url)('ajv-i18n/localize/zh/index.js') as Localize;
  return localizeZh;
}

/** ajv's own wording of an error, in the chosen language, for keywords we do not phrase. */
export function localizeDetail(error: ErrorObject, lang: Language): string {
  const copy: ErrorObject = { ...error };
  if (lang === 'zh-CN') zh()([copy]);
  return copy.message ?? error.keyword;
}
