import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Facts } from '../checks/facts.js';
import type { Draft } from '../findings/finding.js';
import { isDoc } from '../model/read.js';
import { writeAtomic } from '../workspace/atomic.js';
import { checksum, parseJson } from './lines.js';

/**
 * What a file's own checks found, kept so that an unchanged file need not be parsed:
 * valid only under the stamp of its day, partners and workspace (see facts-cache.ts),
 * and only while its attachments resolve as they did.
 */
export interface CachedResult {
  valid: boolean;
  drafts: Draft[];
  /** Each listed attachment path with how it resolved (see checks/attachment/deps.ts). */
  deps: string[];
}

/** One cached file: the key it had when its facts were taken, and the facts. */
export interface Entry {
  key: string;
  facts: Facts;
  result?: CachedResult;
}

/** A key that names a git blob, as keys.ts makes it: kept in the blob ids' own part. */
const blobKey = /^b:[0-9a-f]{40}$/;

/** Whether an entry was keyed by its git blob, which `keyedByBlob` tells without the key. */
export function keyedByBlob(entry: Entry): boolean {
  return entry instanceof StoredEntry ? entry.stat === undefined : blobKey.test(entry.key);
}

export interface Store {
  /** In the order written; one per file. */
  entries: Entry[];
  /** The stamp the results were made under; entries' results count only under it. */
  results: string | undefined;
  /** How many entries have a result in the file, whether or not they were read. */
  kept: number;
  /**
   * The git tree the entries were listed under, when they are one per registration of
   * that tree and its working copy (see keys.ts `Keys`), so that a run that reports on a
   * few files may take them without listing every file.
   */
  tree: string | undefined;
}

// Raised whenever the layout changes, so that older caches are rebuilt.
const format = 6;

const empty = (): Store => ({ entries: [], results: undefined, kept: 0, tree: undefined });

/*
 * The file is four lines: a header, the facts, the blob ids and the results, each a
 * JSON text. The header holds a checksum of each of the others, so a truncated or
 * damaged file is known as such without checking every row. A run that needs only the
 * facts (as `--changed` does) never parses the results, and one that takes the entries
 * of a tree that still stands never parses the blob ids, a quarter of the facts' bytes.
 * The facts are kept by column, with the values most files share (partner, day, product
 * lines) named once, and the fields most files leave out listed only where present: a
 * cache of 100,000 files is half the bytes, and read in half the time, of one kept row
 * by row.
 */

/** The facts of every entry, by column. */
interface Columns {
  count: number;
  id: (string | null)[];
  /** Index into `partners`, or -1 for none. */
  partner: number[];
  partners: string[];
  /** Index into `days`, or -1 for none. */
  submittedOn: number[];
  days: string[];
  hasCustomer: (0 | 1)[];
  /** Index into `lineSets`. */
  lines: number[];
  lineSets: string[][];
  name: (string | null)[];
  domain: (string | null)[];
  /** Entries not at `registrations/<partner>/<id>.yaml`, where most are. */
  file: [number, string][];
  /** Entries keyed by size and time; every other entry is keyed by its blob id. */
  stat: [number, string][];
  /** Entries whose lookalike is not their name, as it mostly is. */
  lookalike: [number, string | null][];
  number: [number, string][];
  outcome: [number, string][];
  decision: [number, string][];
  /** Entries with days added by extensions. */
  extensionDays: [number, number][];
}

type ResultRow = [valid: boolean, drafts: Draft[], deps: string[]] | null;

/**
 * An entry as read from a cache file. The blob ids are decoded for the first entry that
 * is asked for its key: a run over a tree that still stands asks none.
 */
class StoredEntry implements Entry {
  constructor(
    readonly facts: Facts,
    /** The size-and-time key, or undefined for an entry keyed by its blob. */
    readonly stat: string | undefined,
    private readonly blob: number,
    private readonly blobs: () => string[],
    readonly result?: CachedResult,
  ) {}

  get key(): string {
    return this.stat ?? `b:${this.blobs()[this.blob] ?? ''}`;
  }
}

