import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../workspace/atomic.js';
import { makeFolder } from '../workspace/write-error.js';

/** `<PARTNER>-<YYYY>-<NNNN>` for the partner, the year and a sequence number. */
export function idFor(partner: string, year: string, seq: number): string {
  return `${partner.toUpperCase()}-${year}-${String(seq).padStart(4, '0')}`;
}

/**
 * One more than the highest sequence of the partner and the year among the files of the
 * partner's folder and the `known` ids (taken elsewhere, see `knownIds`).
 */
export function nextSequence(
  root: string,
  partner: string,
  year: string,
  known: readonly string[] = [],
): number {
  const prefix = `${partner.toUpperCase()}-${year}-`;
  let highest = 0;
  const files = safeList(join(root, 'registrations', partner))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, ''));
  for (const id of [...files, ...known]) {
    const match = /^(.+-\d{4}-)(\d{4})$/.exec(id);
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
  /** Ids taken elsewhere than in the partner's folder. */
  known?: readonly string[];
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
 * Writes the registration under the next free id, atomically and never over a file; when
 * the id's file appears meanwhile the next id is tried, so two `reg new` get two ids.
 */
export function writeUnderNextId(options: WriteOptions): Written {
  const dir = join(options.root, 'registrations', options.partner);
  makeFolder(dir);
  const next = (): number =>
    nextSequence(options.root, options.partner, options.year, options.known);
  let seq = next();
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const id = idFor(options.partner, options.year, seq);
    const text = options.render(id);
    const target = join(dir, `${id}.yaml`);
    if (writeAtomic(target, text, { before: options.beforeLink })) {
      return { id, rel: `registrations/${options.partner}/${id}.yaml`, text };
    }
    seq = Math.max(seq + 1, next());
  }
  throw new Error(`no free id found in ${dir}`);
}
