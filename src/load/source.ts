import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Draft } from '../findings/finding.js';
import { errorCode } from '../workspace/error-code.js';
import { locationDraft } from '../workspace/place.js';
import type { Limits } from './limits.js';

/** The text of one file in the workspace, or the reason it has none. */
export interface Source {
  /** Absolute path on disk. */
  abs: string;
  /** Path relative to the workspace root, with `/`. */
  rel: string;
  text: string | undefined;
  size: number;
  /** Findings about the file as a whole (too large, not UTF-8). */
  problems: Draft[];
  /**
   * What the bytes read were: their git blob id (when asked for) and the file's size,
   * times and inode just before reading, so that a cache keeps a result only under the
   * key of the content it was made from (see cache/facts-cache.ts). `lfBlob` is the
   * blob id of the bytes with CRLF made LF, when they have any (see `withLf`).
   * `recent` is set when the file was changed so shortly before it was read that a
   * rewrite of the same size could keep its time (see `racyMs`).
   */
  read?: { blob: string | undefined; stat: string; lfBlob?: string; recent?: boolean };
}

/**
 * A file's time moves in ticks: some milliseconds on Linux, up to two seconds on FAT.
 * Read within a tick of its last change, a file rewritten at the same size right after
 * the read could keep its size, times and inode, and so the key of the text that was
 * read. git calls such index entries racily clean and compares their content next time;
 * a cache keyed by time keeps no result for them instead (cache/facts-cache.ts).
 * `REG_RACY_MS=N` sets the window: larger where a network drive's clock runs apart.
 */
const racyMs = millisFromEnv('REG_RACY_MS') ?? 2000;

function millisFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * Files are read into one buffer that is kept between them, since only their text is
 * kept: a run over 100,000 files would otherwise allocate and zero 100,000 buffers.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads a file without ever holding more than the size limit in memory. `identify` adds
 * the blob id of its bytes, which only runs that keep a cache need.
 */
export function readSource(
  abs: string,
  rel: string,
  limits: Limits,
  identify = false,
  follow = true,
): Source {
  let fd: number;
  try {
    fd = openSync(abs, follow ? 'r' : noFollow);
  } catch (error) {
    return unreadable(abs, rel, error);
  }
  try {
    return readOpen(fd, abs, rel, limits, identify);
  } catch (error) {
    // A folder opens as a file does on Linux and fails only when read (EISDIR).
    if (errorCode(error) === undefined) throw error;
    return unreadable(abs, rel, error);
  } finally {
    closeSync(fd);
  }
}

function readOpen(fd: number, abs: string, rel: string, limits: Limits, identify: boolean): Source {
  const stats = fstatSync(fd);
  const size = stats.size;
  if (size > limits.maxFileBytes) return tooLarge(abs, rel, size, limits);
  if (scratch.length < size && size <= 1 << 20) scratch = Buffer.allocUnsafe(size);
  const buffer = scratch.length < size ? Buffer.allocUnsafe(size) : scratch;
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  const bytes = buffer.subarray(0, read);
  const source = decode(abs, rel, bytes);
  if (read === size) {
    const blob = identify ? blobId(bytes) : undefined;
    source.read = { blob, stat: statKey(stats) };
    // A time ahead of the clock (another machine's, on a network drive) counts as recent.
    if (Date.now() - Math.max(stats.mtimeMs, stats.ctimeMs) < racyMs) source.read.recent = true;
    const lf = identify && bytes.includes(crlf) ? withLf(bytes) : undefined;
    if (lf) source.read.lfBlob = blobId(lf);
  }
  return source;
}

const crlf = Buffer.from('\r\n');

/**
 * The bytes with their line ends as git keeps them where it turns LF into CRLF in the
 * working tree (core.autocrlf, the default of Git for Windows, or eol=crlf): parsed, the
 * two give the same document, so a cache may take either for the other. Not where a CR
 * is left: a CR before CRLF reads as a line break of its own, but not once the LF is
 * gone. The CRLF form is larger, so near the size limit the two forms may differ in
 * whether they are read at all: such files keep no result (cache/facts-cache.ts).
 */
