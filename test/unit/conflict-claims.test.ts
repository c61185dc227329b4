import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimOf, protectionEndText } from '../../src/checks/conflict/claims.js';
import { factsOf, type Facts } from '../../src/checks/facts.js';
import type { Doc } from '../../src/model/read.js';
import type { Registration } from '../../src/model/registration.js';
import { blocks, protectionEndOf, stateOfRegistration } from '../../src/policy/derive.js';
import { openWorkspace } from '../../src/workspace/load.js';
import { repoRoot } from '../helpers/cli.js';

const policy = openWorkspace(join(repoRoot, 'examples', 'acme-channel')).policy;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Dates as files hold them: plain ones, days past a month's end, the edges of four digits, and no dates at all. */
const dateArb = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 2020, max: 2030 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.constantFrom(
    '9999-12-01',
    '9999-11-20',
    '0000-01-01',
    '0000-03-15',
    '2026-02-30',
    '2026-13-01',
  ),
  fc.constantFrom('2026-11-1', '2026-11-10T09:00:00Z', '20261110', '', 'soon'),
);

const daysArb = fc.oneof(
  fc.integer({ min: 1, max: 365 }),
  fc.integer({ min: -4_000_000, max: 4_000_000 }),
  fc.constantFrom(0.5, -0.25, Number.NaN, Infinity, 1e300, Number.MAX_SAFE_INTEGER),
  fc.constantFrom(-Number.MAX_SAFE_INTEGER, '30', null),
);

/** A registration's document as far as its state reads it, with any number of extensions. */
const docArb = fc.record(
  {
    submitted_on: dateArb,
    outcome: fc.record({ status: fc.constantFrom('won', 'lost', 'withdrawn', 'open') }),
    decision: fc.record({ status: fc.constantFrom('approved', 'rejected', 'returned', 'waiting') }),
    extensions: fc.array(fc.record({ days: daysArb }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

const todayArb = fc.oneof(
  fc.constantFrom('2026-12-03', '2027-03-01', '9999-12-31', '0000-01-02'),
  dateArb,
);

const base = {
  id: 'ALPHA-2026-0001',
  partner: 'alpha',
  customer: { name: 'Meridian Foods Ltd.' },
  products: [{ line: 'plc', quantity: 1 }],
};

describe('the claim of a registration', () => {
  it('has the state and protection end that derive works out from the document', () => {
    fc.assert(
      fc.property(docArb, todayArb, (fields, today) => {
        const doc = { ...base, ...fields } as Doc;
        const reg = doc as Partial<Registration>;
        const end = protectionEndOf(reg, policy);
        const state = stateOfRegistration(reg, policy, { today }, end);
        const claim = claimOf(
          factsOf({ rel: 'registrations/alpha/a.yaml', data: doc }),
          policy,
          today,
        );
        if (!fields.submitted_on || (state !== 'pending' && !blocks(state))) {
          expect(claim).toBeUndefined();
          return;
        }
        expect(claim).toBeDefined();
        expect(claim?.blocks).toBe(blocks(state));
        if (claim?.blocks) expect(protectionEndText(claim)).toBe(end);
      }),
      { numRuns: 4000 },
    );
  });

  it('reads a plain date in whole days, so a run far in the future still sees it expired', () => {
    const facts = {
      file: 'registrations/alpha/ALPHA-2026-0001.yaml',
      id: 'ALPHA-2026-0001',
      partner: 'alpha',
      submittedOn: '2026-11-10',
      hasCustomer: true,
      lines: ['plc'],
      name: 'meridianfoods',
      lookalike: 'meridianfoods',
      domain: undefined,
      number: undefined,
      outcome: undefined,
      decision: undefined,
      extensionDays: 0,
    } satisfies Facts;
    const claim = claimOf(facts, policy, '2026-12-03');
    expect(claim?.blocks).toBe(true);
    expect(claim && protectionEndText(claim)).toBe('2027-02-08');
    expect(claimOf(facts, policy, '2027-02-08')?.blocks).toBe(true);
    expect(claimOf(facts, policy, '2027-02-09')).toBeUndefined();
    expect(claimOf({ ...facts, decision: 'returned' }, policy, '2026-12-03')?.blocks).toBe(false);
  });
});
