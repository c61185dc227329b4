import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { isDoc, type Doc } from '../model/read.js';
import { inSchemaOrder } from './order.js';
import type { Template } from './template.js';

/**
 * The registration's text from its template, proven faithful: the text is parsed again and
 * must equal the data, so that no template and no input can change what is written.
 */
export function renderRegistration(
  template: Template,
  data: Doc,
  id: string,
  line: string,
): string {
  const full = inSchemaOrder({ ...data, id }) as Doc;
  let text = template.render(full, { schemaLine: line }).replace(/\n{3,}/g, '\n\n');
  if (!text.startsWith('# yaml-language-server:')) text = `${line}\n${text}`;
  text = text.replace(/\s+$/, '\n');
  const back = parseBack(text);
  const differs = firstDifference(plain(full), plain(back), '');
  if (differs !== undefined) {
    const params = { file: template.file, path: differs || '(root)' };
    throw new UserError(t('new.template.unfaithful', params), t('new.template.unfaithful.hint'));
  }
  return text;
}

function parseBack(text: string): unknown {
  try {
    return parse(text, { schema: 'core', uniqueKeys: true });
  } catch {
    return undefined;
  }
}

function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** The first path at which two parsed values differ, or undefined when they are equal. */
function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < a.length; i += 1) {
      const inner = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (inner !== undefined) return inner;
    }
  }
  if (isDoc(a) && isDoc(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const inner = firstDifference(a[key], b[key], path ? `${path}.${key}` : key);
      if (inner !== undefined) return inner;
    }
  }
  return path;
}
