import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dice, grams, maxPostings, NameIndex, nameSearch } from '../../src/policy/similarity.js';

describe('name similarity', () => {
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
