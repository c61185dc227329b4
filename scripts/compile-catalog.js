// Folds the message files into one module at build time: every run of `reg` (and every
// loading worker) needs the catalogue, and loading it as one module instead of three
// dozen saves a noticeable part of the start-up. The sources keep one file per area.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const file = join(import.meta.dirname, '..', 'dist', 'i18n', 'catalog.js');
const { catalog } = await import(pathToFileURL(file).href);
writeFileSync(file, `export const catalog = ${JSON.stringify(catalog)};\n`);
rmSync(`${file}.map`, { force: true });
