import { describe, expect, it } from 'vitest';
import { checkFiles } from '../helpers/check.js';
import { deal, files } from '../helpers/registrations.js';

const customer = (name: string, extra: Record<string, unknown> = {}) => ({
  customer: { name, region: 'CN-South', industry: 'manufacturing', ...extra },
});
const earlier = deal('alpha', 1, {
  submitted_on: '2026-11-10',
  ...customer('苏州精工机械有限公司', { domain: 'jinggong.example.cn' }),
  opportunity: { title: 'Line 3 retrofit for the stamping plant', value: 420_000 },
});
const later = deal('beta', 1, {
  submitted_on: '2026-11-20',
  ...customer('苏州精工机械股份有限公司'),
});

describe('conflicts between partners', () => {
  it('give the later registration the error and the earlier one none', () => {
    const checked = checkFiles(files(earlier, later));
    expect(checked.of('ALPHA-2026-0001')).toEqual([]);
    const [finding, ...rest] = checked.of('BETA-2026-0001');
    expect(rest).toEqual([]);
    expect(finding?.rule).toBe('conflict.customer');
    expect(finding?.severity).toBe('error');
    expect(finding?.path).toBe('customer.name');
    expect(finding?.message).toBe(
      'This customer is already registered for an overlapping product line by ALPHA-2026-0001, protected until 2027-02-08',
    );
  });

  it('are decided by submitted_on, not by the order of the files', () => {
    const first = deal('beta', 1, {
      submitted_on: '2026-11-05',
      ...customer('苏州精工机械股份有限公司'),
    });
    const checked = checkFiles(files(earlier, first));
    expect(checked.of('BETA-2026-0001')).toEqual([]);
    expect(checked.of('ALPHA-2026-0001').map((f) => f.message)).toEqual([
      'This customer is already registered for an overlapping product line by BETA-2026-0001, protected until 2027-02-03',
    ]);
  });

  it('go to the higher id when both were submitted on the same day', () => {
    const same = deal('beta', 1, { submitted_on: '2026-11-10', ...customer('苏州精工机械') });
    const checked = checkFiles(files(earlier, same));
    expect(checked.of('ALPHA-2026-0001')).toEqual([]);
    expect(checked.of('BETA-2026-0001').map((f) => f.rule)).toEqual(['conflict.customer']);
  });

  it('are told once, to one of two copies of a registration under one id', () => {
    const copy = {
      ...deal('beta', 1, { submitted_on: '2026-11-10', ...customer('苏州精工机械') }),
    };
    copy.id = 'ALPHA-2026-0001';
    const checked = checkFiles(files(earlier, copy));
    const conflicts = checked.findings.filter((f) => f.rule === 'conflict.customer');
    expect(conflicts.map((f) => f.file.replace(/^.*registrations\//, ''))).toEqual([
      'beta/ALPHA-2026-0001.yaml',
    ]);
  });

  it('block only while the earlier registration is active', () => {
    const rule = (today: string, changes = {}) =>
      checkFiles(files({ ...earlier, ...changes }, later), { today })
        .of('BETA-2026-0001')
        .map((f) => f.rule);
    expect(rule('2027-02-01')).toEqual(['conflict.customer']);
    expect(rule('2027-02-08')).toEqual(['conflict.customer']);
    expect(rule('2027-02-09')).toEqual([]);
    expect(
      rule('2026-12-03', { outcome: { status: 'lost', on: '2026-11-30', reason_code: 'price' } }),
    ).toEqual([]);
    expect(rule('2026-12-03', { outcome: { status: 'withdrawn', on: '2026-11-30' } })).toEqual([]);
    expect(
      rule('2026-12-03', { decision: { status: 'rejected', reason_code: 'duplicate' } }),
    ).toEqual([]);
  });

  it('count an extension in the protection', () => {
    const extended = {
      extensions: [
        { requested_on: '2027-01-20', days: 30, reason: 'Customer board meets in March.' },
      ],
    };
    const late = deal('beta', 1, { submitted_on: '2027-02-15', ...customer('苏州精工机械') });
    const checked = checkFiles(files({ ...earlier, ...extended }, late), { today: '2027-02-20' });
    expect(checked.of('BETA-2027-0001').map((f) => f.message)).toEqual([
      'This customer is already registered for an overlapping product line by ALPHA-2026-0001, protected until 2027-03-10',
    ]);
  });

  it('leak no detail of the other partner’s registration', () => {
    const [finding] = checkFiles(files(earlier, later)).of('BETA-2026-0001');
    const text = `${finding?.message ?? ''}\n${finding?.hint ?? ''}`;
    expect(finding).toBeDefined();
    for (const secret of [
      '苏州精工机械有限公司',
      'jinggong',
      'Line 3 retrofit',
      '420,000',
      '420000',
      'Alpha Systems',
      'Zhang Wei',
      'alpha',
      'registrations/alpha',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('match by web domain and by registration number, pointing at the matching field', () => {
    const byDomain = deal('beta', 1, {
      submitted_on: '2026-11-20',
      ...customer('Jinggong Machinery', { domain: 'WWW.JingGong.example.cn' }),
    });
    expect(
      checkFiles(files(earlier, byDomain))
        .of('BETA-2026-0001')
        .map((f) => f.path),
    ).toEqual(['customer.domain']);

    const numbered = {
      ...earlier,
      customer: { ...(earlier.customer as object), registration_number: '91320500MA1W2X3Y4Z' },
    };
    const byNumber = deal('beta', 1, {
      submitted_on: '2026-11-20',
      ...customer('JG Precision', { registration_number: '91320500MA1W2X3Y4Z' }),
    });
    expect(
      checkFiles(files(numbered, byNumber))
        .of('BETA-2026-0001')
        .map((f) => f.path),
    ).toEqual(['customer.registration_number']);
  });

  it('need overlapping product lines', () => {
    const servo = { ...later, products: [{ line: 'servo', quantity: 2 }] };
    expect(checkFiles(files(earlier, servo)).of('BETA-2026-0001')).toEqual([]);
    const both = {
      ...later,
      products: [
        { line: 'servo', quantity: 2 },
        { line: 'plc', quantity: 1 },
      ],
    };
    expect(
      checkFiles(files(earlier, both))
        .of('BETA-2026-0001')
        .map((f) => f.rule),
    ).toEqual(['conflict.customer']);
  });

  it('are not raised between two registrations of the same partner', () => {
    const again = deal('alpha', 2, {
      submitted_on: '2026-11-20',
      ...customer('苏州精工机械股份有限公司'),
    });
    expect(checkFiles(files(earlier, again)).findings).toEqual([]);
  });

  it('see every registration when only the later file is reported', () => {
    const checked = checkFiles(files(earlier, later), {
      only: ['registrations/beta/BETA-2026-0001.yaml'],
    });
    expect(checked.findings.map((f) => f.rule)).toEqual(['conflict.customer']);
  });

  it('are told once per earlier registration, under the first key that matches', () => {
    const both = deal('beta', 1, {
      submitted_on: '2026-11-20',
      ...customer('苏州精工机械股份有限公司', { domain: 'jinggong.example.cn' }),
    });
    const found = checkFiles(files(earlier, both)).of('BETA-2026-0001');
    expect(found.map((f) => `${f.rule} ${f.path}`)).toEqual(['conflict.customer customer.domain']);
  });

  it('count only whole days of extension, and still check every file beside one that is not', () => {
    const extended = {
      ...earlier,
      extensions: [
        { requested_on: '2026-11-25', days: 0.5, reason: 'Customer board meets later' },
        { requested_on: '2026-11-26', days: 30, reason: 'Pilot runs a month longer' },
      ],
    };
    const checked = checkFiles(files(extended, later));
    expect(checked.of('ALPHA-2026-0001').map((f) => f.rule)).toEqual(['schema.type']);
    expect(checked.of('BETA-2026-0001').map((f) => f.message)).toEqual([
      'This customer is already registered for an overlapping product line by ALPHA-2026-0001, protected until 2027-03-10',
    ]);
  });

  it('leave different companies that share a word alone', () => {
    const other = deal('beta', 1, {
      submitted_on: '2026-11-20',
      ...customer('苏州精工电子有限公司'),
    });
    const found = checkFiles(files(earlier, other)).of('BETA-2026-0001');
    expect(found.filter((f) => f.rule === 'conflict.customer')).toEqual([]);
  });
});

describe('similar customer names', () => {
  const meridian = deal('alpha', 1, {
    submitted_on: '2026-11-10',
    ...customer('Meridian Foods Ltd.'),
  });

  it('warn the reviewer about a name close to an earlier one', () => {
    const close = deal('beta', 1, {
      submitted_on: '2026-11-20',
      ...customer('Meridian Food Ltd.'),
    });
    const [finding, ...rest] = checkFiles(files(meridian, close)).of('BETA-2026-0001');
    expect(rest).toEqual([]);
    expect(finding?.rule).toBe('conflict.similar');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe(
      'The customer name is close to that of the earlier registration ALPHA-2026-0001 (95% alike)',
    );
    expect(`${finding?.message}${finding?.hint}`).not.toContain('Meridian Foods');
  });

  it('stay silent for names that are not close', () => {
    const far = deal('beta', 1, { submitted_on: '2026-11-20', ...customer('Meridian Farms Ltd.') });
    expect(checkFiles(files(meridian, far)).of('BETA-2026-0001')).toEqual([]);
  });

  it('give no warning beside an exact conflict with the same registration', () => {
    const same = deal('beta', 1, {
      submitted_on: '2026-11-20',
      ...customer('MERIDIAN FOODS LIMITED'),
    });
    expect(
      checkFiles(files(meridian, same))
        .of('BETA-2026-0001')
        .map((f) => f.rule),
    ).toEqual(['conflict.customer']);
  });
});
