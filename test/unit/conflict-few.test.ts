import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectConflicts, type Conflict } from '../../src/checks/conflict/detect.js';
import type { Facts } from '../../src/checks/facts.js';
import { openWorkspace } from '../../src/workspace/load.js';
import { repoRoot } from '../helpers/cli.js';

const policy = openWorkspace(join(repoRoot, 'examples', 'acme-channel')).policy;
const today = '2026-12-03';

/** Normalised names close to each other, so that similar and equal names both occur. */
const names = [
  '苏州精工机械',
  '苏州精工机械厂',
  '苏州精工',
  '无锡智能装备',
  '无锡智能装备2',
  'meridianfoods',
  'meridianfood',
  'meridianfoodsasia',
  'northwindlogistics',
  'northwindlogistic',
  'thenorthwindlogistics',
  '江苏苏州精工机械',
];

const factsArb = (i: number) =>
  fc.record({
    partner: fc.constantFrom('alpha', 'beta', 'gamma'),
    day: fc.integer({ min: 1, max: 28 }),
    name: fc.option(fc.constantFrom(...names), { nil: undefined }),
    domain: fc.option(fc.constantFrom('a.example', 'b.example', 'c.example'), { nil: undefined }),
    lines: fc.subarray(['plc', 'servo', 'vfd'], { minLength: 1 }),
    outcome: fc.option(fc.constantFrom('won', 'lost'), { nil: undefined }),
  }).map(
    (r): Facts => ({
      file: `registrations/${r.partner}/${r.partner.toUpperCase()}-2026-${String(i).padStart(4, '0')}.yaml`,
      id: `${r.partner.toUpperCase()}-2026-${String(i).padStart(4, '0')}`,
      partner: r.partner,
      submittedOn: `2026-11-${String(r.day).padStart(2, '0')}`,
      hasCustomer: true,
      lines: r.lines,
      name: r.name,
      lookalike: r.name,
      domain: r.domain,
      number: undefined,
      outcome: r.outcome,
      decision: undefined,
      extensionDays: 0,
    }),
  );

const workspaceArb = fc
  .integer({ min: 60, max: 90 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => factsArb(i + 1))));

const shape = (c: Conflict) => `${c.kind} ${c.later.file} ${c.earlier.file} ${c.field}`;

describe('conflicts of a few reported registrations', () => {
  it('are those a run over every registration finds for them', () => {
    fc.assert(
      fc.property(workspaceArb, fc.nat(), (facts, pick) => {
        const one = facts[pick % facts.length]?.file ?? '';
        const all = detectConflicts(facts, policy, today).filter((c) => c.later.file === one);
        const few = detectConflicts(facts, policy, today, (file) => file === one);
        expect(few.map(shape).sort()).toEqual(all.map(shape).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('include similar names, not only equal keys', () => {
    const found = fc.sample(
      workspaceArb.map((facts) => detectConflicts(facts, policy, today, (f) => f === facts[0]?.file)),
      200,
    );
    expect(found.flat().some((c) => c.kind === 'similar')).toBe(true);
    expect(found.flat().some((c) => c.kind === 'customer')).toBe(true);
  });
});
