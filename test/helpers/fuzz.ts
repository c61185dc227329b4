import fc from 'fast-check';

/**
 * Every property runs with this seed and this many runs, so a run is the same each time
 * and fits the CI time limit. fast-check puts the failing seed and path in its error;
 * replay one with FUZZ_SEED=<seed> (and FUZZ_RUNS for a longer search).
 */
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20261203);
export const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 100);

export function checkProperty<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => void,
  runs = fuzzRuns,
): void {
  fc.assert(fc.property(arbitrary, predicate), { seed: fuzzSeed, numRuns: runs, verbose: 1 });
}

/** Any string, lone surrogate halves, controls, bidi and zero-width characters included. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 40,
  }),
  fc.string({
    unit: fc.constantFrom(
      '\u202e',
      '\u200b',
      '\u2066',
      '\u0000',
      '\u001b',
      '\u0085',
      '\ufeff',
      '\u2028',
      'a',
      ' ',
      '\n',
      '<',
      '&',
      '"',
      ':',
      ',',
      '%',
    ),
    maxLength: 20,
  }),
);

/** Characters that mean something to YAML, for mutating a valid file. */
export const yamlChar = fc.constantFrom(
  ':',
  '-',
  ' ',
  '\n',
  '\t',
  '"',
  "'",
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  '[',
  ']',
  '{',
  '}',
  ',',
  '?',
  '%',
  '@',
  '`',
  '\\',
  '\u202e',
  '\u200b',
  '\r',
  '0',
  'x',
  '中',
);
