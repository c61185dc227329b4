import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { mapSchemaErrors } from '../checks/schema/map-errors.js';
import { hasMessage, t } from '../i18n/index.js';
import type { JsonSchema } from '../schema/bundled.js';
import { validator } from '../schema/validator.js';

// ajv-formats ships CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * Text typed by a person, as the value the schema asks for: numbers, whole numbers and
 * booleans are converted; everything else, dates included, stays text. Text that does
 * not convert stays text too, so that the schema names the mistake.
 */
export function typedValue(text: string, schema: JsonSchema): unknown {
  const trimmed = text.trim();
  const type = schema.type;
  // A fraction typed for a whole number stays a number, so that the answer is refused as
  // a fraction and not as text.
  if (type === 'integer' && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (type === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return trimmed;
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/** Why one answer does not fit its field, in the user's language; undefined when it fits. */
export function answerProblem(
  path: string,
  schema: JsonSchema,
  value: unknown,
): string | undefined {
  const check = compiledFor(path, schema);
  if (check(value)) return undefined;
  const v = validator('registration');
  const drafts = mapSchemaErrors([...(check.errors ?? [])], value, v);
  const first = drafts[0];
  if (!first) return path;
  const key = first.key ?? first.rule;
  const params = { ...first.params, path };
  return hasMessage(key) ? t(key, params) : key;
}

function compiledFor(path: string, schema: JsonSchema): ValidateFunction {
  let check = compiled.get(path);
  if (!check) {
    ajv ??= addFormats(new Ajv2020({ allErrors: false, strict: false, allowUnionTypes: true }));
    const defs = validator('registration').schema.$defs;
    check = ajv.compile({ ...stripAnnotations(schema), $defs: defs });
    compiled.set(path, check);
  }
  return check;
}

function stripAnnotations(schema: JsonSchema): JsonSchema {
  const copy: JsonSchema = { ...schema };
  delete copy.$id;
  delete copy.examples;
  return copy;
}
