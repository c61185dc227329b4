import { linkSync, mkdirSync, openSync, readdirSync, unlinkSync, writeFileSync, closeSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/** `<PARTNER>-<YYYY>-<NNNN>` for the partner, the year and a sequence number. */
export function idFor(partner: string, year: string, seq: number): string {
  return `${partner.toUpperCase()}-${year}-${String(seq).padStart(4, '0')}`;
}

/** One more than the highest sequence the partner's folder holds for the year. */
export function nextSequence(root: string, partner: string, year: string): number {
  const prefix = `${partner.toUpperCase()}-${year}-`;
  let highest = 0;
  for (const name of safeList(join(root, 'registrations', partner))) {
    const match = /^(.+-\d{4}-)(\d{4})\.ya?ml$/.exec(name);
    if (match && match[1] === prefix) highest = Math.max(highest, Number(match[2]));
  }
  return highest + 1;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export interface WriteOptions {
  root: string;
  partner: string;
  year: string;
  /** The file's text for an id; called again when the id has been taken meanwhile. */
  render(id: string): string;
  /** Runs just before the file is linked into place; the tests use it to race. */
  beforeLink?(target: string): void;
}

export interface Written {
  id: string;
  /** Workspace-relative path with `/`. */
  rel: string;
  text: string;
}

/**
 * Writes the registration under the next free id, atomically and never over a file: the
 * text goes to a temporary file first, which is then hard-linked to its name; a link fails
 * when the name exists, and then the next id is tried. Two `reg new` at once get two ids.
 */
export function writeUnderNextId(options: WriteOptions): Written {
  const dir = join(options.root, 'registrations', options.partner);
  mkdirSync(dir, { recursive: true });
  let seq = nextSequence(options.root, options.partner, options.year);
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const id = idFor(options.partner, options.year, seq);
    const text = options.render(id);
    const target = join(dir, `${id}.yaml`);
    if (place(dir, target, text, options.beforeLink)) {
      return { id, rel: `registrations/${options.partner}/${id}.yaml`, text };
    }
    seq = Math.max(seq + 1, nextSequence(options.root, options.partner, options.year));
  }
  throw new Error(`no free id found in ${dir}`);
}

/** Puts `text` at `target` unless a file is there; false when one is. */
function place(dir: string, target: string, text: string, before?: (target: string) => void): boolean {
  const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    before?.(target);
    linkSync(temp, target);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(code(error) ?? '')) throw error;
    return createExclusive(target, text);
  } finally {
    unlinkSync(temp);
  }
}

/** For file systems without hard links: still exclusive, though not atomic. */
function createExclusive(target: string, text: string): boolean {
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