function withLf(bytes: Buffer): Buffer | undefined {
  const text = bytes.toString('latin1').replaceAll('\r\n', '\n');
  return text.includes('\r') ? undefined : Buffer.from(text, 'latin1');
}

/** The id git gives these bytes as a blob, as `git hash-object` prints it. */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A file's identity without its content, where git cannot say more. */
export function statKey(stats: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>): string {
  // The change time too: a copy or an unpack that sets the time back (cp -p, rsync -t,
  // tar) cannot set it back, since the system sets it on every change.
  return `s:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
}

const at0 = { line: 1, column: 1 };

/**
 * A file that went away or became unreadable between being listed and being read, as
 * when a branch is switched while `reg validate` runs: a finding, never a crash.
 */
function unreadable(abs: string, rel: string, error: unknown): Source {
  const code = errorCode(error) ?? 'EIO';
  const key = unreadableKeys.get(code);
  const problem: Draft = { rule: 'yaml.unreadable', path: [], params: { code }, position: at0 };
  if (key !== undefined) problem.key = key;
  return { abs, rel, text: undefined, size: 0, problems: [problem] };
}

/**
 * Codes that say what is wrong with the file as it stands, rather than that it changed
 * while it was read: checking again would only fail again.
 */
const unreadableKeys = new Map([
  ['EACCES', 'yaml.unreadable.denied'],
  ['EPERM', 'yaml.unreadable.denied'],
  ['EISDIR', 'yaml.unreadable.folder'],
  ['ELOOP', 'yaml.unreadable.link'],
]);

/** Opens for reading without following a link, where the system can say so. */
const noFollow =
  constants.O_NOFOLLOW === undefined ? 'r' : constants.O_RDONLY | constants.O_NOFOLLOW;

/**
 * A file of registrations/ read for its checks. One that is no registration by where
 * it is or how it is named (workspace/place.ts) is not parsed: its place is all there
 * is to say of it, and a text file or a document there would only add noise. It is
 * still read, so that a cache keys its finding by its content as any other file's.
 */
export function readRegistration(
  abs: string,
  rel: string,
  limits: Limits,
  identify = false,
): Source {
  // A registration that is a link could lead anywhere, out of the workspace too: it is
  // not followed, and is told as a link (ELOOP).
  const source = readSource(abs, rel, limits, identify, false);
  const location = locationDraft(rel);
  if (location === undefined) return source;
  return { ...source, text: undefined, problems: [{ ...location, position: at0 }] };
}

/**
 * The same as `readSource` for bytes that come from elsewhere, such as a file's version
 * in git: the same size limit and the same strict UTF-8 decoding.
 */
export function sourceFromBytes(abs: string, rel: string, bytes: Buffer, limits: Limits): Source {
  if (bytes.length > limits.maxFileBytes) return tooLarge(abs, rel, bytes.length, limits);
  return decode(abs, rel, bytes);
}

/** A file known to be over the size limit, without its bytes ever being read. */
export function tooLarge(abs: string, rel: string, size: number, limits: Limits): Source {
  const params = { size, limit: limits.maxFileBytes };
  const problem: Draft = { rule: 'yaml.too-large', path: [], params, position: at0 };
  return { abs, rel, text: undefined, size, problems: [problem] };
}

function decode(abs: string, rel: string, bytes: Buffer): Source {
  if (isUtf8(bytes)) {
    // A byte-order mark is no part of the text; an editor that adds one to a file that has
    // one leaves two.
    const text = stripBom(stripBom(bytes.toString('utf8')));
    return { abs, rel, text, size: bytes.length, problems: [] };
  }
  const position = firstInvalidByte(bytes);
  const problem: Draft = { rule: 'yaml.encoding', path: [], position };
  return { abs, rel, text: undefined, size: bytes.length, problems: [problem] };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Line and column of the first byte that does not decode, for the finding's position. */
function firstInvalidByte(bytes: Buffer): { line: number; column: number } {
  const lossy = bytes.toString('utf8');
  const index = lossy.indexOf('\uFFFD');
  const before = index < 0 ? lossy : lossy.slice(0, index);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