/**
 * The entries of a cache file written under the same stamp; empty when the file is
 * missing, unreadable, truncated, of another stamp or otherwise not as written, since a
 * cache is only ever a copy of what can be worked out again. Results are read only
 * when asked for.
 */
export function readStore(file: string, stamp: string, withResults = true): Store {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return empty();
  }
  // Each line is checked and decoded only when it is read: the checksums are of bytes.
  const ends: number[] = [];
  for (let at = bytes.indexOf(0x0a); at >= 0 && ends.length < 3; at = bytes.indexOf(0x0a, at + 1)) {
    ends.push(at);
  }
  const [first, second, third] = ends;
  if (first === undefined || second === undefined || third === undefined) return empty();
  const header = parseJson(bytes.toString('utf8', 0, first));
  if (!isDoc(header) || header.format !== format || header.stamp !== stamp) return empty();
  const factBytes = bytes.subarray(first + 1, second);
  const blobBytes = bytes.subarray(second + 1, third);
  if (header.facts !== checksum(factBytes) || header.blobs !== checksum(blobBytes)) {
    return empty();
  }
  const columns = columnsOf(parseJson(factBytes.toString('utf8')));
  if (!columns) return empty();
  // As many ids of 40 digits as entries keyed by blob, told by the length alone.
  const blobCount = columns.count - columns.stat.length;
  if (blobBytes.length !== (blobCount === 0 ? 2 : 43 * blobCount + 1)) return empty();
  let results: unknown[] | undefined;
  const resultBytes = bytes.subarray(third + 1);
  if (
    withResults &&
    typeof header.results === 'string' &&
    header.checks === checksum(resultBytes)
  ) {
    const parsed = parseJson(resultBytes.toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === columns.count) results = parsed;
  }
  let decoded: string[] | undefined;
  // A copy, so that the rest of the file is let go of while the entries live.
  let blobText: Buffer | undefined = Buffer.from(blobBytes);
  const blobs = (): string[] => {
    // Checked against its checksum above; a list of another shape keys nothing.
    decoded ??= blobIds(parseJson(blobText?.toString('latin1') ?? ''), blobCount);
    blobText = undefined;
    return decoded;
  };
  const entries = entriesOf(columns, results, blobs);
  if (!entries) return empty();
  const kept = typeof header.kept === 'number' ? header.kept : 0;
  const tree = typeof header.tree === 'string' ? header.tree : undefined;
  return { entries, results: results ? (header.results as string) : undefined, kept, tree };
}

/** The tree a cache file was listed under (see `Store`), read from its header alone. */
export function treeOf(file: string): string | undefined {
  let head = '';
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      head = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const end = head.indexOf('\n');
  const header = end < 0 ? undefined : parseJson(head.slice(0, end));
  return isDoc(header) && typeof header.tree === 'string' ? header.tree : undefined;
}

