import { describe, expect, it } from 'vitest';
import { parseReviews } from '../../src/checks/approval/reviews.js';
import { prGuards } from '../../src/checks/pr/guards.js';
import { isPolicyFile } from '../../src/checks/pr/paths.js';
import { parseNameStatus } from '../../src/git/name-status.js';
import { describeChange } from '../../src/history/describe.js';
import { hasMessage } from '../../src/i18n/index.js';
import type { Policy } from '../../src/model/policy.js';
import { requiredApprovals } from '../../src/policy/approvers.js';

const policy = {
  version: 1,
  program: { name: 'P', vendor: 'V' },
  base_currency: 'CNY',
  kinds: { deal: { title: 'Deal' } },
  approvers: {
    cm: { title: 'Channel managers', members: ['cm-li'] },
    sd: { title: 'Sales directors', members: ['sd-wang'] },
    reg: { title: 'Regulatory', members: ['sun-hui'] },
  },
  tiers: [
    {
      id: 'standard',
      title: 'Standard',
      approvers: ['cm'],
      sla_business_days: 2,
      auto_approve: true,
    },
    {
      id: 'large',
      title: 'Large',
      min_value: 500000,
      approvers: ['cm', 'sd'],
      sla_business_days: 5,
    },
  ],
  protection: { days: 90, warning_days: 14 },
  waivable: { 'attachment.missing': { approvers: ['sd'] } },
  extra_approvals: [
    {
      id: 'medical-east',
      when: { industry: ['healthcare'], region: ['CN-East', 'CN-North'] },
      approvers: ['reg'],
    },
  ],
} as Policy;

function deal(value: number, industry = 'retail', region = 'CN-South') {
  return {
    kind: 'deal',
    submitted_on: '2026-11-20',
    customer: { name: 'X', region, industry },
    opportunity: {
      title: 'T',
      value,
      currency: 'CNY',
      expected_close: '2027-01-01',
      stage: 'qualify',
    },
  };
}

describe('git output parsing', () => {
  it('reads statuses and both paths of a rename from diff --name-status -z', () => {
    const out = 'M\0a.yaml\0R087\0old.yaml\0new.yaml\0D\0gone.yaml\0A\0new file.yaml\0';
    expect(parseNameStatus(out)).toEqual([
      { status: 'modified', path: 'a.yaml' },
      { status: 'renamed', from: 'old.yaml', path: 'new.yaml' },
      { status: 'deleted', path: 'gone.yaml' },
      { status: 'added', path: 'new file.yaml' },
    ]);
  });
});

describe('policy files', () => {
  it('counts CI files and CODEOWNERS above a workspace in a subfolder', () => {
    expect(isPolicyFile('../.github/workflows/reg.yml')).toBe(true);
    expect(isPolicyFile('../../.gitlab-ci.yml')).toBe(true);
    expect(isPolicyFile('docs/CODEOWNERS')).toBe(true);
    expect(isPolicyFile('partners/alpha.yaml')).toBe(true);
    expect(isPolicyFile('registrations/alpha/ALPHA-2026-0001.yaml')).toBe(false);
    expect(isPolicyFile('../other/reg.config.yaml')).toBe(false);
  });
});

describe('reviews of the code host', () => {
  it('counts the latest review of each user on GitHub, comments aside', () => {
    const reviews = parseReviews([
      { user: { login: 'A' }, state: 'APPROVED', submitted_at: '2026-11-25T10:00:00Z' },
      { user: { login: 'a' }, state: 'COMMENTED', submitted_at: '2026-11-25T11:00:00Z' },
      { user: { login: 'b' }, state: 'APPROVED', submitted_at: '2026-11-25T12:00:00Z' },
      {
        user: { login: 'b' },
        state: 'CHANGES_REQUESTED',
        submitted_at: '2026-11-25T11:00:00+08:00',
      },
      { user: { login: 'c' }, state: 'DISMISSED', submitted_at: '2026-11-25T10:00:00Z' },
      { user: { login: '__proto__' }, state: 'APPROVED' },
    ]);
    expect(reviews?.host).toBe('github');
    expect([...(reviews?.approvedBy ?? [])].sort()).toEqual(['__proto__', 'a', 'b']);
  });

  it("reads GitLab's approved_by and refuses any other shape", () => {
    const gitlab = parseReviews({ approved_by: [{ user: { username: 'Cm-Li' } }, { user: {} }] });
    expect(gitlab).toEqual({ host: 'gitlab', approvedBy: new Set(['cm-li']) });
    expect(parseReviews({ approvals: [] })).toBeUndefined();
    expect(parseReviews('APPROVED')).toBeUndefined();
  });
});

