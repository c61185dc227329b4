import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishChunk, jobOf, runChunk } from '../../../src/load/chunk.js';
import { textOf } from '../../../src/load/document.js';
import { readChunk } from '../../../src/load/job.js';
import { earlyThreads } from '../../../src/load/threads.js';
import type { Unit } from '../../../src/checks/unit.js';
import { registrationFiles } from '../../../src/workspace/files.js';
import { openWorkspace } from '../../../src/workspace/load.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../../helpers/workspace.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

function deal(id: string, change: (text: string) => string = (t) => t): string {
  return change(validDeal.replace('ALPHA-2026-0002', id));
}

/** Files of every kind the reading half may meet, each in its partner's folder. */
const files: Record<string, string | Buffer> = {
  'registrations/alpha/ALPHA-2026-0101.yaml': deal('ALPHA-2026-0101'),
  'registrations/alpha/ALPHA-2026-0102.yaml': deal('ALPHA-2026-0102', (t) =>
    t.replace('value: 180000', 'value: .inf'),
  ),
  'registrations/alpha/ALPHA-2026-0103.yaml': deal('ALPHA-2026-0103', (t) =>
    t.replace('value: 180000', 'value: -0.0'),
  ),
  'registrations/alpha/ALPHA-2026-0104.yaml': deal('ALPHA-2026-0104', (t) =>
    t.replace('  region: APAC', '  region: &r APAC\n  industry_region: *r'),
  ),
  'registrations/alpha/ALPHA-2026-0105.yaml': deal('ALPHA-2026-0105', (t) => `${t}__proto__: x\n`),
  'registrations/alpha/ALPHA-2026-0106.yaml': '',
  'registrations/alpha/ALPHA-2026-0107.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0x0a]),
  'registrations/alpha/ALPHA-2026-0108.yaml': 'id: [unclosed\n',
  'registrations/alpha/ALPHA-2026-0109.yaml': deal('ALPHA-2026-0109', (t) =>
    t.replace('stage: qualify', 'stage: someday'),
  ),
};

/** What later steps read of a unit, without the parsed yaml Document. */
function seen(unit: Unit) {
  const { rel, valid, drafts, facts, data, deps, checked } = unit;
  return { rel, valid, drafts, facts, data, deps, checked, value: unit.loaded.value };
}

describe('reading on one thread and checking on another', () => {
  it('gives every kind of file the unit one thread alone would make', () => {
    const root = makeWorkspace(files);
    dirs.push(root);
    const ws = openWorkspace(root);
    const rels = registrationFiles(root);
    for (const lean of [false, true]) {
      for (const keyed of [undefined, false]) {
        const job = jobOf(ws, '2026-11-26', { lean, keyed });
        const whole = runChunk(job, rels, () => ws).map(seen);
        const split = finishChunk(job, readChunk(job, rels), () => ws).map(seen);
        expect(split).toEqual(whole);
      }
    }
    const job = jobOf(ws, '2026-11-26');
    const whole = runChunk(job, rels, () => ws);
    expect(whole.filter((u) => u.drafts.length > 0).length).toBeGreaterThanOrEqual(5);
    expect(Object.prototype).not.toHaveProperty('x');
  });

  it('lets go of the text of clean files where the documents are kept, and reads it again', () => {
    const root = makeWorkspace(files);
    dirs.push(root);
    const ws = openWorkspace(root);
    const rels = registrationFiles(root);
    const job = jobOf(ws, '2026-11-26');
    for (const units of [
      runChunk(job, rels, () => ws),
      finishChunk(job, readChunk(job, rels), () => ws),
    ]) {
      const clean = units.filter((u) => u.drafts.length === 0 && u.data !== undefined);
      const found = units.filter((u) => u.drafts.length > 0 && u.loaded.source.size > 0);
      expect(clean.length).toBeGreaterThanOrEqual(3);
      expect(found.length).toBeGreaterThanOrEqual(3);
      for (const unit of clean) {
        expect(unit.loaded.source.text).toBeUndefined();
        expect(unit.data).toBeDefined();
        // A finding of the checks across files reads the file again for its position.
        expect(textOf(unit.loaded, ws.limits)).toBe(readFileSync(join(root, unit.rel), 'utf8'));
      }
      for (const unit of found.filter((u) => u.loaded.problems.length === 0)) {
        expect(unit.loaded.source.text).toBeDefined();
      }
    }
  });

  it('without the cache sends no text along with a value, and reads it again for findings', () => {
    const root = makeWorkspace(files);
    dirs.push(root);
    const ws = openWorkspace(root);
    const rels = registrationFiles(root);
    const job = jobOf(ws, '2026-11-26', { keyed: false });
    const read = readChunk(job, rels);
    const left = read.filter((f) => f.textLeft);
    expect(left.length).toBeGreaterThanOrEqual(4);
    for (const file of read) {
      expect(file.source.text === undefined).toBe(
        file.textLeft === true || file.source.problems.length > 0,
      );
    }
    // A run that keeps a cache gets the very text each value was parsed from.
    expect(readChunk(jobOf(ws, '2026-11-26'), rels).some((f) => f.textLeft)).toBe(false);
    const units = finishChunk(job, read, () => ws);
    const found = units.filter(
      (u) => u.drafts.length > 0 && read.find((f) => f.source.rel === u.rel)?.textLeft,
    );
    expect(found.length).toBeGreaterThanOrEqual(1);
    for (const unit of found) {
      expect(unit.loaded.source.text).toBe(readFileSync(join(root, unit.rel), 'utf8'));
      // Placed from the text read again, as the first test compares with one thread's.
      expect(unit.drafts.some((d) => d.position !== undefined)).toBe(true);
    }
  });

  it('sends as JSON only values that JSON gives back unchanged', () => {
    const root = makeWorkspace(files);
    dirs.push(root);
    const ws = openWorkspace(root);
    const rels = registrationFiles(root);
    const read = readChunk(jobOf(ws, '2026-11-26'), rels);
    const sent = Object.fromEntries(
      read.map((f) => [f.source.rel.slice(-9, -5), f.json !== undefined]),
    );
    // Infinity and minus zero, an alias, an empty file, bad bytes and bad YAML are parsed
    // again where they are checked.
    expect(sent).toEqual({
      '0001': true,
      '0101': true,
      '0102': false,
      '0103': false,
      '0104': false,
      '0105': true,
      '0106': false,
      '0107': false,
      '0108': false,
      '0109': true,
    });
    const proto = read.find((f) => f.source.rel.endsWith('0105.yaml'));
    expect(Object.keys(JSON.parse(proto?.json ?? '{}') as object)).toContain('__proto__');
  });
});