/** Writes all entries at once, atomically, so that a concurrent run reads old or new. */
export function writeStore(
  file: string,
  stamp: string,
  results: string,
  entries: Iterable<Entry>,
  tree?: string,
): void {
  const columns: Columns = {
    ...{ count: 0, id: [], partner: [], partners: [], submittedOn: [], days: [] },
    ...{ hasCustomer: [], lines: [], lineSets: [], name: [], domain: [], file: [], stat: [] },
    ...{ lookalike: [], number: [], outcome: [], decision: [], extensionDays: [] },
  };
  const partners = namer(columns.partners);
  const days = namer(columns.days);
  const lineSets = namer(columns.lineSets);
  const blobs: string[] = [];
  const checks: ResultRow[] = [];
  for (const { key, facts: f, result: r } of entries) {
    const i = columns.count;
    columns.count += 1;
    columns.id.push(f.id ?? null);
    columns.partner.push(f.partner === undefined ? -1 : partners(f.partner, f.partner));
    columns.submittedOn.push(f.submittedOn === undefined ? -1 : days(f.submittedOn, f.submittedOn));
    columns.hasCustomer.push(f.hasCustomer ? 1 : 0);
    columns.lines.push(lineSets(JSON.stringify(f.lines), f.lines));
    columns.name.push(f.name ?? null);
    columns.domain.push(f.domain ?? null);
    if (f.file !== homeOf(f.partner ?? null, f.id ?? null)) columns.file.push([i, f.file]);
    if (blobKey.test(key)) blobs.push(key.slice(2));
    else columns.stat.push([i, key]);
    if (f.lookalike !== f.name) columns.lookalike.push([i, f.lookalike ?? null]);
    if (f.number !== undefined) columns.number.push([i, f.number]);
    if (f.outcome !== undefined) columns.outcome.push([i, f.outcome]);
    if (f.decision !== undefined) columns.decision.push([i, f.decision]);
    if (f.extensionDays !== 0) columns.extensionDays.push([i, f.extensionDays]);
    checks.push(r ? [r.valid, r.drafts, r.deps] : null);
  }
  const factsText = JSON.stringify(columns);
  const blobsText = JSON.stringify(blobs);
  const resultsText = JSON.stringify(checks);
  const kept = checks.filter((c) => c !== null).length;
  const header = {
    format,
    stamp,
    results,
    kept,
    facts: checksum(factsText),
    blobs: checksum(blobsText),
    checks: checksum(resultsText),
    ...(tree === undefined ? {} : { tree }),
  };
  const text = `${JSON.stringify(header)}\n${factsText}\n${blobsText}\n${resultsText}`;
  writeAtomic(file, text, { replace: true });
}

/** Gives each distinct value a number, in the order first met, listing it in `table`. */
function namer<T>(table: T[]): (name: string, value: T) => number {
  const numbers = new Map<string, number>();
  return (name, value) => {
    let n = numbers.get(name);
    if (n === undefined) {
      n = table.push(value) - 1;
      numbers.set(name, n);
    }
    return n;
  };
}

const text = (v: unknown): v is string | null => v === null || typeof v === 'string';
const opt = (v: string | null | undefined): string | undefined => (v === null ? undefined : v);

/** The checksum vouches for the bytes; the shape is checked so a bug can never crash a run. */
function columnsOf(value: unknown): Columns | undefined {
  if (!isDoc(value)) return undefined;
  const c = value as Partial<Record<keyof Columns, unknown>>;
  const count = c.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return undefined;
  const dense = (v: unknown, ok: (x: unknown) => boolean): boolean =>
    Array.isArray(v) && v.length === count && v.every(ok);
  const index = (table: unknown, none: boolean) => (x: unknown) =>
    Number.isInteger(x) &&
    ((x as number) >= 0 ? (x as number) < (table as unknown[]).length : none && x === -1);
  // As written: in the order of the entries, each at most once.
  const sparse = (v: unknown, ok: (x: unknown) => boolean): boolean =>
    Array.isArray(v) &&
    v.every(
      (pair, k) =>
        Array.isArray(pair) &&
        pair.length === 2 &&
        Number.isInteger(pair[0]) &&
        pair[0] > (k === 0 ? -1 : (v[k - 1] as [number])[0]) &&
        pair[0] < count &&
        ok(pair[1]),
    );
  const isString = (x: unknown): boolean => typeof x === 'string';
  const tables = isStrings(c.partners) && isStrings(c.days);
  if (!tables || !Array.isArray(c.lineSets) || !c.lineSets.every(isStrings)) return undefined;
  const ok =
    dense(c.id, text) &&
    dense(c.partner, index(c.partners, true)) &&
    dense(c.submittedOn, index(c.days, true)) &&
    dense(c.hasCustomer, (x) => x === 0 || x === 1) &&
    dense(c.lines, index(c.lineSets, false)) &&
    dense(c.name, text) &&
    dense(c.domain, text) &&
    sparse(c.file, isString) &&
    sparse(c.stat, isString) &&
    sparse(c.lookalike, text) &&
    sparse(c.number, isString) &&
    sparse(c.outcome, isString) &&
    sparse(c.decision, isString) &&
    sparse(c.extensionDays, (x) => typeof x === 'number' && Number.isFinite(x));
  return ok ? (value as unknown as Columns) : undefined;
}

