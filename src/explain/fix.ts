import { t } from '../i18n/index.js';
import type { JsonSchema } from '../schema/bundled.js';
import type { FieldInfo } from '../schema/fields.js';

/** How to write a field, from what its schema says about it. */
export function fixFor(info: FieldInfo): string {
  const schema = info.schema;
  const example = exampleText(info.example);
  const values = schema.enum ?? schema.items?.enum;
  if (values) return t('explain.fix.enum', { values: values.map(String).join(', ') });
  if (schema.format === 'date' || ref(schema, 'date'))
    return t('explain.fix.date', { example: example || '2026-11-20' });
  if (schema.format === 'email' || ref(schema, 'email')) {
    return t('explain.fix.email', { example: example || 'name@example.com' });
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'number' || type === 'integer')
    return t('explain.fix.number', { example: example || '1200000' });
  if (type === 'boolean') return t('explain.fix.boolean');
  if (type === 'array') return t('explain.fix.list');
  if (type === 'object' || info.children.length > 0) {
    return t('explain.fix.map', { fields: info.children.join(', ') });
  }
  if (schema.pattern && example) return t('explain.fix.pattern', { example });
  return t('explain.fix.text', { example: example || '…' });
}

function ref(schema: JsonSchema, name: string): boolean {
  return schema.$ref === `#/$defs/${name}`;
}

export function exampleText(example: unknown): string {
  if (example === undefined) return '';
  return typeof example === 'string' ? example : JSON.stringify(example);
}
