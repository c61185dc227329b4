import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigrams, dice, NameIndex } from '../../src/policy/similarity.js';

describe('name similarity', () => {
  it('scores equal names 1 and names without a shared bigram 0', () => {
    expect(dice(bigrams('meridianfoods'), bigrams('meridianfoods'))).toBe(1);
    expect(dice(bigrams('abc'), bigrams('xyz'))).toBe(0);
  });

  it('scores a one-letter variant of a long name above 0.9', () => {
    expect(dice(bigrams('meridianfoods'), bigrams('meridianfood'))).toBeGreaterThan(0.9);
  });

  it('finds through the index exactly the names a comparison of every pair finds', () => {
    const name = fc.stringMatching(/^[abcd精工机械]{1,9}$/);
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), name, fc.constantFrom(0.5, 0.7, 0.8, 0.9), (names, probe, t) => {
        const index = new NameIndex(names.map((n, i) => ({ item: i, name: n })), t);
        const found = index.search(probe).map((s) => s.item).sort((a, b) => a - b);
        const expected = names
          .map((n, i) => ({ i, score: dice(bigrams(probe), bigrams(n)) }))
          .filter((x) => x.score >= t)
          .map((x) => x.i);
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
