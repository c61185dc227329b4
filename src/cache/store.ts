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
const format = 5;

const empty = (): Store => ({ entries: [], results: undefined, kept: 0, tree: undefined });

/*
 * The file is three lines: a header, the facts and the results, each a JSON text. The
 * header holds a checksum of each of the others, so a truncated or damaged file is
 * known as such without checking every row, and a run that needs only the facts (as
 * `--changed` does) never parses the results. A fact row is an array rather than an
 * object: a cache of 100,000 files is read in a fraction of the time.
 */

type Row = [
  /** 0 for `registrations/<partner>/<id>.yaml`, as it is when the file is where it belongs. */
  file: string | 0,
  key: string,
  id: string | null,
  partner: string | null,
  submittedOn: string | null,
  hasCustomer: boolean,
  lines: string[],
  name: string | null,
  /** 0 for the same as the name, as it mostly is. */
  lookalike: string | 0 | null,
  domain: string | null,
  number: string | null,
  outcome: string | null,
  decision: string | null,
  extensionDays: number,
];

type ResultRow = [valid: boolean, drafts: Draft[], deps: string[]] | null;

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
  const first = bytes.indexOf(0x0a);
  const second = first < 0 ? -1 : bytes.indexOf(0x0a, first + 1);
  if (second < 0) return empty();
  const header = parseJson(bytes.toString('utf8', 0, first));
  if (!isDoc(header) || header.format !== format || header.stamp !== stamp) return empty();
  if (header.facts !== checksum(bytes.subarray(first + 1, second))) return empty();
  const rows = parseJson(bytes.toString('utf8', first + 1, second));
  if (!Array.isArray(rows)) return empty();
  let results: unknown[] | undefined;
  const resultBytes = bytes.subarray(second + 1);
  if (
    withResults &&
    typeof header.results === 'string' &&
    header.checks === checksum(resultBytes)
  ) {
    const parsed = parseJson(resultBytes.toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === rows.length) results = parsed;
  }
  const entries: Entry[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const entry = entryOf(rows[i], results?.[i]);
    if (!entry) return empty();
    entries.push(entry);
  }
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
  const rows: Row[] = [];
  const checks: ResultRow[] = [];
  for (const { key, facts: f, result: r } of entries) {
    const lookalike =
      f.lookalike !== undefined && f.lookalike === f.name ? 0 : (f.lookalike ?? null);
    rows.push([
      f.file === homeOf(f.partner ?? null, f.id ?? null) ? 0 : f.file,
      key,
      f.id ?? null,
      f.partner ?? null,
      f.submittedOn ?? null,
      f.hasCustomer,
      f.lines,
      f.name ?? null,
      lookalike,
      f.domain ?? null,
      f.number ?? null,
      f.outcome ?? null,
      f.decision ?? null,
      f.extensionDays,
    ]);
    checks.push(r ? [r.valid, r.drafts, r.deps] : null);
  }
  const factsText = JSON.stringify(rows);
  const resultsText = JSON.stringify(checks);
  const kept = checks.filter((c) => c !== null).length;
  const header = {
    format,
    stamp,
    results,
    kept,
    facts: checksum(factsText),
    checks: checksum(resultsText),
    ...(tree === undefined ? {} : { tree }),
  };
  writeAtomic(file, `${JSON.stringify(header)}\n${factsText}\n${resultsText}`, { replace: true });
}

const text = (v: unknown): v is string | null => v === null || typeof v === 'string';
const opt = (v: string | null): string | undefined => (v === null ? undefined : v);

/** The checksum vouches for the bytes; the shape is checked so a bug can never crash a run. */
function entryOf(row: unknown, check: unknown): Entry | undefined {
  if (!Array.isArray(row) || row.length !== 14) return undefined;
  const [stored, key, id, partner, submittedOn, hasCustomer, lines, name, lookalike] = row as Row;
  const [, , , , , , , , , domain, number, outcome, decision, extensionDays] = row as Row;
  const file = stored === 0 ? homeOf(partner, id) : stored;
  if (typeof file !== 'string' || typeof key !== 'string' || typeof hasCustomer !== 'boolean') {
    return undefined;
  }
  const strings = [id, partner, submittedOn, name, domain, number, outcome, decision];
  if (!strings.every(text) || typeof extensionDays !== 'number' || !isStrings(lines)) {
    return undefined;
  }
  if (lookalike !== 0 && !text(lookalike)) return undefined;
  const facts: Facts = {
    file,
    id: opt(id),
    partner: opt(partner),
    submittedOn: opt(submittedOn),
    hasCustomer,
    lines,
    name: opt(name),
    lookalike: lookalike === 0 ? opt(name) : opt(lookalike),
    domain: opt(domain),
    number: opt(number),
    outcome: opt(outcome),
    decision: opt(decision),
    extensionDays,
  };
  const result = resultOf(check);
  return result ? { key, facts, result } : { key, facts };
}

/** Where a registration of this partner and id belongs, as most do. */
function homeOf(partner: string | null, id: string | null): string | undefined {
  return partner === null || id === null ? undefined : `registrations/${partner}/${id}.yaml`;
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
