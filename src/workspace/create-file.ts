import { closeSync, linkSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { afterTempWritten, writeFailure } from './write-error.js';

/**
 * Creates `target` with `text` unless a file is there; false when one is. The text goes to
 * a temporary file in the same folder first, which is then hard-linked to its name: the
 * link is atomic and fails when the name exists, so no reader sees half a file and no
 * file is ever overwritten. `before` runs just before the link; the tests use it to race.
 * A full disk or a read-only folder is a UserError, and leaves no file behind.
 */
export function createFile(
  target: string,
  text: string,
  before?: (target: string) => void,
): boolean {
  const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeExclusive(temp, text);
    afterTempWritten(temp);
    before?.(target);
    linkSync(temp, target);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(code(error) ?? '')) {
      throw writeFailure(target, error);
    }
    return createWithoutLink(target, text);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** For file systems without hard links: still exclusive, though not atomic. */
function createWithoutLink(target: string, text: string): boolean {
  try {
    writeExclusive(target, text);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    throw writeFailure(target, error);
  }
}

/** Writes a new file; when the write fails part way, the part is removed. */
function writeExclusive(path: string, text: string): void {
  const fd = openSync(path, 'wx');
  try {
    writeFileSync(fd, text);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}

function code(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}
