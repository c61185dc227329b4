import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/checks/facts.js';
import { keyedByBlob, readStore, writeStore, type Entry } from '../../../src/cache/store.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const blob = (n: number): string => `b:${createHash('sha1').update(String(n)).digest('hex')}`;

function facts(file: string, more: Partial<Facts> = {}): Facts {
  return {
    file,
    id: file.split('/')[2]?.replace('.yaml', ''),
    partner: file.split('/')[1],
    submittedOn: '2026-11-02',
    hasCustomer: true,
    lines: ['plc'],
    name: 'meridianfoods',
    lookalike: 'meridianfoods',
    domain: 'meridian.example',
    number: undefined,
    outcome: undefined,
    decision: undefined,
    extensionDays: 0,
    ...more,
  };
}

/** Entries of every shape the columns keep apart: each field set and left out. */
const entries: Entry[] = [
  { key: blob(1), facts: facts('registrations/alpha/ALPHA-2026-0001.yaml') },
  {
    key: 's:812:1764000000000.5:4242',
    facts: facts('registrations/alpha/ALPHA-2026-0002.yaml', {
      lines: [],
      lookalike: 'rneridianfoods',
      number: '91310000MA1FL',
      outcome: 'won',
      decision: 'approved',
      extensionDays: 30,
    }),
    result: {
      valid: false,
      drafts: [{ rule: 'schema.enum', path: ['stage'], position: { line: 3, column: 8 } }],
      deps: ['attachments/a.pdf=file'],
    },
  },
  {
    key: blob(3),
    facts: facts('registrations/beta/misnamed.yaml', {
      id: 'BETA-2026-0001',
      partner: 'beta',
      lines: ['plc', 'scada'],
      name: undefined,
      lookalike: undefined,
      domain: undefined,
      submittedOn: undefined,
      hasCustomer: false,
    }),
  },
  {
    key: blob(4),
    facts: facts('registrations/stray.yaml', {
      id: undefined,
      partner: undefined,
      lookalike: undefined,
    }),
    result: { valid: true, drafts: [], deps: [] },
  },
  {
    key: blob(5),
    facts: facts('registrations/beta/BETA-2026-0002.yaml', { lines: ['plc', 'scada'] }),
  },
];

const seen = (list: readonly Entry[]) =>
  list.map((e) => ({ key: e.key, facts: e.facts, result: e.result, blob: keyedByBlob(e) }));

function written(tree?: string): string {
  dir = mkdtempSync(join(tmpdir(), 'reg-store-'));
  const file = join(dir, 'facts.json');
  writeStore(file, 'stamp', 'results', entries, tree);
  return file;
}

/** The file with one of its parts changed and its checksum made to match, as a bug might. */
function resign(file: string, part: 1 | 2, change: (text: string) => string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const changed = change(lines[part] ?? '');
  const header = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
  header[part === 1 ? 'facts' : 'blobs'] = createHash('sha1').update(changed).digest('hex');
  lines[0] = JSON.stringify(header);
  lines[part] = changed;
  writeFileSync(file, lines.join('\n'));
}

describe('the cache file', () => {
  it('gives back every entry as written, with its key, facts and result', () => {
    const file = written('0123456789abcdef0123456789abcdef01234567');
    const store = readStore(file, 'stamp');
    expect(seen(store.entries)).toEqual(seen(entries));
    expect(store.entries.map(keyedByBlob)).toEqual([true, false, true, true, true]);
    expect(store).toMatchObject({
      results: 'results',
      kept: 2,
      tree: '0123456789abcdef0123456789abcdef01234567',
    });
    // Without results, the facts and keys are the same.
    const factsOnly = readStore(file, 'stamp', false);
    expect(factsOnly.entries.map((e) => [e.key, e.facts])).toEqual(
      entries.map((e) => [e.key, e.facts]),
    );
    expect(factsOnly.entries.every((e) => e.result === undefined)).toBe(true);
  });

  it('keys nothing by blob where the ids are the right length but not ids', () => {
    const file = written();
    resign(file, 2, (t) => t.toUpperCase());
    const store = readStore(file, 'stamp');
    expect(store.entries.map((e) => e.key)).toEqual(['b:', entries[1]?.key, 'b:', 'b:', 'b:']);
  });

  it('keeps each part apart: facts, blob ids and results', () => {
    const lines = readFileSync(written(), 'utf8').split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[2] ?? '')).toEqual([1, 3, 4, 5].map((n) => blob(n).slice(2)));
    expect(lines[1]).not.toContain(blob(1).slice(2));
  });

  it('is read as empty when any part is damaged, of another stamp, or not of the shape written', () => {
    const file = written();
    expect(readStore(file, 'another stamp').entries).toEqual([]);
    const good = readFileSync(file, 'utf8');
    const cut = good.indexOf('\n', good.indexOf('\n') + 1) + 20;
    for (const broken of [
      good.slice(0, cut),
      good.replace('alpha', 'gamma'),
      good.split('\n').slice(0, 2).join('\n'),
    ]) {
      writeFileSync(file, broken);
      expect(readStore(file, 'stamp').entries).toEqual([]);
    }
    // Damaged results only cost the results.
    writeFileSync(file, good.slice(0, -5));
    const store = readStore(file, 'stamp');
    expect(store.entries.map((e) => e.facts)).toEqual(entries.map((e) => e.facts));
    expect(store.results).toBeUndefined();
    expect(store.entries.every((e) => e.result === undefined)).toBe(true);
    const shapes: [1 | 2, (text: string) => string][] = [
      [2, (t) => t.replace(/\]$/, ',"0000000000000000000000000000000000000000"]')],
      [2, (t) => t.replace(/^\["[0-9a-f]{40}",/, '[')],
      [1, (t) => t.replace('"count":5', '"count":6')],
      [1, (t) => t.replace('"partner":[0,', '"partner":[9,')],
      [1, (t) => t.replace(/"stat":\[\[1,/, '"stat":[[7,')],
      [1, (t) => t.replace('"hasCustomer":[1,', '"hasCustomer":[true,')],
      // An entry listed twice, or out of order, is not as written.
      [1, (t) => t.replace(/"number":\[\[1,("[^"]*")\]\]/, '"number":[[1,$1],[1,$1]]')],
      [1, (t) => t.replace(/"file":\[\[2,("[^"]*")\],\[3,/, '"file":[[3,$1],[2,')],
    ];
    for (const [part, change] of shapes) {
      writeFileSync(file, good);
      resign(file, part, change);
      expect(readFileSync(file, 'utf8')).not.toBe(good);
      expect(readStore(file, 'stamp').entries).toEqual([]);
    }
  });
});
