import { readFileSync } from 'node:fs';
import type { Facts } from '../checks/facts.js';
import type { Draft } from '../findings/finding.js';
import { isDoc } from '../model/read.js';
import { writeAtomic } from '../workspace/atomic.js';

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
  entries: Map<string, Entry>;
  /** The stamp the results were made under; entries' results count only under it. */
  results: string | undefined;
}

// Raised whenever the shape of an entry changes, so that older caches are rebuilt.
const format = 3;

const empty = (): Store => ({ entries: new Map(), results: undefined });

/**
 * The entries of a cache file written under the same stamp; empty when the file is
 * missing, unreadable, truncated, of another stamp or otherwise not as written, since a
 * cache is only ever a copy of what can be worked out again.
 */
export function readStore(file: string, stamp: string): Store {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return empty();
  }
  if (!isDoc(parsed) || parsed.format !== format || parsed.stamp !== stamp) return empty();
  if (!Array.isArray(parsed.entries)) return empty();
  const results = typeof parsed.results === 'string' ? parsed.results : undefined;
  const entries = new Map<string, Entry>();
  for (const row of parsed.entries as unknown[]) {
    const entry = entryOf(row);
    if (!entry) return empty();
    entries.set(entry.facts.file, entry);
  }
  return { entries, results };
}

/** Writes all entries at once, atomically, so that a concurrent run reads old or new. */
export function writeStore(
  file: string,
  stamp: string,
  results: string,
  entries: Iterable<Entry>,
): void {
  const rows = [...entries].map((e) => (e.result ? [e.key, e.facts, e.result] : [e.key, e.facts]));
  writeAtomic(file, JSON.stringify({ format, stamp, results, entries: rows }), { replace: true });
}

const optional = [
  'id',
  'partner',
  'submittedOn',
  'name',
  'lookalike',
  'domain',
  'number',
  'outcome',
  'decision',
];

function entryOf(row: unknown): Entry | undefined {
  if (!Array.isArray(row) || (row.length !== 2 && row.length !== 3)) return undefined;
  const [key, facts, result] = row as [unknown, unknown, unknown];
  if (typeof key !== 'string' || !isDoc(facts)) return undefined;
  if (typeof facts.file !== 'string' || typeof facts.hasCustomer !== 'boolean') return undefined;
  if (typeof facts.extensionDays !== 'number') return undefined;
  if (!Array.isArray(facts.lines) || !facts.lines.every((l) => typeof l === 'string')) {
    return undefined;
  }
  for (const field of optional) {
    const value = facts[field];
    if (value !== undefined && typeof value !== 'string') return undefined;
  }
  const entry: Entry = { key, facts: facts as unknown as Facts };
  if (row.length === 2) return entry;
  const checked = resultOf(result);
  return checked ? { ...entry, result: checked } : undefined;
}

function resultOf(value: unknown): CachedResult | undefined {
  if (!isDoc(value) || typeof value.valid !== 'boolean') return undefined;
  if (!Array.isArray(value.deps) || !value.deps.every((d) => typeof d === 'string')) {
    return undefined;
  }
  if (!Array.isArray(value.drafts) || !value.drafts.every(isDraft)) return undefined;
  return value as unknown as CachedResult;
}

/** Enough of a draft's shape that phrasing it cannot fail; the stamp vouches for the rest. */
function isDraft(value: unknown): boolean {
  if (!isDoc(value) || typeof value.rule !== 'string' || !Array.isArray(value.path)) {
    return false;
  }
  const position = value.position;
  if (!isDoc(position)) return false;
  return typeof position.line === 'number' && typeof position.column === 'number';
}
