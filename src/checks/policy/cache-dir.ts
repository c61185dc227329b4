import type { PolicyCheck } from './check.js';

/** reg writes to the cache folder on every run, so a policy must not point it elsewhere. */
export const policyCacheDir: PolicyCheck = {
  rules: ['policy.cache-dir'],
  run({ policy }) {
    const dir = policy.cache?.dir;
    if (dir === undefined || staysInside(dir)) return [];
    return [{ rule: 'policy.cache-dir', path: ['cache', 'dir'], at: 'value', params: { dir } }];
  },
};

/** Relative and without `..` among its parts, with either system's separators. */
export function staysInside(dir: string): boolean {
  if (/^[/\\]/.test(dir) || /^[A-Za-z]:/.test(dir)) return false;
  return !dir.split(/[/\\]/).includes('..');
}
