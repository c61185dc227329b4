import { isAbsolute, relative } from 'node:path';
import { UserError } from '../cli/errors.js';
import { hasMessage, t } from '../i18n/index.js';
import { errorCode } from './error-code.js';
import { makeFolders } from './folders.js';

/**
 * A test's stand-in for a disk that fills up or turns read-only: it runs after a
 * temporary file is written and before it is put in place, and may throw.
 */
let fault: ((temp: string) => void) | undefined;

export function injectWriteFault(inject: ((temp: string) => void) | undefined): void {
  fault = inject;
}

export function afterTempWritten(temp: string): void {
  fault?.(temp);
}

/** A system error while writing `file`, said in words; other errors pass unchanged. */
export function writeFailure(file: string, error: unknown): unknown {
  const why = writeReason(error);
  if (!why) return error;
  // A path outside the current folder reads better whole than as a climb of `../`.
  const near = relative(process.cwd(), file);
  const shown = near === '' || near.startsWith('..') || isAbsolute(near) ? file : near;
  const hint = pathReasons.has(why.code) ? 'write.failed.hint.path' : 'write.failed.hint';
  return new UserError(t('write.failed', { file: shown, ...why }), t(hint));
}

/** Codes that say the path, not the disk, is at fault. */
const pathReasons = new Set(['ENOTDIR', 'ENOENT']);

/** The system's code of a failed write and the reason in words; none for other errors. */
export function writeReason(error: unknown): { reason: string; code: string } | undefined {
  const code = errorCode(error);
  if (code === undefined || !/^E[A-Z]+$/.test(code)) return undefined;
  const key = `write.reason.${code}`;
  return { reason: hasMessage(key) ? t(key) : t('write.reason.other'), code };
}

/** mkdir -p, with the same words for a disk or folder that refuses it. */
export function makeFolder(dir: string): void {
  try {
    makeFolders(dir);
  } catch (error) {
    throw writeFailure(dir, error);
  }
}
