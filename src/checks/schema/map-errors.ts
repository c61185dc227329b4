import type { ErrorObject } from 'ajv';
import type { Draft, Params, Segment } from '../../findings/finding.js';
import { t, language, type MessageKey } from '../../i18n/index.js';
import { fieldKey, fieldText, type FieldInfo } from '../../schema/fields.js';
import type { Validator } from '../../schema/validator.js';
import { localizeDetail } from './localize.js';

/** Keywords whose failure only says that a nested keyword failed; those are reported. */
const umbrella = new Set(['if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', '$ref']);

const ruleOf: Record<string, string> = {
  required: 'schema.required',
  type: 'schema.type',
  format: 'schema.format',
  enum: 'schema.enum',
  const: 'schema.const',
  pattern: 'schema.pattern',
  additionalProperties: 'schema.additional-properties',
  minimum: 'schema.minimum',
  maximum: 'schema.maximum',
  exclusiveMinimum: 'schema.exclusive-minimum',
  exclusiveMaximum: 'schema.exclusive-maximum',
  minLength: 'schema.min-length',
  maxLength: 'schema.max-length',
  minItems: 'schema.min-items',
  maxItems: 'schema.max-items',
  uniqueItems: 'schema.unique-items',
  multipleOf: 'schema.multiple-of',
};

/** Every rule id this mapping can yield, for the rule catalogue. */
export const schemaRules: readonly string[] = [
  ...new Set([...Object.values(ruleOf), 'schema.other']),
];

/** ajv's errors for one document as drafts a partner can read. */
export function mapSchemaErrors(errors: ErrorObject[], value: unknown, v: Validator): Draft[] {
  const out: Draft[] = [];
  for (const error of errors) {
    if (umbrella.has(error.keyword)) continue;
    out.push(mapOne(error, value, v));
  }
  return collapseTypeNoise(out);
}

function mapOne(error: ErrorObject, value: unknown, v: Validator): Draft {
  const path = segments(error.instancePath, value);
  const rule = ruleOf[error.keyword] ?? 'schema.other';
  const info = v.fields.get(fieldKey(path));
  // The whole document is no example to show in a hint: it ran to kilobytes.
  const example = path.length === 0 ? '' : exampleText(info?.example);

  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      const full = [...path, missing];
      const child = v.fields.get(fieldKey(full));
      const description = fieldText(child).description || fieldText(child).title;
      const params = { field: dotted(full), description };
      return { rule, path, params };
    }
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty);
      const allowed = (info?.children ?? []).join(', ');
      return { rule, path: [...path, extra], params: { allowed } };
    }
    case 'type':
      return {
        rule,
        path,
        at: 'value',
        params: typeParams(error, valueAt(value, path), example),
        ...(example === '' ? { hintKey: 'schema.type.bare-hint' } : {}),
      };
    case 'format': {
      const format = String(error.params.format);
      const key = formatKey(format);
      return { rule, key, path, at: 'value', params: { format, example } };
    }
    case 'enum':
    case 'const': {
      const allowed = allowedText(error);
      return { rule, path, at: 'value', params: { allowed } };
    }
    case 'pattern':
      // No example to show: a hint ending in "like this:" and nothing would puzzle more.
      if (example === '')
        return { rule, path, at: 'value', params: {}, hintKey: 'schema.pattern.bare-hint' };
      return { rule, path, at: 'value', params: { example } };
    default:
      return { rule, path, at: 'value', params: limitParams(error) };
  }
}

function typeParams(error: ErrorObject, actual: unknown, example: string): Params {
  const expected = String(error.params.type)
    .split(',')
    .map((type) => typeName(type))
    .join(' / ');
  const fraction =
    typeof actual === 'number' && !Number.isInteger(actual) && expected === typeName('integer');
  const said = fraction
    ? t('schema.type.fraction', { value: String(actual) })
    : typeName(jsonType(actual));
  return { expected, actual: said, example };
}

function typeName(type: string): string {
  const key = `schema.type.${type}`;
  return isTypeKey(key) ? t(key) : type;
}

function isTypeKey(key: string): key is MessageKey {
  return ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']
    .map((x) => `schema.type.${x}`)
    .includes(key);
}

function formatKey(format: string): string {
  if (format === 'email' || format === 'date' || format === 'uri') return `schema.format.${format}`;
  return 'schema.format';
}

function allowedText(error: ErrorObject): string {
  const values = error.params.allowedValues ?? [error.params.allowedValue];
  return (values as unknown[]).map((x) => String(x)).join(', ');
}

function limitParams(error: ErrorObject): Params {
  const limit = error.params.limit;
  const detail = localizeDetail(error, language());
  return { limit: typeof limit === 'number' ? limit : String(limit ?? ''), detail };
}

/** A value of the wrong type also fails its format or pattern; say only the type. */
function collapseTypeNoise(drafts: Draft[]): Draft[] {
  const typed = new Set(drafts.filter((d) => d.rule === 'schema.type').map((d) => dotted(d.path)));
  return drafts.filter((d) => d.rule === 'schema.type' || !typed.has(dotted(d.path)));
}

/** JSON pointer → segments, with list indexes as numbers where the data has a list. */
export function segments(pointer: string, value: unknown): Segment[] {
  if (pointer === '') return [];
  const out: Segment[] = [];
  let current = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current) && /^\d+$/.test(key)) {
      out.push(Number(key));
      current = current[Number(key)];
    } else {
      out.push(key);
      current = ownValue(current, key);
    }
  }
  return out;
}

function valueAt(value: unknown, path: readonly Segment[]): unknown {
  let current = value;
  for (const seg of path) current = ownValue(current, String(seg));
  return current;
}

function ownValue(container: unknown, key: string): unknown {
  if (typeof container !== 'object' || container === null) return undefined;
  if (!Object.prototype.hasOwnProperty.call(container, key)) return undefined;
  return (container as Record<string, unknown>)[key];
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function dotted(path: readonly Segment[]): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : s))
    .join('.')
    .replace(/\.\[/g, '[');
}

function exampleText(example: unknown): string {
  if (example === undefined) return '';
  return typeof example === 'string' ? example : JSON.stringify(example);
}

export type { FieldInfo };
