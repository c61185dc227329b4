import { describe, expect, it } from 'vitest';
import { chunked } from '../../../src/load/parallel.js';

const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `f${i}`);

describe('chunked', () => {
  it('keeps every file once, in order', () => {
    for (const n of [1, 31, 32, 33, 97, 2000, 10000, 100000]) {
      const chunks = chunked(names(n), 2);
      expect(chunks.flat()).toEqual(names(n));
      expect(chunks.every((c) => c.length > 0)).toBe(true);
    }
  });

  it('starts small and grows to the full size, so the checking thread starts early', () => {
    const sizes = chunked(names(10000), 2).map((c) => c.length);
    expect(sizes.slice(0, 5)).toEqual([32, 64, 128, 256, 313]);
    // After the first ones, every chunk but the last has the full size.
    expect(new Set(sizes.slice(4, -1))).toEqual(new Set([313]));
  });

  it('never makes a chunk larger than 512 files', () => {
    const sizes = chunked(names(100000), 2).map((c) => c.length);
    expect(Math.max(...sizes)).toBe(512);
    expect(sizes[0]).toBe(32);
  });
});
