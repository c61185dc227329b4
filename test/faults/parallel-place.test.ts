import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeIn } from '../../src/load/locate.js';
import { parsePositionsOnly } from '../../src/load/positioned.js';
import { pinPositions } from '../../src/findings/phrase.js';
import type { Draft } from '../../src/findings/finding.js';
import type { Loaded } from '../../src/load/document.js';
import { repoRoot } from '../helpers/cli.js';
import { makeWorkspace, removeWorkspace, validDeal } from '../helpers/workspace.js';

let dir = '';
afterEach(() => removeWorkspace(dir));

/**
 * Loads `dir` with the built loader (workers need the compiled worker file) on the
 * threads REG_WORKERS asks for, and prints every draft's position and whether the
 * main thread ever loaded the yaml package, which only positioned parses need.
 */
const script = `
import { createRequire } from 'node:module';
const dist = ${JSON.stringify(join(repoRoot, 'dist'))};
const { checkUnitsParallel } = await import(dist + '/load/parallel.js');
const { registrationFiles } = await import(dist + '/workspace/files.js');
const { openWorkspace } = await import(dist + '/workspace/load.js');
const ws = openWorkspace(process.argv[1]);
const units = await checkUnitsParallel(ws, registrationFiles(ws.root), '2026-11-26', { lean: true });
const drafts = units.flatMap((u) => u.drafts.map((d) => ({ rel: u.rel, rule: d.rule, position: d.position })));
const yaml = createRequire(dist + '/load/yaml-package.js').resolve('yaml');
console.log(JSON.stringify({ drafts, yamlOnMain: yaml in createRequire(import.meta.url).cache }));
`;

function load(workers: string): { drafts: { position?: unknown }[]; yamlOnMain: boolean } {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, dir], {
    encoding: 'utf8',
    env: { ...process.env, REG_WORKERS: workers },
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { drafts: { position?: unknown }[]; yamlOnMain: boolean };
}

describe('positions of findings on a run with a feeder', () => {
  it('are worked out by the feeder, and are those one thread finds', () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 300; i += 1) {
      const id = `ALPHA-2026-${String(i).padStart(4, '0')}`;
      let text = validDeal.replace('ALPHA-2026-0002', id);
      if (i % 7 === 0) text = text.replace('stage: qualify', 'stage: someday');
      if (i % 11 === 0) text = text.replace('value: 180000', 'value: lots');
      files[`registrations/alpha/${id}.yaml`] = text;
    }
    dir = makeWorkspace(files);
    const one = load('0');
    const two = load('2');
    expect(one.drafts.length).toBeGreaterThan(60);
    expect(one.drafts.every((d) => d.position !== undefined)).toBe(true);
    expect(two.drafts).toEqual(one.drafts);
    // One thread parses with positions itself; with a feeder, the main thread never does.
    expect(one.yamlOnMain).toBe(true);
    expect(two.yamlOnMain).toBe(false);
  });
});

describe('placeIn', () => {
  const text = [
    'id: ALPHA-2026-0001',
    'customer:',
    '  name: Meridian',
    '  contact: { email: "not-an-email", phone: 123 }',
    'products:',
    '  - line: plc',
    '    quantity: -1',
    '  - line: vfd',
    'notes: |',
    '  free text',
    '',
  ].join('\n');

  it('places each ask where pinPositions places the same draft', () => {
    const asks: Draft[] = [
      { rule: 'r', path: ['customer', 'name'] },
      { rule: 'r', path: ['customer', 'name'], at: 'value' },
      { rule: 'r', path: ['customer', 'contact', 'email'], at: 'value' },
      { rule: 'r', path: ['customer', 'missing', 'deeper'] },
      { rule: 'r', path: ['products', 0, 'quantity'], at: 'value' },
      { rule: 'r', path: ['products', 1] },
      { rule: 'r', path: ['products', 5, 'line'] },
      { rule: 'r', path: ['notes'], at: 'value' },
      { rule: 'r', path: [] },
    ];
    const loaded = {
      source: { abs: '/x.yaml', rel: 'x.yaml', text, size: text.length, problems: [] },
      value: undefined,
      positioned: parsePositionsOnly(text),
      problems: [],
    } satisfies Loaded;
    const pinned = asks.map((d) => ({ ...d }));
    pinPositions(pinned, loaded, { maxFileBytes: 1 << 20, maxAliases: 100 });
    const placed = placeIn(
      text,
      asks.map(({ path, at }) => ({ path, at })),
    );
    expect(placed).toEqual(pinned.map((d) => d.position));
    expect(placed[2]).toEqual({ line: 4, column: 21 });
    expect(placed[4]).toEqual({ line: 7, column: 15 });
  });
});
