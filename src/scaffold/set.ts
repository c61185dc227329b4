import { UserError } from '../cli/errors.js';
import type { Segment } from '../findings/finding.js';
import { t } from '../i18n/index.js';
import { isDoc, type Doc } from '../model/read.js';
import { fieldKey } from '../schema/fields.js';
import { validator } from '../schema/validator.js';
import { typedValue } from './value.js';

/** `products[0].line=plc` → the path and the value typed by the schema. */
export function parseSet(arg: string): { path: Segment[]; value: unknown } {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new UserError(t('new.set.form', { arg }), t('new.set.hint'));
  const path = parsePath(arg.slice(0, eq).trim(), arg);
  const info = validator('registration').fields.get(fieldKey(path));
  if (!info || info.children.length > 0 || info.schema.type === 'array') {
    throw new UserError(t('new.set.unknown', { field: arg.slice(0, eq) }), t('new.set.hint'));
  }
  return { path, value: typedValue(arg.slice(eq + 1), info.schema) };
}

function parsePath(text: string, arg: string): Segment[] {
  const out: Segment[] = [];
  for (const part of text.split('.')) {
    const match = /^([a-z_][a-z0-9_]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) throw new UserError(t('new.set.form', { arg }), t('new.set.hint'));
    out.push(match[1] as string);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

/** Sets `value` at `path` in `doc`, making maps and lists on the way. */
export function setPath(doc: Doc, path: readonly Segment[], value: unknown): void {
  let current: Doc | unknown[] = doc;
  path.forEach((seg, i) => {
    const last = i === path.length - 1;
    const next = path[i + 1];
    const make = (): Doc | unknown[] => (typeof next === 'number' ? [] : {});
    if (typeof seg === 'number') {
      const list = current as unknown[];
      if (seg > list.length)
        throw new UserError(t('new.set.gap', { index: seg }), t('new.set.hint'));
      if (last) list[seg] = value;
      else current = (list[seg] = container(list[seg], next) ?? make()) as Doc | unknown[];
    } else {
      const map = current as Doc;
      if (last) map[seg] = value;
      else current = (map[seg] = container(map[seg], next) ?? make()) as Doc | unknown[];
    }
  });
}

function container(value: unknown, next: Segment | undefined): Doc | unknown[] | undefined {
  if (typeof next === 'number') return Array.isArray(value) ? value : undefined;
  return isDoc(value) ? value : undefined;
}
