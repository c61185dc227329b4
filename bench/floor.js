// The floor a validator of YAML files can reach in Node: read, parse, validate, in one
// thread, with no positions and no checks beyond the schema. `node bench/floor.js
// js-yaml|yaml DIR` prints the number of invalid files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';

const [parser, dir] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'registration.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const read = parser === 'yaml' ? (t) => parse(t) : (t) => load(t, { schema: CORE_SCHEMA });

let invalid = 0;
const root = join(dir, 'registrations');
for (const partner of readdirSync(root)) {
  for (const name of readdirSync(join(root, partner))) {
    const value = read(readFileSync(join(root, partner, name), 'utf8'));
    if (!validate(value)) invalid += 1;
  }
}
console.log(invalid);
