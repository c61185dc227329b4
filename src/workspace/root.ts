import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const policyFileName = 'reg.config.yaml';

/**
 * The nearest folder at or above `start` that holds reg.config.yaml, if any. It loads
 * nothing else, so that `bin/reg.js` may look before the rest of regkit is loaded.
 */
export function rootAbove(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, policyFileName))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
