import type { Loaded } from '../load/document.js';
import { isDoc } from '../model/read.js';
import type { SchemaName } from '../schema/bundled.js';
import { validator } from '../schema/validator.js';
import { mapSchemaErrors } from './schema/map-errors.js';
import type { Unit } from './unit.js';

/**
 * The checks every YAML file gets: the yaml.* problems found while loading it, then
 * its schema. A file with a yaml.* problem is not read further.
 */
export function checkDocument(rel: string, loaded: Loaded, schema: SchemaName): Unit {
  if (loaded.problems.length > 0 || loaded.value === undefined) {
    // The loader's hint for an empty file speaks of registrations; the policy and a
    // partner's profile are made otherwise.
    const drafts =
      schema === 'registration'
        ? [...loaded.problems]
        : loaded.problems.map((d) =>
            d.rule === 'yaml.empty' ? { ...d, hintKey: `yaml.empty.${schema}-hint` } : d,
          );
    return { rel, loaded, data: undefined, valid: false, drafts };
  }
  const v = validator(schema);
  const errors = v.validate(loaded.value);
  const drafts = mapSchemaErrors(errors, loaded.value, v);
  const data = isDoc(loaded.value) ? loaded.value : undefined;
  return { rel, loaded, data, valid: errors.length === 0, drafts };
}
