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
  const why = writeReason(error);
  if (!why) return error;
  const shown = relative(process.cwd(), file) || file;
  return new UserError(t('write.failed', { file: shown, ...why }), t('write.failed.hint'));
}

/** The system's code of a failed write and the reason in words; none for other errors. */
export function writeReason(error: unknown): { reason: string; code: string } | undefined {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  if (code === undefined || !/^E[A-Z]+$/.test(code)) return undefined;
  const key = `write.reason.${code}`;
  return { reason: hasMessage(key) ? t(key) : t('write.reason.other'), code };
}

/** mkdir -p, with the same words for a disk or folder that refuses it. */
export function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw writeFailure(dir, error);
  }
}
