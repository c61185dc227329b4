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

/**
 * The hash of the compiled code written by the build (scripts/build-id.js); the version
 * alone where it is missing, as when running from sources under test.
 */
export function buildId(): string {
  try {
    return readFileSync(join(packageRoot, 'dist', 'build-id'), 'utf8').trim();
  } catch {
    return `version ${version()}`;
  }
}
