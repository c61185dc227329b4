import { isAbsolute, relative } from 'node:path';
import { UserError } from '../cli/errors.js';
import { hasMessage, t } from '../i18n/index.js';
import { errorCode } from './error-code.js';

/** A folder of the workspace that is there but could not be listed, said in words. */
export function folderUnreadable(folder: string, error: unknown): UserError {
  const code = errorCode(error) ?? 'EIO';
  const key = `read.reason.${code}`;
  const reason = hasMessage(key) ? t(key) : t('read.reason.other');
  return new UserError(
    t('read.folder-failed', { folder: shown(folder), reason, code }),
    t('read.folder-failed.hint', { folder: shown(folder) }),
  );
}

/** A path outside the current folder reads better whole than as a climb of `../`. */
function shown(path: string): string {
  const near = relative(process.cwd(), path);
  return near === '' || near.startsWith('..') || isAbsolute(near) ? path : near;
}