describe('required approvals', () => {
  it("asks nobody for an auto-approved tier and the tier's groups otherwise", () => {
    expect(requiredApprovals(deal(100000), policy, '2026-11-25')).toEqual([]);
    expect(requiredApprovals(deal(900000), policy, '2026-11-25').map((r) => r.group)).toEqual([
      'cm',
      'sd',
    ]);
  });

  it("adds a waiver's approvers once, with every reason", () => {
    const reg = {
      ...deal(900000),
      waivers: [
        { rule: 'attachment.missing', reason: 'r' },
        { rule: 'nope.x', reason: 'r' },
      ],
    };
    const sd = requiredApprovals(reg, policy, '2026-11-25').find((r) => r.group === 'sd');
    expect(sd?.reasons).toEqual([
      { source: 'tier', tier: 'large' },
      { source: 'waiver', rule: 'attachment.missing' },
    ]);
  });

  it('matches an extra rule with AND across keys and OR within a list', () => {
    const groups = (reg: object) =>
      requiredApprovals(reg, policy, '2026-11-25').map((r) => r.group);
    // A matching extra rule ends the standard tier's auto-approval: its group decides too.
    expect(groups(deal(1000, 'healthcare', 'CN-North'))).toEqual(['cm', 'reg']);
    expect(groups(deal(1000, 'healthcare', 'APAC'))).toEqual([]);
    expect(groups(deal(1000, 'retail', 'CN-East'))).toEqual([]);
  });
});

describe('changes in words', () => {
  it('says what changed in value, tier, outcome and decision', () => {
    const before = deal(800000);
    const after = {
      ...deal(1200000),
      outcome: { status: 'lost', on: '2026-12-01', reason_code: 'price' },
    };
    expect(describeChange(before, after, policy)).toEqual([
      'value 800,000 → 1,200,000 CNY',
      'outcome lost (price)',
    ]);
    const small = describeChange(deal(100000), deal(600000), policy);
    expect(small).toEqual(['value 100,000 → 600,000 CNY', 'tier standard → large']);
  });

  it('names other changed fields without their content', () => {
    const after = { ...deal(1000), notes: 'Call back in May' };
    expect(describeChange(deal(1000), after, policy)).toEqual(['added: notes']);
  });

  it('names changed fields inside the customer and the opportunity by their path', () => {
    const before = { ...deal(1000), customer: { ...deal(1000).customer, domain: 'a.example' } };
    const after = {
      ...deal(1000),
      customer: { ...before.customer, domain: 'b.example', region: 'CN-East' },
      opportunity: { ...before.opportunity, title: 'Welding line' },
    };
    const words = describeChange(before, after, policy);
    expect(words).toEqual(['changed: customer.region, customer.domain, opportunity.title']);
    expect(words.join()).not.toMatch(/example|Welding/);
  });

  it('keeps the phrase of a field and names what was added or removed beside it', () => {
    const before = { ...deal(1000), decision: { status: 'returned', reason_code: 'incomplete' } };
    const reached = { name: 'Meng', email: 'meng@x.example' };
    const contact = { ...reached, phone: '+86 10 1234' };
    const after = { ...deal(1000), customer: { ...deal(1000).customer, contact } };
    expect(describeChange(before, after, policy)).toEqual([
      'decision removed',
      'added: customer.contact',
    ]);
    const noPhone = { ...after, customer: { ...after.customer, contact: reached } };
    expect(describeChange(after, noPhone, policy)).toEqual(['removed: customer.contact.phone']);
  });

  it('names a changed SKU that the phrase of the products leaves out', () => {
    const line = (sku: string) => ({ line: 'plc', sku, quantity: 2 });
    const before = { ...deal(1000), products: [line('PLC-1'), line('PLC-2')] };
    const after = { ...deal(1000), products: [line('PLC-1'), line('PLC-3')] };
    expect(describeChange(before, after, policy)).toEqual(['changed: products[1].sku']);
    const more = { ...deal(1000), products: [line('PLC-1'), { line: 'hmi', quantity: 1 }] };
    expect(describeChange(before, more, policy)).toEqual([
      'products plc×2, plc×2 → plc×2, hmi×1',
      'removed: products[1].sku',
    ]);
    // A quantity and a SKU changed at once: the phrase tells the one, the list the other.
    const both = { ...deal(1000), products: [line('PLC-1'), { ...line('PLC-9'), quantity: 5 }] };
    expect(describeChange(before, both, policy)).toEqual([
      'products plc×2, plc×2 → plc×2, plc×5',
      'changed: products[1].sku',
    ]);
    // A product added whole is the phrase's alone.
    const added = { ...deal(1000), products: [line('PLC-1'), line('PLC-2'), line('PLC-4')] };
    expect(describeChange(before, added, policy)).toEqual([
      'products plc×2, plc×2 → plc×2, plc×2, plc×2',
    ]);
  });

  it('says there was no change only when no field changed', () => {
    expect(describeChange(deal(1000), deal(1000), policy)).toEqual(['no change to the content']);
  });

  it('shortens a long key in the path it names', () => {
    const key = `k${'x'.repeat(200)}`;
    const words = describeChange(deal(1000), { ...deal(1000), [key]: 1 }, policy);
    expect(words).toEqual([`added: k${'x'.repeat(38)}…`]);
  });
});

describe('messages of the pull-request guards', () => {
  it('has a message and a hint for every pr.* rule', () => {
    for (const rule of prGuards.flatMap((g) => g.rules)) {
      expect(hasMessage(rule), rule).toBe(true);
      expect(hasMessage(`${rule}.hint`), `${rule}.hint`).toBe(true);
    }
  });
});