describe('workers started before regkit loads', () => {
  const saved = process.env.REG_WORKERS;
  afterEach(() => {
    if (saved === undefined) delete process.env.REG_WORKERS;
    else process.env.REG_WORKERS = saved;
  });

  function workspace(): string {
    // The fixture's own registration and three more.
    const root = makeWorkspace({
      'registrations/alpha/ALPHA-2026-0101.yaml': deal('ALPHA-2026-0101'),
      'registrations/alpha/ALPHA-2026-0102.yaml': deal('ALPHA-2026-0102'),
      'registrations/alpha/ALPHA-2026-0103.yaml': deal('ALPHA-2026-0103'),
    });
    dirs.push(root);
    return root;
  }

  it('start for a run that parses every registration, and only then', () => {
    const root = workspace();
    process.env.REG_WORKERS = '3';
    const cwd = ['--cwd', root];
    expect(earlyThreads(['validate', ...cwd])).toBe(2);
    expect(earlyThreads([...cwd, '--lang', 'zh-CN', 'validate', '--format', 'json'])).toBe(2);
    expect(earlyThreads(['report', `--cwd=${root}`, '--no-cache'])).toBe(2);
    expect(earlyThreads(['validate', ...cwd, '--changed', '--base', 'main'])).toBe(0);
    expect(earlyThreads(['validate', ...cwd, 'registrations/alpha'])).toBe(0);
    expect(earlyThreads(['validate', ...cwd, '--help'])).toBe(0);
    expect(earlyThreads(['list', ...cwd])).toBe(0);
    expect(earlyThreads(['validate', '--cwd', join(root, 'nowhere-at-all', '..', '..')])).toBe(0);
    process.env.REG_WORKERS = '0';
    expect(earlyThreads(['validate', ...cwd])).toBe(0);
  });

  it('do not start where a cache is likely to spare the parsing, unless it is turned off', () => {
    const root = workspace();
    process.env.REG_WORKERS = '2';
    mkdirSync(join(root, '.reg-cache'));
    writeFileSync(join(root, '.reg-cache', 'facts-0123abcd-0123456789abcdef.json'), '');
    expect(earlyThreads(['validate', '--cwd', root])).toBe(0);
    expect(earlyThreads(['validate', '--cwd', root, '--no-cache'])).toBe(1);
  });

  it('start as many as the files are worth without REG_WORKERS', () => {
    const root = workspace();
    delete process.env.REG_WORKERS;
    // Four registrations are never worth a second thread.
    expect(earlyThreads(['validate', '--cwd', root, '--no-cache'])).toBe(0);
  });
});
