import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Unit } from '../checks/unit.js';
import { hasWaivers } from '../checks/waiver/waivers.js';
import { plainJson } from '../load/json.js';
import { isDoc, type Doc } from '../model/read.js';
import { writeAtomic } from '../workspace/atomic.js';
import { checksum, checksumOfParts, parseJson } from './lines.js';
import { dropOthers, type FactsCache } from './facts-cache.js';

/**
 * The parsed documents of the registrations, for `reg report`: the report reads every
 * registration's document (its tier, state, approvers, checklist), and parsing 100,000
 * files is most of its time. A document is the same whatever the day or language, so it
 * is kept under the facts' own stamp (build, parsers, policy, schema) and per file under
 * the same key; validate neither reads nor writes it. Each is kept as its JSON in the
 * bytes of the file, decoded and parsed only when asked for, so that a report need not
 * hold every document at once.
 */
export interface DocumentCache {
  /** Whether the document of `rel` is kept under its current key. */
  has(rel: string): boolean;
  /** The document of `rel`, parsed now; `undefined` when none is kept or it is not one. */
  get(rel: string): Doc | undefined;
  /** Keeps the documents of loaded units and writes the file when anything changed. */
  save(units: readonly Unit[]): void;
}

// Raised whenever the layout changes, so that older files are rebuilt.
const format = 2;

/** The file beside the facts cache `factsFile`, for the same workspace and stamp. */
export function documentsFileOf(factsFile: string): string {
  return join(dirname(factsFile), basename(factsFile).replace(/^facts-/, 'docs-'));
}

interface Row {
  key: string;
  /**
   * Where the document is, as JSON, in the bytes of the file read: it never holds a raw
   * newline or tab.
   */
  start?: number;
  end?: number;
  /** A document loaded in this run, made JSON only as the file is written. */
  doc?: Doc;
}

/*
 * A header line with the stamp; one line per file, `["file","key"]`, a tab and the
 * document as JSON; and a last line with the checksum of the lines between, so that the
 * file can be written as it is made. A file of another stamp, damaged or cut short,
 * counts as none.
 */
export function openDocuments(
  factsFile: string,
  stamp: string,
  facts: Pick<FactsCache, 'key' | 'keyHolds'>,
  rels: readonly string[],
  read = true,
): DocumentCache {
  const file = documentsFileOf(factsFile);
  // A run that can reuse none is spared reading it; what it saves then replaces it.
  const { rows: stored, bytes } = read ? readRows(file, stamp) : none();
  // Each document is decoded from the file's bytes only when asked for: held as text,
  // all of them took twice the file's size, and JSON parses text of one byte per
  // character faster than the text of the whole file, which has two.
  const textOf = (row: Row): string | undefined =>
    row.start === undefined ? undefined : bytes.toString('utf8', row.start, row.end);
  const current = new Map<string, Row>();
  for (const rel of rels) {
    const row = stored.get(rel);
    if (row && row.key === facts.key(rel)) current.set(rel, row);
  }
  let changed = current.size !== stored.size;
  // Rows that turned out to hold no document: the file loaded instead replaces them.
  const broken = new Set<string>();
  return {
    has: (rel) => current.has(rel),
    get(rel) {
      const row = current.get(rel);
      const text = row && row.doc === undefined ? textOf(row) : undefined;
      const doc = row?.doc ?? (text === undefined ? undefined : parseJson(text));
      if (row && !isDoc(doc)) broken.add(rel);
      return isDoc(doc) ? doc : undefined;
    },
    save(units) {
      for (const unit of units) {
        const key = facts.key(unit.rel);
        const doc = unit.data;
        if (key === undefined || !doc || unit.loaded.problems.length > 0) continue;
        // A file with waivers never has a cached result, so its document is never reused.
        if (hasWaivers(doc)) continue;
        if (!facts.keyHolds(key, unit) || !plainJson(doc)) continue;
        if (current.get(unit.rel)?.key === key && !broken.has(unit.rel)) continue;
        current.set(unit.rel, { key, doc });
        changed = true;
      }
      if (!changed) return;
      function* lines(): Iterable<string> {
        const hash = checksumOfParts();
        yield `${JSON.stringify({ format, stamp })}\n`;
        for (const rel of rels) {
          const row = current.get(rel);
          if (!row) continue;
          const text = textOf(row) ?? JSON.stringify(row.doc);
          const line = `${JSON.stringify([rel, row.key])}\t${text}\n`;
          hash.add(line);
          yield line;
        }
        yield JSON.stringify({ rows: hash.done() });
      }
      try {
        writeAtomic(file, lines, { replace: true });
        dropOthers(file, 'docs-');
      } catch {
        // A cache that cannot be written (read-only checkout, full disk) only costs time.
      }
    },
  };
}

function none(): { rows: Map<string, Row>; bytes: Buffer } {
  return { rows: new Map(), bytes: Buffer.alloc(0) };
}

function readRows(file: string, stamp: string): { rows: Map<string, Row>; bytes: Buffer } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return none();
  }
  const first = bytes.indexOf(0x0a);
  const last = bytes.lastIndexOf(0x0a);
  if (first < 0) return none();
  const header = parseJson(bytes.toString('utf8', 0, first));
  if (!isDoc(header) || header.format !== format || header.stamp !== stamp) return none();
  const trailer = parseJson(bytes.toString('utf8', last + 1));
  if (!isDoc(trailer) || trailer.rows !== checksum(bytes.subarray(first + 1, last + 1))) {
    return none();
  }
  const rows = new Map<string, Row>();
  // Line by line in the bytes, each line's head decoded alone.
  for (let at = first + 1; at < last;) {
    const end = bytes.indexOf(0x0a, at);
    const stop = end < 0 || end > last ? last : end;
    const tab = bytes.indexOf(0x09, at);
    const head = tab < 0 || tab > stop ? undefined : parseJson(bytes.toString('utf8', at, tab));
    if (!Array.isArray(head) || head.length !== 2) return none();
    const [rel, key] = head as unknown[];
    if (typeof rel !== 'string' || typeof key !== 'string') return none();
    rows.set(rel, { key, start: tab + 1, end: stop });
    at = stop + 1;
  }
  return { rows, bytes };
}
