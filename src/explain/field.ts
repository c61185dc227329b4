import { t } from '../i18n/index.js';
import type { Policy } from '../model/policy.js';
import { phraseCondition } from '../policy/why.js';
import type { SchemaName } from '../schema/bundled.js';
import { fieldText, type FieldInfo } from '../schema/fields.js';
import { requiredForKinds, requiredInParent } from '../schema/required.js';
import { validator } from '../schema/validator.js';
import { exampleText, fixFor } from './fix.js';
import { policyValues } from './values.js';

export interface FieldTarget {
  document: SchemaName;
  info: FieldInfo;
}

const documents: readonly SchemaName[] = ['registration', 'partner', 'policy'];

/** The field a user names, as `customer.name`, `products[0].line` or `products.line`. */
export function findField(name: string): FieldTarget | undefined {
  const key = name.replace(/\[\d*\]/g, '[]');
  for (const document of documents) {
    const fields = validator(document).fields;
    const info = fields.get(key) ?? fields.get(listPath(key, fields));
    if (info && key !== '') return { document, info };
  }
  return undefined;
}

/** `products.line` → `products[].line` where `products` is a list. */
function listPath(key: string, fields: Map<string, FieldInfo>): string {
  let out = '';
  for (const part of key.split('.')) {
    out = out === '' ? part : `${out}.${part}`;
    if (fields.has(`${out}[]`)) out = `${out}[]`;
  }
  return out;
}

/** Every field path of every document, for suggestions. */
export function fieldNames(): string[] {
  return documents.flatMap((d) => [...validator(d).fields.keys()].filter((k) => k !== ''));
}

/** `reg explain FIELD`: description, example, when it is required and how to write it. */
export function explainField(target: FieldTarget, policy: Policy | undefined): string[] {
  const { info, document } = target;
  const text = fieldText(info);
  const lines = [
    `${info.path} — ${text.title}`,
    t('explain.label.field-of', { document: t(`explain.label.document.${document}`) }),
  ];
  if (text.description) lines.push('', text.description);
  lines.push('');
  const values = policy && document === 'registration' ? policyValues(info.path, policy) : [];
  // Where the program lists the values, the schema's example may be none of them.
  const example = values[0]?.id ?? exampleText(info.example);
  if (example) lines.push(t('explain.label.example', { example }));
  if (info.children.length > 0)
    lines.push(t('explain.label.fields', { fields: info.children.join(', ') }));
  if (values.length > 0) {
    const labels = values.map((v) => v.label).join(', ');
    lines.push(t('explain.label.values', { values: labels }));
  }
  if (document === 'registration')
    lines.push(t('explain.label.required'), ...requiredLines(info.path, policy));
  const fix =
    values.length > 0
      ? t('explain.fix.enum', { values: values.map((v) => v.id).join(', ') })
      : fixFor(info);
  lines.push(t('explain.label.fix', { fix }));
  return lines;
}

function requiredLines(path: string, policy: Policy | undefined): string[] {
  const schema = validator('registration').schema;
  const kinds = policy ? Object.keys(policy.kinds) : ['deal', 'campaign', 'business-plan'];
  const always = requiredForKinds(schema, path, kinds);
  const lines: string[] = [];
  if (always.length === kinds.length) lines.push(t('explain.label.required.always'));
  else if (always.length > 0)
    lines.push(t('explain.label.required.kinds', { kinds: always.join(', ') }));
  else {
    const inParent = requiredInParent(schema, path, kinds).length > 0;
    const parent = path.replace(/(\[\])?(\.[^.]+|\[\])$/, '');
    const item = /\[\](\.[^.]+)?$/.test(path);
    if (!inParent || parent === path) lines.push(t('explain.label.required.optional'));
    else
      lines.push(
        t(item ? 'explain.label.required.item' : 'explain.label.required.parent', { parent }),
      );
  }
  for (const r of policy?.requirements ?? []) {
    if (!(r.fields ?? []).includes(path)) continue;
    lines.push(
      t('explain.label.required.by', { id: r.id, title: r.title, when: phraseCondition(r.when) }),
    );
  }
  return lines.map((l) => `  - ${l}`);
}
