import {
  closeSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errorCode as code } from './error-code.js';
import { makeFolders } from './folders.js';
import { afterTempWritten, writeFailure } from './write-error.js';

export interface WriteOptions {
  /**
   * Replace a file that is there. Only for files reg wrote itself, which the caller has
   * made sure of; without it a file that exists is left alone and false is returned.
   */
  replace?: boolean;
  /** Runs just before the file takes its name; the tests use it to race. */
  before?: (target: string) => void;
}

/**
 * The one way reg writes a file, so that readers see the old content or the new, never
 * a part: the text goes to a temporary file in the same folder (one file system), which
 * then takes the name, by a rename when replacing, or else by a hard link, which fails
 * when the name exists, so that nothing is overwritten even in a race. True when written.
 */
export function writeAtomic(target: string, text: Content, options: WriteOptions = {}): boolean {
  const dir = dirname(target);
  const temp = join(
    dir,
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    makeFolders(dir);
    if (typeof text === 'string') writeFileSync(temp, text, { flag: 'wx' });
    else writeParts(temp, 'wx', text);
    afterTempWritten(temp);
    options.before?.(target);
    if (options.replace) renameSync(temp, target);
    else return link(temp, target, text);
    return true;
  } catch (error) {
    // A full disk or a read-only folder is said in words; the old content stays.
    throw writeFailure(target, error);
  } finally {
    removeTemp(temp);
  }
}

/** Cleaning up must not hide why the write failed: under a file, even this fails. */
function removeTemp(temp: string): void {
  try {
    rmSync(temp, { force: true });
  } catch {
    // Nothing was made there.
  }
}

/**
 * A text, or what makes it in parts: a large file (a cache of 100,000 documents) is
 * written as it is made rather than held whole. It may be asked for more than once.
 */
export type Content = string | (() => Iterable<string>);

function writeParts(file: string, flag: 'wx', parts: () => Iterable<string>): void {
  const fd = openSync(file, flag);
  try {
    let pending: string[] = [];
    let size = 0;
    const flush = (): void => {
      writeSync(fd, pending.join(''));
      pending = [];
      size = 0;
    };
    for (const part of parts()) {
      pending.push(part);
      size += part.length;
      if (size >= 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

function link(temp: string, target: string, text: Content): boolean {
  try {
    linkSync(temp, target);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(code(error) ?? '')) throw error;
    return createWithoutLink(target, text);
  }
}

/** For file systems without hard links: still exclusive, though not atomic. */
function createWithoutLink(target: string, text: Content): boolean {
  try {
    writeParts(target, 'wx', typeof text === 'string' ? () => [text] : text);
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    throw error;
  }
  return true;
}
