import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';

export const policyFileName = 'reg.config.yaml';

/** The nearest folder at or above `start` that holds reg.config.yaml. */
export function findRoot(start: string): string {
  const from = resolve(start);
  if (!existsSync(from) || !statSync(from).isDirectory()) {
    throw new UserError(t('cli.path-missing', { path: from }), t('cli.no-workspace.hint'));
  }
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, policyFileName))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new UserError(t('cli.no-workspace', { dir: from }), t('cli.no-workspace.hint'));
}
