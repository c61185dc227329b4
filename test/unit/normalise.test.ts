import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseDomain, normaliseName, normaliseNumber } from '../../src/policy/normalise.js';

/** Pairs that name the same customer: written differently, one company. */
const same: [string, string][] = [
  ['苏州精工机械有限公司', '苏州精工机械'],
  ['苏州精工机械有限公司', '苏州精工机械股份有限公司'],
  ['苏州精工机械有限公司', '苏州精工机械有限责任公司'],
  ['苏州精工机械有限公司', ' 苏州精工机械 有限公司 '],
  ['苏州精工机械有限公司', '苏州精工机械集团有限公司'],
  ['苏州精工机械有限公司', '苏州精工机械集团'],
  ['苏州精工机械有限公司', '苏州精工机械公司'],
  ['罗克韦尔自动化（上海）有限公司', '罗克韦尔自动化有限公司'],
  ['罗克韦尔自动化(上海)有限公司', '罗克韦尔自动化（上海市）有限公司'],
  ['华东电子（江苏）有限公司', '华东电子有限公司'],
  ['苏州精工机械有限公司', '苏州精工机械有限公司\u200b'],
  ['苏州精工·机械有限公司', '苏州精工机械有限公司'],
  ['Northwind Logistics Ltd.', 'Northwind Logistics'],
  ['Northwind Logistics Ltd.', 'NORTHWIND LOGISTICS LIMITED'],
  ['Northwind Logistics Co., Ltd.', 'northwind logistics'],
  ['Northwind Logistics Co.,Ltd', 'Northwind Logistics Company Limited'],
  ['Northwind Logistics (Shanghai) Co., Ltd.', 'Northwind Logistics Ltd'],
  ['Northwind Logistics (Hong Kong) Limited', 'Northwind Logistics'],
  ['Northwind-Logistics Inc.', 'Northwind Logistics, Inc.'],
  ['Northwind Logistics Incorporated', 'Northwind Logistics Inc'],
  ['Meridian Foods LLC', 'Meridian Foods L.L.C.'],
  ['Meridian Foods GmbH', 'Meridian Foods'],
  ['Meridian Foods AG', 'meridian foods'],
  ['Meridian Foods Pte. Ltd.', 'Meridian Foods'],
  ['Meridian Foods Corp.', 'Meridian Foods Corporation'],
  ['Meridian Foods Group', 'Meridian Foods'],
  ['Meridian Foods plc', 'Meridian Foods'],
  ['Meridian  Foods', 'Meridian Foods'],
  ['MeridianFoods', 'Meridian Foods'],
  ['ＭＥＲＩＤＩＡＮ　ＦＯＯＤＳ', 'Meridian Foods'],
  ['Meridian Foods（Ｓｈａｎｇｈａｉ）', 'Meridian Foods'],
  ['The Meridian Foods Company', 'Meridian Foods'],
  ['Smith & Sons Ltd', 'Smith and Sons'],
  ['Meridian\u00adFoods', 'MeridianFoods'],
  ['\ufeffMeridian Foods', 'Meridian Foods'],
  ['ACME自动化（苏州）有限公司', 'ACME 自动化有限公司'],
  ['Ａｃｍｅ自动化有限公司', 'acme自动化'],
  ['深圳市远景科技有限公司', '深圳市远景科技'],
];

/** Pairs that must stay apart: different companies, often sharing a word. */
const different: [string, string][] = [
  ['苏州精工机械有限公司', '苏州精工电子有限公司'],
  ['苏州精工机械有限公司', '无锡精工机械有限公司'],
  ['上海电气集团', '上海电气电站设备有限公司'],
  ['华为技术有限公司', '华为终端有限公司'],
  ['中国石油天然气股份有限公司', '中国石油化工股份有限公司'],
  ['远景科技（上海）有限公司', '远景能源（上海）有限公司'],
  ['北京精工', '南京精工'],
  ['Northwind Logistics Ltd.', 'Northwind Traders Ltd.'],
  ['Northwind Logistics Ltd.', 'Southwind Logistics Ltd.'],
  ['Shanghai Electric Group', 'Shanghai Electric Power'],
  ['Meridian Foods', 'Meridian Foodservice'],
  ['Meridian Foods', 'Meridian Farms'],
  ['Acme Robotics Inc.', 'Acme Logistics Inc.'],
  ['Acme (Holdings) Ltd', 'Acme Ltd'],
  ['General Motors', 'General Mills'],
  ['Apple Inc.', 'Pineapple Inc.'],
  ['Smith & Sons', 'Smith Sons & Daughters'],
  ['Alpha Co', 'Alpha Cola'],
];

