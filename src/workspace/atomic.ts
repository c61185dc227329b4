import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { afterTempWritten, writeFailure } from './write-error.js';

/**
 * Writes a file so that readers see the old content or the new, never a part: a temp
 * file in the same folder (so the rename stays on one file system), then a rename.
 * A full disk or a read-only folder is a UserError, and the old content stays.
 */
export function writeAtomic(path: string, text: string): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, text, { flag: 'wx' });
    afterTempWritten(temp);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw writeFailure(path, error);
  }
}
