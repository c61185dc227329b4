import { closeSync, linkSync, openSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';

/**
 * Creates `target` with `text` unless a file is there; false when one is. The text goes to
 * a temporary file in the same folder first, which is then hard-linked to its name: the
 * link is atomic and fails when the name exists, so no reader sees half a file and no
 * file is ever overwritten. `before` runs just before the link; the tests use it to race.
 */
export function createFile(
  target: string,
  text: string,
  before?: (target: string) => void,
): boolean {
  const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    before?.(target);
    linkSync(temp, target);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(code(error) ?? '')) throw error;
    return createWithoutLink(target, text);
  } finally {
    unlinkSync(temp);
  }
}

/** For file systems without hard links: still exclusive, though not atomic. */
function createWithoutLink(target: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(target, 'wx');
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

function code(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}
