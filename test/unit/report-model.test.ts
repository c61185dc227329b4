import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { displayPaths } from '../../src/findings/phrase.js';
import { buildEntries, buildSummaries } from '../../src/report/model.js';
import { totalsOf } from '../../src/report/totals.js';
import { context, dealWith } from '../helpers/units.js';

const ctx = context();
const ws = {
  ...ctx.ws,
  policy: {
    ...ctx.ws.policy,
    waivable: { 'completeness.attachment': { approvers: ['sales-directors'] } },
    extra_approvals: [{ id: 'apac', when: { region: ['APAC'] }, approvers: ['channel-managers'] }],
    requirements: [
      {
        id: 'letter',
        title: 'APAC deals attach a letter',
        when: { region: ['APAC'] },
        attachments: ['customer-letter'],
      },
      {
        id: 'number',
        title: 'Give the number',
        when: { kind: ['deal'] },
        fields: ['customer.registration_number'],
      },
      {
        id: 'never',
        title: 'Only for campaigns',
        when: { kind: ['campaign'] },
        fields: ['campaign.name'],
      },
    ],
  },
};
const rel = 'registrations/alpha/ALPHA-2026-0002.yaml';

function finding(
  rule: string,
  message: string,
  severity: Finding['severity'] = 'error',
  params?: Finding['params'],
): Finding {
  return {
    rule,
    severity,
    file: displayPaths(ws.root)(rel),
    line: 9,
    column: 3,
    path: 'customer',
    message,
    hint: '',
    ...(params ? { params } : {}),
  };
}

describe('the report model of one registration', () => {
  const unit = dealWith((r) => {
    r.waivers = [
      {
        rule: 'completeness.attachment',
        reason: 'The customer letter follows after the tender closes.',
      },
    ];
  });
  // The messages name other ids on purpose: only the findings' `other` parameter counts.
  const findings = [
    finding(
      'conflict.customer',
      'The customer is already registered by ZETA-2026-0009 (earlier).',
      'error',
      { other: 'ALPHA-2026-0001', until: '2027-01-01' },
    ),
    finding('conflict.similar', 'A similar name: ZETA-2026-0008.', 'warning', {
      other: 'BETA-2026-0004',
      score: 91,
    }),
    finding('conflict.similar', 'A similar name.', 'warning', {
      other: 'BETA-2026-0003',
      score: 88,
    }),
    finding('conflict.similar', 'A similar name.', 'warning', { other: 'ALPHA-2026-0002' }),
    finding('completeness.attachment', 'Attach a customer-letter', 'notice'),
  ];
  const [entry] = buildEntries(ws, [unit], findings, { today: '2026-12-03', merged: () => false });

  it('takes the ids of conflicting and similar registrations from the parameters of the findings, not their text', () => {
    expect(entry?.conflicts).toEqual(['ALPHA-2026-0001']);
    expect(entry?.similar).toEqual(['BETA-2026-0003', 'BETA-2026-0004']);
  });

  it('asks for the tier, the waiver and the extra rule once auto-approval ends, and says why', () => {
    expect(entry?.approvers.map((g) => [g.group, g.because, g.approved])).toEqual([
      ['channel-managers', ['tier:standard', 'extra:apac'], false],
      ['sales-directors', ['waiver:completeness.attachment'], false],
    ]);
  });

  it('lists what the requirements ask, met, waived or missing, and skips those that do not apply', () => {
    expect(entry?.checklist.map((c) => [c.requirement, c.name, c.status])).toEqual([
      ['letter', 'customer-letter', 'waived'],
      ['number', 'customer.registration_number', 'missing'],
    ]);
  });

  it('counts the findings by severity and keeps the waiver with its reason', () => {
    expect(entry?.counts).toEqual({ error: 1, warning: 3, notice: 1 });
    expect(entry?.waivers).toEqual([
      {
        rule: 'completeness.attachment',
        reason: 'The customer letter follows after the tender closes.',
        approvers: ['sales-directors'],
      },
    ]);
  });

  it('is pending and overdue before the merge, past its SLA of two business days', () => {
    expect(entry).toMatchObject({ state: 'pending', sla: { due: '2026-11-27', overdue: true } });
  });
});

