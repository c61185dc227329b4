import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { schemaPath } from '../schema/bundled.js';

/** The workspace's copy of the schema when it has one, else the bundled schema. */
export function registrationSchemaFile(root: string): string {
  const own = join(root, 'schemas', 'registration.schema.json');
  return existsSync(own) ? own : schemaPath('registration');
}

/** The modeline editors read: the schema's path relative to the file being written. */
export function schemaLine(root: string, file: string): string {
  const rel = relative(dirname(file), registrationSchemaFile(root)).split(sep).join('/');
  return `# yaml-language-server: $schema=${rel}`;
}
