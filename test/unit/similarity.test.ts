import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dice, grams, maxPostings, NameIndex, nameSearch } from '../../src/policy/similarity.js';

/** The tokens as first written: plain, and slow at scale (see `grams`). */
function plainGrams(name: string): string[] {
  const han = (c: string): boolean =>
    /[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u{20000}-\u{323af}]/u.test(c);
  const chars = [...name];
  if (chars.length < 3 && !chars.some(han)) return chars.length === 0 ? [] : [name];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i += 1) {
    const size = han(chars[i] ?? '') ? 2 : 3;
    if (i + size <= chars.length) out.add(chars.slice(i, i + size).join(''));
  }
  if (out.size === 0) out.add(name);
  return [...out];
}

/** Dice over sets, as first written. */
function plainDice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const other = new Set(b);
  return (2 * a.filter((t) => other.has(t)).length) / (a.length + b.length);
}

describe('name similarity', () => {
  it('cuts every name, of any characters, into the tokens the plain way gives', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.stringMatching(/^[a-z0-9精工机械华东\u{20021}\u{1F600}]{0,12}$/u),
      fc.constantFrom('\uD800', '\uDC00', '\uD800x', 'x\uDC00\uD800'),
    );
    const name = fc.array(piece, { maxLength: 3 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(grams(a)).toEqual(plainGrams(a));
        expect(dice(grams(a), grams(b))).toBe(plainDice(plainGrams(a), plainGrams(b)));
      }),
      { numRuns: 2000 },
    );
    const many = Array.from({ length: 40 }, (_, i) => `t${i}`);
    expect(dice(many, many.slice(0, 30))).toBe(plainDice(many, many.slice(0, 30)));
  });

  it('scores equal names 1 and names without a shared bigram 0', () => {
    expect(dice(grams('meridianfoods'), grams('meridianfoods'))).toBe(1);
    expect(dice(grams('abc'), grams('xyz'))).toBe(0);
  });

  it('takes two characters of Chinese and three of Latin text as a token', () => {
    expect(grams('苏州精工')).toEqual(['苏州', '州精', '精工']);
    expect(grams('acme')).toEqual(['acm', 'cme']);
    expect(grams('ab')).toEqual(['ab']);
    expect(grams('华')).toEqual(['华']);
  });

  it('scores a one-letter variant of a long name above 0.9', () => {
    expect(dice(grams('meridianfoods'), grams('meridianfood'))).toBeGreaterThan(0.9);
  });

  it('finds through the index exactly the names a comparison of every pair finds', () => {
    const name = fc.stringMatching(/^[abcd精工机械]{1,9}$/);
    fc.assert(
      fc.property(
        fc.array(name, { maxLength: maxPostings - 2 }),
        name,
        fc.constantFrom(0.5, 0.7, 0.8, 0.9),
        (names, probe, t) => {
          const index = new NameIndex(
            names.map((n, i) => ({ item: i, grams: grams(n) })),
            t,
          );
          const found = index
            .search(grams(probe))
            .map((s) => s.item)
            .sort((a, b) => a - b);
          const expected = names
            .map((n, i) => ({ i, score: dice(grams(probe), grams(n)) }))
            .filter((x) => x.score >= t)
            .map((x) => x.i);
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds for a name of the index, by its own entry, what a search by its tokens finds', () => {
    const name = fc.stringMatching(/^[abcd精工机械]{2,9}$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 17, maxLength: 60 }), (names) => {
        const items = names.map((n, i) => ({ item: i, grams: grams(n) }));
        const index = new NameIndex(items, 0.8);
        for (const { item, grams: tokens } of items) {
          expect(index.search(tokens, item)).toEqual(index.search(tokens));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('stops following a token shared by more names than the cap, so a search stays cheap', () => {
    const names = Array.from({ length: maxPostings + 1 }, (_, i) => ({
      item: i,
      grams: grams(`xyz${'abcdefghij'[i % 10]}`),
    }));
    const index = new NameIndex(names, 0.5);
    expect(index.search(grams('xyz'))).toEqual([]);
    const few = new NameIndex(names.slice(0, 3), 0.5);
    expect(few.search(grams('xyz')).length).toBe(3);
  });
});

describe('a search over a few names', () => {
  it('finds the same names as the index', () => {
    const items = ['meridianfoods', 'meridianfood', 'northwind', 'meridianfarms'].map(
      (name, item) => ({ item, grams: grams(name) }),
    );
    const probe = grams('meridianfoods');
    const direct = nameSearch(items, 0.8)
      .search(probe)
      .map((s) => s.item);
    const indexed = new NameIndex(items, 0.8).search(probe).map((s) => s.item);
    expect([...direct].sort()).toEqual([...indexed].sort());
    expect(direct).toEqual([0, 1]);
  });
});
