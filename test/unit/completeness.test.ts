import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { checkFiles, rules } from '../helpers/check.js';
import { deal, files } from '../helpers/registrations.js';

const forecast = (id: string, partner = 'alpha') => ({
  path: `attachments/${partner}/${id}/forecast.md`,
  type: 'financial-forecast',
});

describe('completeness by kind and tier', () => {
  afterEach(() => setLanguage('en'));

  it('asks nothing more of a standard deal', () => {
    const { findings } = checkFiles(files(deal('alpha', 1)));
    expect(findings).toEqual([]);
  });

  it('asks a large deal for a forecast and says which requirement applies and why', () => {
    const reg = deal('alpha', 1, {
      opportunity: { value: 1_200_000 },
      customer: { registration_number: '91320500MA1W2X3Y4Z' },
    });
    const [finding, ...rest] = checkFiles(files(reg)).of('ALPHA-2026-0001');
    expect(rest).toEqual([]);
    expect(finding?.rule).toBe('completeness.attachment');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe(
      'The kind is deal and tier large applies because 1,200,000 CNY is at least 500,000 CNY, ' +
        'so requirement "large-forecast" asks for an attachment of type financial-forecast',
    );
    expect(finding?.hint).toContain('attachments/alpha/ALPHA-2026-0001/');
  });

  it('says so in Chinese too', () => {
    setLanguage('zh-CN');
    const reg = deal('alpha', 1, {
      opportunity: { value: 1_200_000 },
      customer: { registration_number: '91320500MA1W2X3Y4Z' },
    });
    const [finding] = checkFiles(files(reg)).of('ALPHA-2026-0001');
    expect(finding?.message).toBe(
      '报备类型为 deal，且适用档位 large，因为1,200,000 CNY 不低于 500,000 CNY，' +
        '因此要求"large-forecast"需要提供类型为 financial-forecast 的附件',
    );
  });

  it('asks a large deal for the customer registration number, pointing at the customer', () => {
    const id = 'ALPHA-2026-0001';
    const reg = deal('alpha', 1, { opportunity: { value: 500_000 }, attachments: [forecast(id)] });
    const [finding, ...rest] = checkFiles(files(reg)).of(id);
    expect(rest).toEqual([]);
    expect(finding?.rule).toBe('completeness.field');
    expect(finding?.path).toBe('customer.registration_number');
    expect(finding?.message).toContain('asks for the field customer.registration_number');
    expect(finding?.hint).toContain('reg explain customer.registration_number');
  });

  it('is satisfied by a large deal with its forecast and registration number', () => {
    const id = 'ALPHA-2026-0001';
    const reg = deal('alpha', 1, {
      opportunity: { value: 500_000 },
      customer: { registration_number: '91320500MA1W2X3Y4Z' },
      attachments: [forecast(id)],
    });
    expect(checkFiles(files(reg)).of(id)).toEqual([]);
  });

  it('does not count a blank field as filled in', () => {
    const reg = deal('alpha', 1, { customer: { region: 'CN-East', domain: '   ' } });
    const found = checkFiles(files(reg)).of('ALPHA-2026-0001');
    expect(rules(found)).toContain('completeness.field');
  });

  it('asks by industry, by region and by product line', () => {
    const hospital = deal('alpha', 1, { customer: { industry: 'healthcare' } });
    expect(
      checkFiles(files(hospital))
        .of('ALPHA-2026-0001')
        .map((f) => f.message),
    ).toEqual([
      'The industry is healthcare, so requirement "healthcare-letter" asks for an attachment of type customer-letter',
    ]);
    const east = deal('alpha', 1, { customer: { region: 'CN-East' } });
    expect(
      checkFiles(files(east))
        .of('ALPHA-2026-0001')
        .map((f) => f.message),
    ).toEqual([
      'The region is CN-East, so requirement "east-domain" asks for the field customer.domain',
    ]);
  });

  it('asks a business plan of a regulated line for its forecast and market analysis', () => {
    const plan = {
      id: 'ALPHA-2026-0003',
      kind: 'business-plan',
      partner: 'alpha',
      submitted_by: { name: 'Zhang Wei', email: 'zhang.wei@alpha.example' },
      submitted_on: '2026-11-20',
      customer: { name: '华东医疗集团', region: 'APAC', industry: 'retail' },
      products: [{ line: 'med-imaging', quantity: 1 }],
      plan: {
        product_line: 'med-imaging',
        launch_date: '2027-03-01',
        forecast: [{ year: 2027, units: 10, revenue: 300_000 }],
        currency: 'CNY',
        market_analysis: 'Hospitals in the region replace imaging equipment on a ten-year cycle.',
        marketing_strategy:
          'Joint seminars with the regional hospital association and two reference sites.',
        timeline: [{ milestone: 'Launch', date: '2027-03-01' }],
      },
    };
    const found = checkFiles(files(plan)).of('ALPHA-2026-0003');
    const missing = found.filter((f) => f.rule === 'completeness.attachment').map((f) => f.message);
    expect(missing).toEqual([
      'The kind is business-plan and the product lines include med-imaging, so requirement "regulated-plan" asks for an attachment of type financial-forecast',
      'The kind is business-plan and the product lines include med-imaging, so requirement "regulated-plan" asks for an attachment of type market-analysis',
    ]);
  });
});
