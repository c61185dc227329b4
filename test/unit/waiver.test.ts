import { describe, expect, it } from 'vitest';
import { isRealReason } from '../../src/checks/waiver/reason.js';
import { covers } from '../../src/checks/waiver/waivers.js';
import type { Policy } from '../../src/model/policy.js';
import type { Registration } from '../../src/model/registration.js';
import { requiredApprovals } from '../../src/policy/approvers.js';
import { openWorkspace } from '../../src/workspace/load.js';
import { checkFiles } from '../helpers/check.js';
import { deal, files, programFixture } from '../helpers/registrations.js';

const reason = 'The customer sends its forecast only after the framework contract is signed.';
const large = (waivers: { rule: string; reason: string }[]) =>
  deal('alpha', 1, {
    opportunity: { value: 900_000 },
    customer: { registration_number: '91320500MA1W2X3Y4Z' },
    waivers,
  });
const id = 'ALPHA-2026-0001';

/** The approver groups of a registration, and whether nobody needs to look at it. */
function approversFor(reg: Partial<Registration>, policy: Policy) {
  const groups = requiredApprovals(reg, policy, '2026-12-03');
  return { autoApprove: groups.length === 0, groups };
}

describe('waivers', () => {
  it('turn the waived error into a notice', () => {
    const found = checkFiles(files(large([{ rule: 'completeness.attachment', reason }]))).of(id);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['completeness.attachment', 'notice']]);
  });

  it('cover the rule they name and its sub-rules, but not its neighbours', () => {
    expect(covers('completeness.attachment', 'completeness.attachment')).toBe(true);
    expect(covers('schema.format', 'schema.format.email')).toBe(true);
    expect(covers('completeness.attachment', 'completeness.attachments')).toBe(false);
    expect(covers('completeness.attachment', 'completeness.field')).toBe(false);
  });

  it('leave the other errors of the registration as they are', () => {
    const reg = deal('alpha', 1, {
      opportunity: { value: 900_000 },
      waivers: [{ rule: 'completeness.attachment', reason }],
    });
    const found = checkFiles(files(reg)).of(id);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ['completeness.attachment', 'notice'],
      ['completeness.field', 'error'],
    ]);
  });

  it('reject a waiver of a rule that does not exist, suggesting close ones', () => {
    const found = checkFiles(files(large([{ rule: 'completeness.attachement', reason }]))).of(id);
    const waiver = found.find((f) => f.rule === 'waiver.unknown-rule');
    expect(waiver?.severity).toBe('error');
    expect(waiver?.path).toBe('waivers[0].rule');
    expect(waiver?.hint).toContain('completeness.attachment');
    expect(found.find((f) => f.rule === 'completeness.attachment')?.severity).toBe('error');
  });

  it('reject a waiver of a rule the policy does not let anyone waive', () => {
    const found = checkFiles(files(large([{ rule: 'ref.contact', reason }]))).of(id);
    const waiver = found.find((f) => f.rule === 'waiver.not-waivable');
    expect(waiver?.message).toBe('The rule ref.contact cannot be waived in this program');
    expect(waiver?.hint).toContain('completeness.attachment, ref.certification');
  });

  it('reject a reason of padding, and keep the error it meant to waive', () => {
    const padded = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
    const found = checkFiles(
      files(large([{ rule: 'completeness.attachment', reason: padded }])),
    ).of(id);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ['completeness.attachment', 'error'],
      ['waiver.reason', 'error'],
    ]);
  });

  it('warn about a waiver that waives nothing', () => {
    const found = checkFiles(
      files(deal('alpha', 1, { waivers: [{ rule: 'completeness.attachment', reason }] })),
    ).of(id);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['waiver.unused', 'warning']]);
  });

  it('waive a missing certification with the compliance group added as approver', () => {
    const robots = deal('beta', 1, {
      products: [{ line: 'robotics', quantity: 2 }],
      waivers: [
        {
          rule: 'ref.certification',
          reason: 'Certification exam booked for January; the vendor engineer installs.',
        },
      ],
    });
    const found = checkFiles(files(robots)).of('BETA-2026-0001');
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['ref.certification', 'notice']]);
    const { policy } = openWorkspace(programFixture);
    const approvals = approversFor(robots, policy);
    expect(approvals.autoApprove).toBe(false);
    expect(approvals.groups.map((g) => g.group)).toEqual(['channel-managers', 'compliance']);
    expect(approvals.groups[1]?.reasons).toEqual([{ source: 'waiver', rule: 'ref.certification' }]);
  });
});

describe('a real reason', () => {
  it.each([
    ['The customer sends its forecast only after signing.', true],
    ['客户要求先签订框架合同后才能提供销售预测数据，故申请豁免此项材料。', true],
    ['                    n/a                     ', false],
    ['abababababababababababababab', false],
    ['!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!', false],
    ['aaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbcccccccccccc', false],
  ])('judges %j as %s', (text, real) => {
    expect(isRealReason(text)).toBe(real);
  });
});

describe('required approvers', () => {
  const { policy } = openWorkspace(programFixture);

  it('auto-approve a standard deal that nothing else sends to a human', () => {
    expect(approversFor(deal('alpha', 1), policy)).toEqual({ autoApprove: true, groups: [] });
  });

  it('name the tier approvers with the tier decision as the reason', () => {
    const approvals = approversFor(deal('alpha', 1, { opportunity: { value: 600_000 } }), policy);
    expect(approvals.autoApprove).toBe(false);
    expect(approvals.groups.map((g) => g.group)).toEqual(['channel-managers', 'sales-directors']);
    expect(approvals.groups[0]?.reasons[0]?.source).toBe('tier');
  });

  it('add the groups of an extra approval whose condition holds', () => {
    const approvals = approversFor(
      deal('alpha', 1, { products: [{ line: 'med-imaging', quantity: 1 }] }),
      policy,
    );
    expect(approvals.autoApprove).toBe(false);
    const compliance = approvals.groups.find((g) => g.group === 'compliance');
    expect(compliance?.reasons).toEqual([{ source: 'extra', id: 'regulated-lines' }]);
  });
});
