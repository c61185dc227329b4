import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { schemaPath, loadSchema, packageRoot, type JsonSchema, type SchemaName } from './bundled.js';
import { fieldIndex, type FieldInfo } from './fields.js';

export interface Validator {
  name: SchemaName;
  schema: JsonSchema;
  /** The schema's fields by path; built on first use, since clean runs never need it. */
  readonly fields: Map<string, FieldInfo>;
  /** All errors of one document; empty when it is valid. */
  validate(value: unknown): ErrorObject[];
}

interface CompiledFunction {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validators = new Map<SchemaName, Validator>();

export function validator(name: SchemaName): Validator {
  let v = validators.get(name);
  if (!v) {
    const compiled = precompiled(name) ?? compileNow(name);
    let fields: Map<string, FieldInfo> | undefined;
    v = {
      name,
      get schema() {
        return loadSchema(name);
      },
      get fields() {
        fields ??= fieldIndex(loadSchema(name));
        return fields;
      },
      validate(value) {
        return compiled(value) ? [] : [...(compiled.errors ?? [])];
      },
    };
    validators.set(name, v);
  }
  return v;
}

/** The validator made at build time, if it was made from the schema as it is now. */
function precompiled(name: SchemaName): CompiledFunction | undefined {
  const file = join(packageRoot, 'dist', 'schema', 'compiled', `${name}.cjs`);
  if (!existsSync(file)) return undefined;
  const mod = createRequire(import.meta.url)(file) as CompiledFunction & { schemaHash?: string };
  const hash = createHash('sha256').update(readFileSync(schemaPath(name))).digest('hex');
  return mod.schemaHash === hash ? mod : undefined;
}

function compileNow(name: SchemaName): CompiledFunction {
  // Loaded only on this path: a built package never pays for the compiler.
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as (ajv: InstanceType<typeof Ajv2020>) => void;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addKeyword('x-zh-CN');
  return ajv.compile(loadSchema(name)) as CompiledFunction;
}