describe('the dashboard totals', () => {
  const deal = (id: string, value: number, submitted: string) =>
    dealWith((r) => {
      r.id = id;
      r.submitted_on = submitted;
      (r.opportunity as Record<string, unknown>).value = value;
    });
  const units = [
    deal('ALPHA-2026-0002', 100_000, '2026-09-10'),
    deal('ALPHA-2026-0003', 900_000, '2026-11-20'),
  ];
  units[1]!.rel = 'registrations/alpha/ALPHA-2026-0003.yaml';
  const entries = buildEntries(ws, units, [], { today: '2026-12-03' });
  const approved = new Map([
    ['registrations/alpha/ALPHA-2026-0002.yaml', '2026-09-14'],
    ['registrations/alpha/ALPHA-2026-0003.yaml', '2026-11-23'],
  ]);
  const totals = totalsOf(entries, ws.policy, '2026-12-03', approved);

  it('sums the pipeline of open registrations by tier', () => {
    expect([...totals.pipelineByTier]).toEqual([
      ['standard', 100_000],
      ['large', 900_000],
    ]);
  });

  it('lists what expires within the warning window, soonest first', () => {
    expect(totals.expiringSoon.map((e) => [e.entry.id, e.daysLeft])).toEqual([
      ['ALPHA-2026-0002', 6],
    ]);
  });

  it('measures time to approval in business days against the SLA of each tier', () => {
    expect(totals.sla?.map((r) => [r.tier, r.days, r.within])).toEqual([
      ['standard', [2], 1],
      ['large', [1], 1],
    ]);
  });

  it('leaves out of the time to approval what was merged rejected or returned', () => {
    const decided = (id: string, status: string) =>
      dealWith((r) => {
        r.id = id;
        r.submitted_on = '2026-11-20';
        r.decision = { status, reason_code: 'duplicate' };
      });
    const more = [decided('ALPHA-2026-0005', 'rejected'), decided('ALPHA-2026-0006', 'returned')];
    more.forEach((u, i) => (u.rel = `registrations/alpha/ALPHA-2026-000${5 + i}.yaml`));
    const all = buildEntries(ws, [...units, ...more], [], { today: '2026-12-03' });
    const merged = new Map([
      ...approved,
      ['registrations/alpha/ALPHA-2026-0005.yaml', '2026-11-23'],
      ['registrations/alpha/ALPHA-2026-0006.yaml', '2026-11-23'],
    ]);
    expect(all.map((e) => e.state)).toContain('rejected');
    const rows = totalsOf(all, ws.policy, '2026-12-03', merged).sla;
    expect(rows?.map((r) => [r.tier, r.days, r.within])).toEqual([
      ['standard', [2], 1],
      ['large', [1], 1],
    ]);
  });
});

describe('the summaries the dashboard reads', () => {
  it('are the entries without their checklist and approver groups, and nothing else', () => {
    const units = [
      dealWith((r) => (r.id = 'ALPHA-2026-0002')),
      dealWith((r) => {
        r.id = 'ALPHA-2026-0004';
        r.stage = 'maybe';
      }),
    ];
    units[1]!.rel = 'registrations/alpha/ALPHA-2026-0004.yaml';
    const options = { today: '2026-12-03', merged: () => false };
    const entries = buildEntries(ws, units, [], options);
    const summaries = buildSummaries(ws, units, [], options);
    expect(entries.every((e) => e.checklist.length > 0 && e.approvers.length > 0)).toBe(true);
    expect(summaries).toEqual(
      entries.map((entry) => {
        const rest: Partial<typeof entry> = { ...entry };
        delete rest.checklist;
        delete rest.approvers;
        return rest;
      }),
    );
    for (const summary of summaries) {
      expect(Object.keys(summary)).not.toContain('checklist');
      expect(Object.keys(summary)).not.toContain('approvers');
    }
  });
});
