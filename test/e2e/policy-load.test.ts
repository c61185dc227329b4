import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { programFixture } from '../helpers/registrations.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

const config = readFileSync(join(programFixture, 'reg.config.yaml'), 'utf8');
const dirs: string[] = [];

/** Validates a copy of the program fixture whose policy has `from` replaced by `to`. */
function validateWith(from: string, to: string) {
  expect(config).toContain(from);
  const dir = makeWorkspace({ 'reg.config.yaml': config.replace(from, to) }, programFixture);
  dirs.push(dir);
  return reg(['validate', '--cwd', dir]);
}

/** Line (1-based) of the first occurrence of `text` in the changed policy. */
function lineOf(from: string, to: string, text: string): number {
  const lines = config.replace(from, to).split('\n');
  return lines.findIndex((l) => l.includes(text)) + 1;
}

describe('loading the policy', () => {
  afterEach(() => {
    for (const dir of dirs.splice(0)) removeWorkspace(dir);
  });

  it('accepts the program fixture', () => {
    const dir = makeWorkspace({}, programFixture);
    dirs.push(dir);
    const result = reg(['validate', '--cwd', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('fails with exit 2 and a located message when the first tier has a signal', () => {
    const from = '    sla_business_days: 2\n';
    const to = '    sla_business_days: 2\n    min_value: 10\n';
    const result = validateWith(from, to);
    expect(result.code).toBe(2);
    const line = lineOf(from, to, 'min_value: 10');
    expect(result.stderr).toContain(
      `reg.config.yaml:${line}:5 policy.first-tier The first tier standard has the signal min_value`,
    );
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('fails when a tier names an unknown approver group', () => {
    const from = 'approvers: [channel-managers, sales-directors]\n    sla_business_days: 5';
    const to = 'approvers: [channel-managers, sales-director]\n    sla_business_days: 5';
    const result = validateWith(from, to);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /reg\.config\.yaml:\d+:\d+ policy\.approver There is no approver group "sales-director"/,
    );
  });

  it('fails when a waivable rule adds an unknown approver group', () => {
    const result = validateWith(
      '    approvers: [compliance]\nrequirements',
      '    approvers: [legal]\nrequirements',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('policy.approver There is no approver group "legal"');
  });

  it('fails when a rule made waivable does not exist', () => {
    const result = validateWith('  ref.certification:\n', '  ref.certificate:\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'policy.waivable There is no rule "ref.certificate" to make waivable',
    );
    expect(result.stderr).toContain('did you mean: ref.certification');
  });

  it('fails when a requirement names an unknown attachment type', () => {
    const result = validateWith(
      'attachments: [customer-letter]',
      'attachments: [customer-letters]',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'policy.attachment-type Requirement healthcare-letter asks for the attachment type customer-letters',
    );
  });

  it('fails when a requirement names a field the registration does not have', () => {
    const result = validateWith('fields: [customer.domain]', 'fields: [customer.website]');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('policy.field There is no registration field customer.website');
  });

  it('fails when an export column names a field the registration does not have', () => {
    const end = config.endsWith('\n') ? config : `${config}\n`;
    const columns = [
      '        - { header: Id, field: id }',
      '        - { header: State, field: state }',
      '        - { header: Name, field: customer.nmae }',
      '        - { header: Other, field: zzzqqq.xyz }',
    ];
    const mapping = ['export:', '  mappings:', '    crm:', '      columns:', ...columns, ''];
    const result = validateWith(end, `${end}${mapping.join('\n')}`);
    expect(result.code).toBe(2);
    const lines = result.stderr.split('\n').filter((l) => l.includes('policy.field'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /reg\.config\.yaml:\d+:\d+ policy\.field There is no registration field customer\.nmae/,
    );
    expect(result.stderr).toContain('did you mean: customer.name');
    expect(lines[1]).toContain('zzzqqq.xyz');
    expect(result.stderr).not.toContain('did you mean: -');
  });

  it('hints at reg init, not at reg new, when the policy file is empty', () => {
    const dir = makeWorkspace({ 'reg.config.yaml': '' }, programFixture);
    dirs.push(dir);
    const result = reg(['validate', '--cwd', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('yaml.empty The file is empty');
    expect(result.stderr).toContain('"reg init" in an empty folder makes a commented one');
    expect(result.stderr).not.toContain('reg new');
  });

  it('never ends a hint on "like this:" with no example after it', () => {
    const end = config.endsWith('\n') ? config : `${config}\n`;
    const mapping =
      'export:\n  mappings:\n    crm:\n      columns:\n        - { header: Id, field: "a[0]" }\n';
    const result = validateWith(end, `${end}${mapping}`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('schema.pattern export.mappings.crm.columns[0].field');
    expect(result.stderr).toContain('in the form its description gives');
    expect(result.stderr).not.toMatch(/like this: *$/m);
  });

  it('fails when a condition names an industry no registration can be written with', () => {
    const result = validateWith('industry: [healthcare]', 'industry: [Healthcare]');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /policy\.condition The condition names the industry "Healthcare", which no registration can have/,
    );
  });

  it('fails when a condition names an unknown tier or product line', () => {
    const tier = validateWith(
      'tier: [large, strategic] }\n    attachments',
      'tier: [large, strategc] }\n    attachments',
    );
    expect(tier.stderr).toContain('policy.condition The condition names the tier "strategc"');
    const line = validateWith(
      'product_lines: [med-imaging] }\n    attachments',
      'product_lines: [imaging] }\n    attachments',
    );
    expect(line.stderr).toContain(
      'policy.condition The condition names the product_lines "imaging"',
    );
  });

  it('fails when a day is both a holiday and a make-up working day', () => {
    const result = validateWith(
      'workdays: [2026-09-20, 2026-10-10]',
      'workdays: [2026-09-20, 2026-10-10, 2026-10-01]',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'policy.calendar 2026-10-01 is listed both as a holiday and as a make-up working day',
    );
  });

  it('fails when value thresholds do not rise from tier to tier', () => {
    const result = validateWith('min_value: 5000000', 'min_value: 500000');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'policy.tier-order Tier strategic starts at 500,000, not above tier large (500,000)',
    );
  });
});
