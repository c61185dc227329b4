import { describe, expect, it } from 'vitest';
import { staysInside } from '../../../src/checks/policy/cache-dir.js';

describe('a cache folder named by the policy', () => {
  it('stays inside the workspace when relative and without ..', () => {
    for (const dir of ['.reg-cache', 'build/reg-cache', './cache', 'a/..b', '~/cache']) {
      expect(staysInside(dir), dir).toBe(true);
    }
  });

  it('leaves it when absolute or climbing, with either separator', () => {
    for (const dir of ['/tmp/x', '\\\\server\\share', 'C:\\cache', 'c:cache', '..', '../x']) {
      expect(staysInside(dir), dir).toBe(false);
    }
    for (const dir of ['a/../../x', 'a\\..\\..\\x', 'cache/..', '..\\x']) {
      expect(staysInside(dir), dir).toBe(false);
    }
  });
});