/** The entries of checked columns; undefined where one would have no file. */
function entriesOf(
  c: Columns,
  results: unknown[] | undefined,
  blobs: () => string[],
): Entry[] | undefined {
  const at = <T>(pairs: [number, T][]): Map<number, T> => new Map(pairs);
  const files = at(c.file);
  const stats = at(c.stat);
  const lookalikes = at(c.lookalike);
  const numbers = at(c.number);
  const outcomes = at(c.outcome);
  const decisions = at(c.decision);
  const extensions = at(c.extensionDays);
  const entries: Entry[] = [];
  let blob = 0;
  for (let i = 0; i < c.count; i += 1) {
    const id = c.id[i] as string | null;
    const partnerAt = c.partner[i] as number;
    const partner = partnerAt < 0 ? null : (c.partners[partnerAt] as string);
    const file = files.get(i) ?? homeOf(partner, id);
    if (file === undefined) return undefined;
    const dayAt = c.submittedOn[i] as number;
    const name = opt(c.name[i]);
    const facts: Facts = {
      file,
      id: opt(id),
      partner: opt(partner),
      submittedOn: dayAt < 0 ? undefined : c.days[dayAt],
      hasCustomer: c.hasCustomer[i] === 1,
      // Shared by the entries with the same lines: no check changes a fact.
      lines: c.lineSets[c.lines[i] as number] as string[],
      name,
      lookalike: lookalikes.has(i) ? opt(lookalikes.get(i)) : name,
      domain: opt(c.domain[i]),
      number: numbers.get(i),
      outcome: outcomes.get(i),
      decision: decisions.get(i),
      extensionDays: extensions.get(i) ?? 0,
    };
    const stat = stats.get(i);
    const result = resultOf(results?.[i]);
    entries.push(new StoredEntry(facts, stat, stat === undefined ? blob++ : -1, blobs, result));
  }
  return entries;
}

/** Where a registration of this partner and id belongs, as most do. */
function homeOf(partner: string | null, id: string | null): string | undefined {
  return partner === null || id === null ? undefined : `registrations/${partner}/${id}.yaml`;
}

/**
 * The blob ids, or none at all where they are not `count` ids of 40 hex digits each: the
 * entries are already out, so a list that is not as written can only key nothing.
 */
function blobIds(value: unknown, count: number): string[] {
  const ids = /^[0-9a-f]{40}$/;
  const fits =
    Array.isArray(value) &&
    value.length === count &&
    value.every((v) => typeof v === 'string' && ids.test(v));
  return fits ? (value as string[]) : [];
}

function resultOf(value: unknown): CachedResult | undefined {
  if (!Array.isArray(value) || value.length !== 3) return undefined;
  const [valid, drafts, deps] = value as [unknown, unknown, unknown];
  if (typeof valid !== 'boolean' || !isStrings(deps)) return undefined;
  if (!Array.isArray(drafts) || !drafts.every(isDraft)) return undefined;
  return { valid, drafts, deps };
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

const optionalText = ['key', 'severity', 'file', 'at', 'hintKey'] as const;
const severities = new Set(['error', 'warning', 'notice']);

/** Every part of a draft that phrasing reads, as phrasing expects it. */
function isDraft(value: unknown): value is Draft {
  if (!isDoc(value) || typeof value.rule !== 'string') return false;
  const { path, position, params } = value;
  if (!Array.isArray(path) || !path.every((p) => typeof p === 'string' || typeof p === 'number')) {
    return false;
  }
  if (
    !isDoc(position) ||
    typeof position.line !== 'number' ||
    typeof position.column !== 'number'
  ) {
    return false;
  }
  if (optionalText.some((k) => value[k] !== undefined && typeof value[k] !== 'string'))
    return false;
  if (value.severity !== undefined && !severities.has(value.severity as string)) return false;
  if (params === undefined) return true;
  return (
    isDoc(params) &&
    Object.values(params).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}
