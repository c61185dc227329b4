import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadSchema, type JsonSchema, type SchemaName } from './bundled.js';
import { fieldIndex, type FieldInfo } from './fields.js';

// ajv-formats ships CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export interface Validator {
  name: SchemaName;
  schema: JsonSchema;
  fields: Map<string, FieldInfo>;
  /** All errors of one document; empty when it is valid. */
  validate(value: unknown): ErrorObject[];
}

let ajv: Ajv2020 | undefined;
const validators = new Map<SchemaName, Validator>();

function instance(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    ajv.addKeyword('x-zh-CN');
  }
  return ajv;
}

export function validator(name: SchemaName): Validator {
  let v = validators.get(name);
  if (!v) {
    const schema = loadSchema(name);
    const compiled: ValidateFunction = instance().compile(schema);
    v = {
      name,
      schema,
      fields: fieldIndex(schema),
      validate(value) {
        return compiled(value) ? [] : [...(compiled.errors ?? [])];
      },
    };
    validators.set(name, v);
  }
  return v;
}
