import { mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import { UserError } from '../cli/errors.js';
import { hasMessage, t } from '../i18n/index.js';

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
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  if (code === undefined || !/^E[A-Z]+$/.test(code)) return error;
  const key = `write.reason.${code}`;
  const reason = hasMessage(key) ? t(key) : t('write.reason.other');
  const shown = relative(process.cwd(), file) || file;
  return new UserError(t('write.failed', { file: shown, reason, code }), t('write.failed.hint'));
}

/** mkdir -p, with the same words for a disk or folder that refuses it. */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw writeFailure(dir, error);
  }
}
