import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { rootAbove } from './root.js';

export { policyFileName } from './root.js';

/** The nearest folder at or above `start` that holds reg.config.yaml. */
export function findRoot(start: string): string {
  const from = resolve(start);
  if (!existsSync(from)) {
    throw new UserError(t('cli.path-missing', { path: from }), t('cli.no-workspace.hint'));
  }
  if (!statSync(from).isDirectory()) {
    throw new UserError(t('cli.not-a-folder', { path: from }), t('cli.not-a-folder.hint'));
  }
  const root = rootAbove(from);
  if (root !== undefined) return root;
  throw new UserError(t('cli.no-workspace', { dir: from }), t('cli.no-workspace.hint'));
}
