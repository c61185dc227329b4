import { readFileSync } from 'node:fs';
import type { Facts } from '../checks/facts.js';
import { isDoc } from '../model/read.js';
import { writeAtomic } from '../workspace/atomic.js';

/** One cached file: the key it had when its facts were taken, and the facts. */
export interface Entry {
  key: string;
  facts: Facts;
}

// Raised whenever the shape of Facts changes, so that older caches are rebuilt.
const format = 2;

/**
 * The entries of a cache file written under the same stamp; empty when the file is
 * missing, unreadable, truncated, of another stamp or otherwise not as written, since a
 * cache is only ever a copy of what can be worked out again.
 */
export function readStore(file: string, stamp: string): Map<string, Entry> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return new Map();
  }
  if (!isDoc(parsed) || parsed.format !== format || parsed.stamp !== stamp) return new Map();
  if (!Array.isArray(parsed.entries)) return new Map();
  const out = new Map<string, Entry>();
  for (const row of parsed.entries as unknown[]) {
    const entry = entryOf(row);
    if (!entry) return new Map();
    out.set(entry.facts.file, entry);
  }
  return out;
}

/** Writes all entries at once, atomically, so that a concurrent run reads old or new. */
export function writeStore(file: string, stamp: string, entries: Iterable<Entry>): void {
  const rows = [...entries].map((e) => [e.key, e.facts]);
  writeAtomic(file, JSON.stringify({ format, stamp, entries: rows }), { replace: true });
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
  if (!Array.isArray(row) || row.length !== 2) return undefined;
  const [key, facts] = row as [unknown, unknown];
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
  return { key, facts: facts as unknown as Facts };
}
