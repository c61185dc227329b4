import { describe, expect, it } from 'vitest';
import { checkFiles } from '../helpers/check.js';
import { deal, files } from '../helpers/registrations.js';

const robots = (partner: string, submitted_on: string) =>
  deal(partner, 1, { submitted_on, products: [{ line: 'robotics', quantity: 1 }] });

describe('certified product lines', () => {
  it('accept a partner holding the certification', () => {
    expect(checkFiles(files(robots('alpha', '2026-11-20'))).findings).toEqual([]);
  });

  it('accept a certification that expires on the day of submission', () => {
    const found = checkFiles(files(robots('alpha', '2027-06-30')), {
      today: '2027-06-30',
    }).findings;
    expect(found.filter((f) => f.rule === 'ref.certification')).toEqual([]);
  });

  it('reject a certification that expired before submission', () => {
    const found = checkFiles(files(robots('alpha', '2027-07-01')), { today: '2027-07-01' }).of(
      'ALPHA-2027-0001',
    );
    const finding = found.find((f) => f.rule === 'ref.certification');
    expect(finding?.message).toBe(
      'Product line robotics needs the certification industrial-robotics, which partner alpha does not hold on 2027-07-01',
    );
    expect(finding?.path).toBe('products[0].line');
  });

  it('reject a partner without the certification', () => {
    const found = checkFiles(files(robots('beta', '2026-11-20'))).of('BETA-2026-0001');
    expect(found.map((f) => f.rule)).toEqual(['ref.certification']);
  });

  it('ask nothing of lines without a certification', () => {
    expect(checkFiles(files(deal('beta', 1))).findings).toEqual([]);
  });
});

describe('currencies', () => {
  it('accept the base currency and every currency with a rate', () => {
    const usd = deal('alpha', 1, { opportunity: { currency: 'USD', value: 10_000 } });
    expect(checkFiles(files(usd)).findings).toEqual([]);
  });

  it('report a currency without a rate at the currency', () => {
    const yen = deal('alpha', 1, { opportunity: { currency: 'JPY' } });
    const [finding, ...rest] = checkFiles(files(yen)).of('ALPHA-2026-0001');
    expect(rest).toEqual([]);
    expect(finding?.rule).toBe('ref.currency');
    expect(finding?.path).toBe('opportunity.currency');
    expect(finding?.hint).toBe('Use one of: CNY, USD, EUR');
  });
});
