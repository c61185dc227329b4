// Compiles the bundled schemas into standalone validators at build time, so that a run
// of `reg` does not spend a third of a second compiling them. Each module records the
// hash of the schema it was made from; a schema edited after the build is compiled at
// run time instead (see src/schema/validator.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(import.meta.dirname, '..');
const out = join(root, 'dist', 'schema', 'compiled');
mkdirSync(out, { recursive: true });

for (const name of ['registration', 'partner', 'policy']) {
  const source = readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8');
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    code: { source: true, esm: false },
  });
  addFormats(ajv);
  ajv.addKeyword('x-zh-CN');
  const validate = ajv.compile(JSON.parse(source));
  const hash = createHash('sha256').update(source).digest('hex');
  const code = `${standaloneCode(ajv, validate)}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`;
  writeFileSync(join(out, `${name}.cjs`), code);
}
