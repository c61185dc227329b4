import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../schema/bundled.js';

let cached: string | undefined;

export function version(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    cached = pkg.version;
  }
  return cached;
}
