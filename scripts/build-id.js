// Writes dist/build-id: a hash of the compiled code and of the versions of the libraries
// that read and check the files, so that cached check results are never reused by a
// build that could judge a file differently, even at the same version of regkit.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');
const hash = createHash('sha256');
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))
  .sort();
for (const file of files) {
  hash.update(file.split('\\').join('/'));
  hash.update('\0');
  hash.update(readFileSync(join(dist, file)));
  hash.update('\0');
}
for (const name of ['yaml', 'js-yaml', 'ajv', 'ajv-formats', 'ajv-i18n']) {
  const pkg = JSON.parse(readFileSync(join(dist, '..', 'node_modules', name, 'package.json'), 'utf8'));
  hash.update(`${name}@${pkg.version}\0`);
}
writeFileSync(join(dist, 'build-id'), `${hash.digest('hex')}\n`);
