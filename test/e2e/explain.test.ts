import { describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import { programFixture } from '../helpers/registrations.js';

const explain = (name: string, ...args: string[]) =>
  reg(['explain', name, '--cwd', programFixture, ...args]);

describe('reg explain', () => {
  it('explains a field with its example, when it is required and how to fix it', () => {
    const r = explain('customer.registration_number');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('customer.registration_number — Company registration number');
    expect(r.stdout).toContain('Example: ');
    expect(r.stdout).toContain('  - not by the schema');
    expect(r.stdout).toContain(
      '  - by requirement "large-customer-id" (Customer registration number for large deals) when the kind is deal and the tier is large or strategic',
    );
    expect(r.stdout).toContain('How to fix: Write it in the form of the example: ');
  });

  it('says for which kinds the schema requires a field', () => {
    expect(explain('customer.contact').stdout).toContain('  - by the schema, for the kinds deal\n');
    expect(explain('products[0].line').stdout).toContain(
      '  - by the schema, for the kinds deal, business-plan\n',
    );
    expect(explain('id').stdout).toContain('  - by the schema, for every kind\n');
  });

  it('lists the values the policy allows for a field', () => {
    expect(explain('products.line').stdout).toContain(
      'In this program: plc (PLC controllers), servo (Servo drives)',
    );
  });

  it('explains a rule with what the policy adds to it', () => {
    const r = explain('completeness.attachment');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('completeness.attachment — rule, an error: it fails the check');
    expect(r.stdout).toContain(
      'May be waived in this program, with the approval of: sales-directors',
    );
    expect(r.stdout).toContain(
      '"large-forecast" (Financial forecast for large deals): when the kind is deal and the tier is large or strategic: financial-forecast',
    );
  });

  it('says when a rule is a warning and cannot be waived', () => {
    const r = explain('conflict.similar');
    expect(r.stdout).toContain('a warning: it fails the check only with --strict');
    expect(r.stdout).toContain('Cannot be waived in this program.');
  });

  it('answers in Chinese', () => {
    const r = explain('conflict.customer', '--lang', 'zh-CN');
    expect(r.stdout).toContain('以 submitted_on 在先者为准');
    expect(r.stdout).toContain('本计划不允许豁免。');
  });

  it('works outside a workspace, without the policy', () => {
    const r = reg(['explain', 'waiver.reason', '--cwd', '/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('at least 20 letters');
    expect(r.stdout).not.toContain('In this program');
  });

  it('fails with exit 2 and close suggestions for an unknown name', () => {
    const r = explain('completeness.attachement');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('There is no field or rule "completeness.attachement"');
    expect(r.stderr).toContain('Did you mean: completeness.attachment');
    const field = explain('customr.name');
    expect(field.code).toBe(2);
    expect(field.stderr).toContain('Did you mean: customer.name');
    // Nothing close: no question with nothing in it.
    const none = explain('zzzzzz');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Fields are dotted paths such as customer.name');
    expect(none.stderr).not.toContain('Did you mean');
  });
});
