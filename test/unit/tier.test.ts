import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.js';
import { decideTier } from '../../src/policy/tier.js';
import { phraseTier } from '../../src/policy/why.js';
import { openWorkspace } from '../../src/workspace/load.js';
import { deal, programFixture } from '../helpers/registrations.js';

const { policy } = openWorkspace(programFixture);
const tierOf = (changes: Record<string, unknown>): string =>
  decideTier(deal('alpha', 1, changes), policy).tier.id;
const value = (v: number, currency = 'CNY') => ({ opportunity: { value: v, currency } });
const lines = (...ids: string[]) => ({ products: ids.map((line) => ({ line, quantity: 1 })) });

describe('tiers', () => {
  afterEach(() => setLanguage('en'));

  it('place a deal just under the large threshold in the standard tier', () => {
    expect(tierOf(value(499_999.99))).toBe('standard');
  });

  it('place a deal of exactly the large threshold in the large tier', () => {
    expect(tierOf(value(500_000))).toBe('large');
  });

  it('place a deal of exactly the strategic threshold in the strategic tier', () => {
    expect(tierOf(value(4_999_999))).toBe('large');
    expect(tierOf(value(5_000_000))).toBe('strategic');
  });

  it('convert other currencies at the policy rate before comparing', () => {
    expect(tierOf(value(71_428, 'USD'))).toBe('standard');
    expect(tierOf(value(71_429, 'USD'))).toBe('large');
  });

  it('leave a value in an unknown currency out of the tier decision', () => {
    expect(tierOf(value(90_000_000, 'JPY'))).toBe('standard');
  });

  it('count distinct product lines as a complexity signal, at exactly the threshold', () => {
    expect(tierOf(lines('plc', 'servo'))).toBe('standard');
    expect(tierOf(lines('plc', 'servo', 'plc'))).toBe('standard');
    expect(tierOf(lines('plc', 'servo', 'hmi'))).toBe('large');
  });

  it('count the customer region and the delivery regions, at exactly the threshold', () => {
    const regions = (...r: string[]) => ({ opportunity: { regions: r } });
    expect(tierOf(regions('APAC', 'EMEA'))).toBe('standard');
    expect(tierOf(regions('APAC', 'EMEA', 'CN-East'))).toBe('strategic');
  });

  it('follow a field set by the policy', () => {
    expect(tierOf({ customer: { industry: 'government' } })).toBe('strategic');
  });

  it('say why in words, with the amount and the threshold', () => {
    setLanguage('en');
    const decision = decideTier(deal('alpha', 1, value(1_200_000)), policy);
    expect(phraseTier(decision)).toBe(
      'tier large applies because 1,200,000 CNY is at least 500,000 CNY',
    );
    const usd = decideTier(deal('alpha', 1, value(100_000, 'USD')), policy);
    expect(phraseTier(usd)).toBe(
      'tier large applies because 100,000 USD (700,000 CNY) is at least 500,000 CNY',
    );
    setLanguage('zh-CN');
    expect(phraseTier(decision)).toBe('适用档位 large，因为1,200,000 CNY 不低于 500,000 CNY');
  });

  it('say that the first tier applies when no signal holds', () => {
    expect(phraseTier(decideTier(deal('alpha', 1), policy))).toBe(
      'tier standard applies because no signal of a higher tier holds',
    );
  });
});