describe('customer names', () => {
  it('has a table of at least 40 pairs', () => {
    expect(same.length + different.length).toBeGreaterThanOrEqual(40);
  });

  it.each(same)('matches %s with %s', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
  });

  it.each(different)('keeps %s apart from %s', (a, b) => {
    expect(normaliseName(a)).not.toBe(normaliseName(b));
  });

  it('never strips a name down to nothing', () => {
    expect(normaliseName('Limited')).toBe('limited');
    expect(normaliseName('有限公司')).toBe('有限公司');
    expect(normaliseName('Group Ltd')).toBe('group');
  });

  it('keeps a bracketed word that is not a place', () => {
    expect(normaliseName('Acme (Medical) Ltd')).toBe('acmemedical');
  });

  it('reads every printable ASCII character in a plain name as the Unicode passes would', () => {
    // A zero-width space shows nothing, but sends a name the way of names beyond ASCII.
    for (let code = 0x20; code < 0x7f; code += 1) {
      const ch = String.fromCharCode(code);
      for (const name of [
        `Ab${ch}Cd Ltd`,
        `${ch}The Acme.Co${ch}`,
        `Acme ${ch}(Shanghai) Ltd${ch}`,
      ]) {
        expect(normaliseName(name), JSON.stringify(name)).toBe(normaliseName(`${name}\u200b`));
      }
    }
  });

  it('strips a Chinese legal form behind a Latin one, and a Latin one behind a Chinese one', () => {
    expect(normaliseName('Acme Ltd 有限公司')).toBe('acme');
    expect(normaliseName('Acme 集团 Co.')).toBe('acme');
    expect(normaliseName('远景 Group 公司')).toBe('远景');
  });
});

describe('web domains', () => {
  it.each([
    ['https://www.Example.com/contact?x=1', 'example.com'],
    ['http://example.com:8080', 'example.com'],
    ['WWW.EXAMPLE.COM.', 'example.com'],
    ['example.com/', 'example.com'],
    ['ftp://user@example.com#top', 'example.com'],
    ['shop.example.com', 'shop.example.com'],
    ['ｅｘａｍｐｌｅ．ｃｏｍ', 'example.com'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseDomain(input)).toBe(expected);
  });

  it('tells a subdomain from its parent', () => {
    expect(normaliseDomain('shop.example.com')).not.toBe(normaliseDomain('example.com'));
  });

  it('has no key for an empty domain', () => {
    expect(normaliseDomain('https://')).toBeUndefined();
  });

  it.each<[string, string | undefined]>([
    ['1.2', '1.0.0.2'],
    ['0x1f', '0.0.0.31'],
    ['shop.0x1f', undefined],
    ['xn--fsqu00a.xn--fiqs8s', 'xn--fsqu00a.xn--fiqs8s'],
    ['a--b.example', 'a--b.example'],
  ])('reads the plain ASCII host %s as the URL standard does (%s)', (input, expected) => {
    expect(normaliseDomain(input)).toBe(expected);
  });

  it('agrees with the URL host parser on every plain ASCII host', () => {
    const label = fc.stringMatching(/^(?:[a-z0-9-]{1,8}|0x[0-9a-f]{0,3}|xn--[a-z0-9]{1,5})$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), (labels) => {
        const host = labels.join('.');
        const parsed = domainToASCII(host);
        expect(normaliseDomain(host)).toBe(parsed === '' ? undefined : parsed);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('registration numbers', () => {
  it('compare exactly but for case, spaces and hyphens', () => {
    expect(normaliseNumber('91320500ma1w2x3y4z')).toBe('91320500MA1W2X3Y4Z');
    expect(normaliseNumber('12-345-6789')).toBe(normaliseNumber('123456789'));
    expect(normaliseNumber('９１３２０５００ＭＡ１Ｗ２Ｘ３Ｙ４Ｚ')).toBe('91320500MA1W2X3Y4Z');
    expect(normaliseNumber('91320500MA1W2X3Y4Z')).not.toBe(normaliseNumber('91320500MA1W2X3Y4Y'));
  });
});
