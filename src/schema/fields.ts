import { language, type Language } from '../i18n/index.js';
import type { JsonSchema } from './bundled.js';

/** What the schema says of one field, for messages, prompts and `reg explain`. */
export interface FieldInfo {
  /** Dotted path with `[]` for list items, e.g. `products[].line`. */
  path: string;
  schema: JsonSchema;
  text: Record<Language, { title: string; description: string }>;
  example: unknown;
  children: string[];
}

/**
 * Every field a schema describes, keyed by path. Properties named in `then` branches
 * count too, so fields that only some kinds require are found.
 */
export function fieldIndex(root: JsonSchema): Map<string, FieldInfo> {
  const index = new Map<string, FieldInfo>();
  const visit = (node: JsonSchema | undefined, path: string, depth: number): void => {
    if (!node || depth > 12) return;
    const schema = resolve(root, node);
    const entry = index.get(path) ?? describe(path, schema);
    if (!index.has(path)) index.set(path, entry);
    else mergeAnnotations(entry, schema);

    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (!entry.children.includes(key)) entry.children.push(key);
      visit(child, childPath, depth + 1);
    }
    if (schema.items) visit(schema.items, `${path}[]`, depth + 1);
    for (const branch of [...(schema.allOf ?? []), schema.then, schema.else]) {
      if (branch) visit(branch, path, depth + 1);
    }
  };
  visit(root, '', 0);
  return index;
}

/** `customer.contact.email` or `products[0].line` → the index key. */
export function fieldKey(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += '[]';
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

function resolve(root: JsonSchema, node: JsonSchema): JsonSchema {
  let current = node;
  for (let i = 0; i < 8 && current.$ref; i += 1) {
    const name = current.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    if (!target) break;
    const rest: JsonSchema = { ...current };
    delete rest.$ref;
    current = { ...target, ...rest };
  }
  return current;
}

function describe(path: string, schema: JsonSchema): FieldInfo {
  return { path, schema, text: texts(schema), example: schema.examples?.[0], children: [] };
}

function texts(schema: JsonSchema): FieldInfo['text'] {
  const en = { title: schema.title ?? '', description: schema.description ?? '' };
  const zh = schema['x-zh-CN'];
  return {
    en,
    'zh-CN': { title: zh?.title ?? en.title, description: zh?.description ?? en.description },
  };
}

function mergeAnnotations(entry: FieldInfo, schema: JsonSchema): void {
  if (!entry.text.en.title && schema.title) entry.text = texts(schema);
  if (entry.example === undefined) entry.example = schema.examples?.[0];
  if (!entry.schema.type && schema.type) entry.schema = { ...schema, ...entry.schema };
}

/** The field's title and description in the current language. */
export function fieldText(info: FieldInfo | undefined): { title: string; description: string } {
  return info ? info.text[language()] : { title: '', description: '' };
}
