import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type SchemaName = 'registration' | 'partner' | 'policy';

/** The package's own folder, where `schemas/` and `templates/` ship. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function schemaPath(name: SchemaName): string {
  return join(packageRoot, 'schemas', `${name}.schema.json`);
}

const cache = new Map<SchemaName, JsonSchema>();

export function loadSchema(name: SchemaName): JsonSchema {
  let schema = cache.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(schemaPath(name), 'utf8')) as JsonSchema;
    cache.set(name, schema);
  }
  return schema;
}

/** The subset of JSON Schema that regkit reads for annotations. */
export interface JsonSchema {
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  title?: string;
  description?: string;
  examples?: unknown[];
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  patternProperties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  'x-zh-CN'?: { title?: string; description?: string };
  [keyword: string]: unknown;
}
