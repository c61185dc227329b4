import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { cacheFolder } from '../cache/folder.js';
import { writeAtomic } from '../workspace/atomic.js';
import type { Workspace } from '../workspace/workspace.js';

export interface OutOptions {
  cwd: string;
  quiet?: boolean;
  /** Overwrite a file that reg did not write, or that was edited since. */
  force?: boolean;
  command: string;
}

/*
 * reg remembers what it wrote (path and content hash) in its cache folder (under the git
 * folder in a repository, see cache/folder.ts), so that a second run may replace its own
 * report but never a file someone else wrote, nor one edited by hand after reg wrote it.
 * Earlier versions kept the record in the workspace's `.reg-cache/`, where inside a
 * repository it showed as a change of its own; it is still read from there.
 */
const recordName = 'outputs.json';

/** Prints `text`, or writes it to `--out` when given. */
export function emit(
  ws: Workspace,
  text: string,
  flags: { out?: string; force?: boolean },
  g: { cwd: string; quiet: boolean },
  command: string,
): void {
  const out = outFile(flags.out);
  if (out === undefined) process.stdout.write(text);
  else writeOut(ws, out, text, { cwd: g.cwd, force: flags.force, quiet: g.quiet, command });
}

/**
 * The file `--out` names: none for `-`, standard output as everywhere else. A name that
 * starts with a dash is an option taken for the value of a forgotten one (`--out
 * --format`), and refused; a file of such a name is given as `./-name`.
 */
export function outFile(out: string | undefined): string | undefined {
  if (out === undefined || out === '-') return undefined;
  if (out.startsWith('-')) {
    throw new UserError(
      t('report.out.dash', { file: out }),
      t('report.out.dash.hint', { file: out }),
    );
  }
  return out;
}

/**
 * Refuses at once a `--out` that `emit` would refuse once the work is done, so that a
 * report of 100,000 registrations does not run for nothing. `emit` asks again: the file
 * may turn up meanwhile.
 */
export function checkOut(
  ws: Workspace,
  flags: { out?: string; force?: boolean },
  g: { cwd: string },
  command: string,
): void {
  const out = outFile(flags.out);
  if (out === undefined) return;
  const how = { command, force: flags.force === true };
  refuseOther(g.cwd, out, readRecord(ws, recordFolder(ws)), how);
}

/** Writes `text` to `file` atomically: a temporary file in the same folder, then a rename. */
export function writeOut(ws: Workspace, file: string, text: string, options: OutOptions): string {
  // Asked of git once: the record is read from and written to the same folder.
  const folder = recordFolder(ws);
  const record = readRecord(ws, folder);
  const how = { command: options.command, force: options.force === true };
  const abs = refuseOther(options.cwd, file, record, how);
  atomicWrite(abs, text);
  record[abs] = hashOf(Buffer.from(text, 'utf8'));
  // Without the record the next run refuses to replace the file: safe, only less handy.
  if (folder !== undefined) {
    try {
      mkdirSync(folder, { recursive: true });
      atomicWrite(join(folder, recordName), `${JSON.stringify(record, null, 2)}\n`);
    } catch {
      // As without a folder.
    }
  }
  if (!options.quiet) process.stderr.write(`${t('report.out.written', { file })}\n`);
  return abs;
}

/**
 * A file there that reg did not write, or that was changed since, is not replaced
 * without `force`; a folder never is. Returns where the file is to be written.
 */
function refuseOther(
  cwd: string,
  file: string,
  record: Record<string, string>,
  how: { command: string; force: boolean },
): string {
  const abs = outputPath(cwd, file);
  if (!existingOutput(abs, file) || how.force) return abs;
  // Records of earlier versions name a file by its path as given, links and all.
  const hash = hashOf(readFileSync(abs));
  if (record[abs] === hash || record[resolve(cwd, file)] === hash) return abs;
  const hint = t('report.out.exists.hint', { command: how.command });
  throw new UserError(t('report.out.exists', { file }), hint);
}

/**
 * Where an `--out` file is written: through a link to the file it names, since the
 * rename that writes atomically would otherwise put a file in the link's place. A file
 * not there yet is named by its folder's real path, as it will be once it is: the record
 * of what reg wrote knows a file by this name (on macOS `/tmp` is itself a link).
 */
export function outputPath(cwd: string, file: string): string {
  const abs = danglingTarget(resolve(cwd, file), file);
  const missing: string[] = [];
  for (let at = abs; ;) {
    try {
      return join(realpathSync(at), ...missing);
    } catch {
      const up = dirname(at);
      if (up === at) return abs;
      missing.unshift(basename(at));
      at = up;
    }
  }
}

/**
 * A link whose file is not there yet is followed to where it points, as a shell's `>`
 * would: the rename that writes atomically would otherwise put a file in the link's
 * place and the link would be lost. A loop of links is refused.
 */
function danglingTarget(abs: string, file: string): string {
  let at = abs;
  for (let hops = 0; isLink(at); hops += 1) {
    if (existsSync(at)) return at;
    if (hops >= 40) throw new UserError(t('report.out.loop', { file }), t('report.out.loop.hint'));
    // Against the folder the link really sits in: a relative target of a link reached
    // through a linked folder is read from there, as the system reads it.
    at = resolve(realDir(dirname(at)), readlinkSync(at));
  }
  return at;
}

function realDir(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

function isLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Whether an `--out` target is there, as a regular file, which alone may be read and
 * replaced. A folder is refused, and so is a device, a pipe or a socket (`/dev/stdout`,
 * say): reading one may never end, and the rename that writes atomically would put a
 * file in its place.
 */
export function existingOutput(abs: string, file: string): boolean {
  if (!existsSync(abs)) return false;
  const stats = statSync(abs);
  if (stats.isFile()) return true;
  if (stats.isDirectory()) {
    const named = file.replace(/[\\/]+$/, '');
    throw new UserError(
      t('report.out.folder', { file }),
      t('report.out.folder.hint', { file: named }),
    );
  }
  throw new UserError(t('report.out.special', { file }), t('report.out.special.hint'));
}

/** A report reg may replace (see above); a failure is the user's to fix, not a crash. */
function atomicWrite(abs: string, text: string): void {
  try {
    writeAtomic(abs, text, { replace: true });
  } catch (error) {
    // Already said in words by writeAtomic: the reason and that nothing was left behind.
    if (error instanceof UserError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(t('report.out.failed', { file: abs, detail }), t('report.out.failed.hint'));
  }
}

/** reg's cache folder, or none where the policy names one badly (said where the cache is used). */
function recordFolder(ws: Workspace): string | undefined {
  try {
    return cacheFolder(ws);
  } catch {
    return undefined;
  }
}

/**
 * What reg wrote, as recorded in `folder` and, from earlier versions, in `.reg-cache/`.
 * Without a record reg replaces none of its earlier reports.
 */
function readRecord(ws: Workspace, folder: string | undefined): Record<string, string> {
  const record = Object.create(null) as Record<string, string>;
  const legacy = join(ws.root, '.reg-cache', recordName);
  const current = folder === undefined ? legacy : join(folder, recordName);
  const places = current === legacy ? [legacy] : [legacy, current];
  for (const place of places) {
    try {
      const value: unknown = JSON.parse(readFileSync(place, 'utf8'));
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      for (const [k, v] of Object.entries(value)) if (typeof v === 'string') record[k] = v;
    } catch {
      // No record there, or a damaged one: nothing of it is taken.
    }
  }
  return record;
}

function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
